import { ENGLISH_FIRST, loadFirst, loadLater } from '../i18n/catalogue';
import type { GetState, LanguageActions, LanguageSlice, SetState } from './state';

/** English, with only its first-screen messages: what the page has before anything loads. */
export function initialLanguage(): LanguageSlice {
  return { language: { lang: 'en', first: ENGLISH_FIRST, later: null } };
}

/** Loading and showing a language's messages; a switch made while messages load never leaves a part without words. */
export function languageActions(set: SetState, get: GetState): LanguageActions {
  let request = 0;
  const showLanguage: LanguageActions['showLanguage'] = async (lang) => {
    const mine = ++request;
    const first = await loadFirst(lang);
    // Once the later parts are on screen they must never lose their messages, so a switch waits
    // for the new language's later messages as well.
    const later = get().language.later === null ? null : await loadLater(lang);
    if (mine !== request) return;
    if (later === null && get().language.later !== null) {
      await showLanguage(lang);
      return;
    }
    set({ language: { lang, first, later } });
  };
  return {
    showLanguage,
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
