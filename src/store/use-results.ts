import { useDeferredValue, useMemo } from 'react';
import type { Inputs } from '../model/inputs';
import { computeResults, type Results } from '../model/results';
import { useStore } from './store';

/** The results of the current inputs; recomputed only when an input changes. */
export function useResults(): Results {
  const inputs = useStore((state) => state.inputs);
  return useMemo(() => computeResults(inputs), [inputs]);
}

/**
 * The inputs a moment behind typing, for the parts below the headline: a keystroke redraws the
 * headline figures at once, and these right after, without holding the keystroke up. Pass them
 * to a `memo` component, so that the urgent render skips it.
 */
export function useDeferredInputs(): Inputs {
  return useDeferredValue(useStore((state) => state.inputs));
}
