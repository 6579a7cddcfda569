import { useEffect, useSyncExternalStore } from 'react';
import type { Inputs } from '../model/inputs';
import { hasRanges, type Ranges } from '../model/ranges';
import type { SampledResults } from '../model/sampling';
import { useCalculatorStore } from './calculator-store';
import { createSampler, type Sampler } from './sampler';
import { latestSampled, publishSampled, samplingKey, subscribeSampled } from './sampled-store';

/**
 * What the page knows of the ranges' results: nothing to sample (every input exact), sampling
 * not yet done, or the results of the newest sampling, `current` when they are for the inputs
 * on screen (they lag typing by a few milliseconds).
 */
export type SampledView =
  | { kind: 'exact' }
  | { kind: 'pending' }
  | { kind: 'ready'; results: SampledResults; current: boolean };

let requestedKey: string | null = null;
let sampler: Sampler | null = null;

function request(key: string, inputs: Inputs, ranges: Ranges): void {
  if (requestedKey === key) return;
  requestedKey = key;
  // The worker starts only once a range is first used.
  sampler ??= createSampler();
  void sampler.sample(inputs, ranges).then((results) => {
    if (requestedKey === key) publishSampled({ key, results });
  });
}

const EXACT: SampledView = { kind: 'exact' };
const PENDING: SampledView = { kind: 'pending' };

/** The sampled results of the current inputs, starting the sampling when they change. */
export function useSampledResults(): SampledView {
  const inputs = useCalculatorStore((state) => state.inputs);
  const ranges = useCalculatorStore((state) => state.ranges);
  const done = useSyncExternalStore(subscribeSampled, latestSampled);
  const key = hasRanges(ranges) ? samplingKey(inputs, ranges) : null;
  useEffect(() => {
    if (key !== null) request(key, inputs, ranges);
  }, [key, inputs, ranges]);
  if (key === null) return EXACT;
  if (done === null) return PENDING;
  return { kind: 'ready', results: done.results, current: done.key === key };
}
