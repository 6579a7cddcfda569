import { create } from 'zustand';
import type { FirstMessages, LaterMessages } from '../i18n/catalogue';
import type { Lang } from '../url/view-options';
import { calculatorActions, initialCalculator } from './calculator-slice';
import { initialLanguage, languageActions } from './language-slice';
import { initialSampled, sampledActions } from './sampled-slice';
import type { Actions, AppState } from './state';

/**
 * The page's one store: what the reader set (the calculator), the language on screen and its
 * messages, and the newest sampled results, with every action that changes them. What follows
 * from these (the results, the link) is derived, never stored. The services that keep the address
 * bar, the language and the sampling in step with it are started by `main.tsx`, each with a stop.
 */
export const useStore = create<AppState>()((set, get) => ({
  ...initialCalculator(),
  ...initialLanguage(),
  ...initialSampled(),
  actions: {
    ...calculatorActions(set, get),
    ...languageActions(set, get),
    ...sampledActions(set, get),
  },
}));

/** Puts every slice back as the page starts (the actions stay); for tests. */
export function resetStore(): void {
  useStore.setState({ ...initialCalculator(), ...initialLanguage(), ...initialSampled() });
}

/** The actions alone: they never change, so selecting them never re-renders. */
export const useActions = (): Actions => useStore((state) => state.actions);

/** The language on screen, for Intl: `useLang()` → "ko". */
export const useLang = (): Lang => useStore((state) => state.language.lang);

/** The first screen's messages in the language on screen. */
export const useFirstMessages = (): FirstMessages => useStore((state) => state.language.first);

/**
 * The later parts' messages. Those parts render only after `ensureLater` (their loader waits
 * for it), so a missing catalogue here is a bug, not a state to draw.
 */
export function useLaterMessages(): LaterMessages {
  const later = useStore((state) => state.language.later);
  if (!later) throw new Error('The later messages were used before they were loaded.');
  return later;
}
