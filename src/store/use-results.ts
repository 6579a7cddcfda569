import { useMemo } from 'react';
import { computeResults, type Results } from '../model/results';
import { useCalculatorStore } from './calculator-store';

/** The results of the current inputs; recomputed only when an input changes. */
export function useResults(): Results {
  const inputs = useCalculatorStore((state) => state.inputs);
  return useMemo(() => computeResults(inputs), [inputs]);
}
