import { hasRanges } from '../model/ranges';
import type { Evaluation } from '../model/evaluate';
import type { ComparedScenario } from '../url/compare-query';
import { samplingKey } from './sampled-slice';
import type { SampledSlice } from './state';
import { useStore } from './store';

/**
 * What the page knows of the ranges' results: nothing to sample (every input exact), sampling
 * not yet done, or the results of the newest sampling, `current` when they are for the inputs
 * on screen (they lag typing by a few milliseconds).
 */
export type SampledView =
  | { kind: 'exact' }
  | { kind: 'pending' }
  | { kind: 'ready'; results: Evaluation; current: boolean };

const EXACT: SampledView = { kind: 'exact' };
const PENDING: SampledView = { kind: 'pending' };

function viewOf(
  scenario: Pick<ComparedScenario, 'inputs' | 'ranges'>,
  done: SampledSlice['sampled']['page'],
): SampledView {
  if (!hasRanges(scenario.ranges)) return EXACT;
  if (done === null) return PENDING;
  const current = done.key === samplingKey(scenario.inputs, scenario.ranges);
  return { kind: 'ready', results: done.results, current };
}

/** The sampled results of the page's inputs (the sampling service draws them). */
export function useSampledResults(): SampledView {
  const inputs = useStore((state) => state.inputs);
  const ranges = useStore((state) => state.ranges);
  const done = useStore((state) => state.sampled.page);
  return viewOf({ inputs, ranges }, done);
}

/** The sampled results of a compared scenario, once they are the ones for its inputs. */
export function useComparedSampled(scenario: ComparedScenario): SampledView {
  const done = useStore((state) => state.sampled.compare);
  const view = viewOf(scenario, done);
  return view.kind === 'ready' && !view.current ? PENDING : view;
}
