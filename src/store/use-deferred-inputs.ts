import { useDeferredValue } from 'react';
import type { Inputs } from '../model/inputs';
import { useStore } from './store';

/**
 * The inputs a moment behind typing, for the parts below the headline that work from the inputs
 * themselves (the working, the sensitivity chart): a keystroke redraws the headline figures at
 * once, and these right after, without holding the keystroke up. Pass them to a `memo`
 * component, so that the urgent render skips it.
 */
export function useDeferredInputs(): Inputs {
  return useDeferredValue(useStore((state) => state.inputs));
}
