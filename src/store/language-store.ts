import { create } from 'zustand';
import {
  ENGLISH_FIRST,
  loadFirst,
  loadLater,
  type FirstMessages,
  type LaterMessages,
} from '../i18n/catalogue';
import { resolveLang } from '../i18n/resolve-lang';
import type { Lang } from '../url/view-options';
import { useCalculatorStore } from './calculator-store';

interface LanguageState {
  /** The language on screen: its messages below are loaded. */
  lang: Lang;
  first: FirstMessages;
  /** Null until the parts after the first results ask for it (`ensureLater`). */
  later: LaterMessages | null;
}

/**
 * The language the page shows and its messages. It follows the calculator's `lang` (the link's,
 * or the switcher's), else the browser's languages, else English; see `startLanguageSync`.
 */
export const useLanguageStore = create<LanguageState>()(() => ({
  lang: 'en',
  first: ENGLISH_FIRST,
  later: null,
}));

/** The language on screen, for Intl: `useLang()` → "ko". */
export const useLang = (): Lang => useLanguageStore((state) => state.lang);

/** The first screen's messages in the language on screen. */
export const useFirstMessages = (): FirstMessages => useLanguageStore((state) => state.first);

/**
 * The later parts' messages. Those parts render only after `ensureLater` (their loader waits
 * for it), so a missing catalogue here is a bug, not a state to draw.
 */
export function useLaterMessages(): LaterMessages {
  const later = useLanguageStore((state) => state.later);
  if (!later) throw new Error('The later messages were used before they were loaded.');
  return later;
}

/** The later messages outside React (exports, the copied sentence); null before they load. */
export const laterMessages = (): LaterMessages | null => useLanguageStore.getState().later;

let request = 0;

/** Loads `lang`'s messages (the later ones too once they are in use) and shows them. */
export async function showLanguage(lang: Lang): Promise<void> {
  const mine = ++request;
  const first = await loadFirst(lang);
  // Once the later parts are on screen they must never lose their messages, so a switch waits
  // for the new language's later messages as well.
  const later = useLanguageStore.getState().later === null ? null : await loadLater(lang);
  if (mine !== request) return;
  if (later === null && useLanguageStore.getState().later !== null) {
    await showLanguage(lang);
    return;
  }
  useLanguageStore.setState({ lang, first, later });
}

/** Loads the later messages of the language on screen, once; the later parts' loader awaits it. */
export async function ensureLater(): Promise<void> {
  for (;;) {
    const { lang, later } = useLanguageStore.getState();
    if (later) return;
    const loaded = await loadLater(lang);
    const now = useLanguageStore.getState();
    if (now.later) return;
    if (now.lang === lang) {
      useLanguageStore.setState({ later: loaded });
      return;
    }
    // The language changed while these loaded: load the new language's instead.
  }
}

/** The language the page should show now. */
export function wantedLang(): Lang {
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return resolveLang(useCalculatorStore.getState().lang, browser);
}

/**
 * Shows the wanted language now (resolves once its first messages are in) and again whenever
 * the calculator's `lang` changes. Returns the function that stops following.
 */
export function startLanguageSync(): { ready: Promise<void>; stop: () => void } {
  const ready = showLanguage(wantedLang());
  const stop = useCalculatorStore.subscribe((state, previous) => {
    if (state.lang !== previous.lang) void showLanguage(wantedLang());
  });
  return { ready, stop };
}
