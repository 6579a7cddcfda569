import { useDeferredValue, type ReactNode } from 'react';
import { LaggedState, useStore } from './store';

const selectAll = <T,>(state: T): T => state;

/**
 * The parts below the results, a moment behind the store: they read a deferred copy of the whole
 * state (`LaggedState`), so that a keystroke or a new sampling redraws the field and the results
 * first, and these parts in React's deferred render, which yields to the next keystroke and
 * frame. While the copy is the old one, nothing inside re-renders.
 */
export function Lagged({ children }: { children: ReactNode }) {
  const state = useDeferredValue(useStore(selectAll));
  return <LaggedState value={state}>{children}</LaggedState>;
}
