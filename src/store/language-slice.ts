import { ENGLISH_FIRST, loadFirst, loadLater } from '../i18n/catalogue';
import type { GetState, LanguageActions, LanguageSlice, SetState } from './state';

/** English, with only its first-screen messages: what the page has before anything loads. */
export function initialLanguage(): LanguageSlice {
  return {
    language: { lang: 'en', first: ENGLISH_FIRST, later: null },
    pendingLang: null,
    articleLang: null,
  };
}

/** Loading and showing a language's messages; a switch made while messages load never leaves a part without words. */
export function languageActions(set: SetState, get: GetState): LanguageActions {
  let request = 0;
  const showLanguage: LanguageActions['showLanguage'] = async (lang) => {
    const mine = ++request;
    // Said at once, so that what reports the page's state (the embed's results) waits for it.
    if (get().pendingLang !== lang) set({ pendingLang: lang });
    let first: Awaited<ReturnType<typeof loadFirst>>;
    let later: Awaited<ReturnType<typeof loadLater>> | null;
    try {
      first = await loadFirst(lang);
      // Once the later parts are on screen they must never lose their messages, so a switch waits
      // for the new language's later messages as well.
      later = get().language.later === null ? null : await loadLater(lang);
    } catch (error) {
      // The language on screen stays, and is final.
      if (mine === request) set({ pendingLang: null });
      throw error;
    }
    if (mine !== request) return;
    if (later === null && get().language.later !== null) {
      await showLanguage(lang);
      return;
    }
    set({ language: { lang, first, later }, pendingLang: null });
  };
  return {
    showLanguage,
    followArticle: (tag) => {
      if (get().articleLang !== tag) set({ articleLang: tag });
    },
    ensureLater: async () => {
      for (;;) {
        const { lang, later } = get().language;
        if (later) return;
        const loaded = await loadLater(lang);
        const now = get().language;
        if (now.later) return;
        if (now.lang === lang) {
          set({ language: { ...now, later: loaded } });
          return;
        }
        // The language changed while these loaded: load the new language's instead.
      }
    },
  };
}
