import { useEffect, useState } from 'react';
import { hasRanges } from '../../model/ranges';
import type { SampledResults } from '../../model/sampling';
import { samplingKey } from '../../store/sampled-store';
import { createSampler, type Sampler } from '../../store/sampler';
import type { ComparedScenario } from '../../url/compare-query';
import type { Sampling } from './compare-figures';

/** B's own sampler (and worker), apart from the page's, started when B first has a range. */
let sampler: Sampler | null = null;

const EXACT: Sampling = { kind: 'exact' };
const PENDING: Sampling = { kind: 'pending' };

/**
 * The compared scenario's sampling, drawn as the page's is (same seed, same count, in a worker),
 * so that B's medians and ranges are the figures B's own link would show.
 */
export function useComparedSampling(scenario: ComparedScenario): Sampling {
  const { inputs, ranges } = scenario;
  const key = hasRanges(ranges) ? samplingKey(inputs, ranges) : null;
  const [done, setDone] = useState<{ key: string; results: SampledResults } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    sampler ??= createSampler();
    void sampler.sample(inputs, ranges).then((results) => {
      if (live) setDone({ key, results });
    });
    return () => {
      live = false;
    };
  }, [key, inputs, ranges]);
  if (key === null) return EXACT;
  return done?.key === key ? { kind: 'ready', results: done.results } : PENDING;
}
