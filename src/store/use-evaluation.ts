import { useDeferredValue } from 'react';
import { exactEvaluation, type Evaluation } from '../model/evaluate';
import type { Inputs } from '../model/inputs';
import { hasRanges, type Ranges } from '../model/ranges';
import { samplingKey } from './sampled-slice';
import type { AppState, SampledSnapshot } from './state';
import { useStore } from './store';

/**
 * The results of a scenario as every view reads them, exact inputs and ranges alike:
 * - `evaluation`: with exact inputs, the exact results (spreads of width zero); with ranges, the
 *   newest sampling (`count` samples), or until the first one arrives the exact results of the
 *   ranges' centres (`count` 1, no histograms);
 * - `final`: whether `evaluation` is for the inputs on screen: always with exact inputs, and with
 *   ranges once the samples drawn are for them (CONTRACT §6 "Settled");
 * - `ranged`: whether any input is a range;
 * - `sampled`: whether `evaluation` comes from samples (false until the first sampling is in);
 * - `key`: the inputs' identity (`samplingKey`), which the settled signal compares.
 */
export interface EvaluationView {
  evaluation: Evaluation;
  final: boolean;
  ranged: boolean;
  sampled: boolean;
  key: string;
}

interface Scenario {
  inputs: Inputs;
  ranges: Ranges;
}

/**
 * The view of a scenario and its newest sampling. Kept for the last arguments of each caller, so
 * that a store update that changes neither returns the same object (a zustand selector must).
 */
export function viewCache() {
  let last: { scenario: Scenario; sampled: SampledSnapshot | null; view: EvaluationView } | null =
    null;
  return (scenario: Scenario, sampled: SampledSnapshot | null): EvaluationView => {
    if (
      last?.scenario.inputs === scenario.inputs &&
      last.scenario.ranges === scenario.ranges &&
      last.sampled === sampled
    ) {
      return last.view;
    }
    const key = samplingKey(scenario.inputs, scenario.ranges);
    const ranged = hasRanges(scenario.ranges);
    const view: EvaluationView =
      ranged && sampled
        ? { evaluation: sampled.results, final: sampled.key === key, ranged, sampled: true, key }
        : {
            evaluation: exactEvaluation(scenario.inputs),
            final: !ranged,
            ranged,
            sampled: false,
            key,
          };
    last = { scenario, sampled, view };
    return view;
  };
}

const pageView = viewCache();

/** The page's results (see `EvaluationView`), outside React: `evaluationView(state).final`. */
export function evaluationView(state: AppState): EvaluationView {
  return pageView(state, state.sampled.page);
}

/** The one way every view reads the page's results: `useEvaluation().evaluation.totalShells.median`. */
export function useEvaluation(): EvaluationView {
  return useStore(evaluationView);
}

/**
 * The page's results a moment behind typing, for the parts below the headline: a keystroke redraws
 * the headline at once and these right after, without holding the keystroke up. Pass them to a
 * `memo` component, so that the urgent render skips it.
 */
export function useDeferredEvaluation(): EvaluationView {
  return useDeferredValue(useEvaluation());
}
