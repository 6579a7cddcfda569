import { createContext, useContext } from 'react';
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
const boundStore = create<AppState>()((set, get) => ({
  ...initialCalculator(),
  ...initialLanguage(),
  ...initialSampled(),
  actions: {
    ...calculatorActions(set, get),
    ...languageActions(set, get),
    ...sampledActions(set, get),
  },
}));

/**
 * The state the parts below the results read instead of the store's own, a moment behind it
 * (`Lagged`, src/store/lagged.tsx); null above them. A keystroke then redraws the field and the
 * results within its frame, and the parts below follow in React's deferred render, which yields
 * to the next keystroke and frame.
 */
export const LaggedState = createContext<AppState | null>(null);

const selectNothing = (): null => null;

/**
 * The store as a hook: `useStore(selector)` selects from the store, or below the results from the
 * lagged state (the same selectors either way); `useStore.getState()` and the rest of zustand's
 * API act on the store itself.
 */
export const useStore = Object.assign(function useStore<T>(
  selector: (state: AppState) => T = (state) => state as T,
): T {
  const lagged = useContext(LaggedState);
  // Below the results, the store is subscribed to with a selection that never changes: only the
  // lagged state re-renders them.
  const live = boundStore(lagged ? selectNothing : selector);
  return lagged ? selector(lagged) : (live as T);
}, boundStore) as typeof boundStore;

/** Puts every slice back as the page starts (the actions stay); for tests. */
export function resetStore(): void {
  useStore.setState({ ...initialCalculator(), ...initialLanguage(), ...initialSampled() });
}

/** The actions alone: they never change, so selecting them never re-renders. */
export const useActions = (): Actions => useStore((state) => state.actions);

// The language and its messages are read from the store itself, lagged or not: a part below the
// results may first be drawn (once the later messages are in) before the lagged state has them.

/** The language on screen, for Intl: `useLang()` → "ko". */
export const useLang = (): Lang => boundStore((state) => state.language.lang);

/** The first screen's messages in the language on screen. */
export const useFirstMessages = (): FirstMessages => boundStore((state) => state.language.first);

/**
 * The later parts' messages. Those parts render only after `ensureLater` (their loader waits
 * for it), so a missing catalogue here is a bug, not a state to draw.
 */
export function useLaterMessages(): LaterMessages {
  const later = boundStore((state) => state.language.later);
  if (!later) throw new Error('The later messages were used before they were loaded.');
  return later;
}
