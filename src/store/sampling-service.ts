import { hasRanges } from '../model/ranges';
import { samplingKey } from './sampled-slice';
import type { Sampler } from './sampler';
import { startService } from './service';
import type { SampledSlice } from './state';
import { useStore } from './store';

type Side = keyof SampledSlice['sampled'];

/** The sampler module loads on the first range: a page of exact inputs never needs it. */
const loadSampler = (): Promise<Sampler> =>
  import('./sampler').then(({ createSampler }) => createSampler());

/**
 * Samples the page's scenario, and the compared one, whenever their inputs have ranges
 * (CONTRACT §2), each in its own sampler (a worker where there is one), and puts the results in the
 * store. Only the newest request of each side is published. Returns the function that stops it
 * and its workers.
 */
export function startSampling(store = useStore, makeSampler = loadSampler): () => void {
  return startService('sampling', (named) => {
    const samplers: Partial<Record<Side, Promise<Sampler>>> = {};
    const requested: Record<Side, string | null> = { page: null, compare: null };
    let stopped = false;

    const request = (side: Side, scenario: Parameters<Sampler['sample']>) => {
      const key = samplingKey(...scenario);
      if (requested[side] === key) return;
      requested[side] = key;
      const sampler = (samplers[side] ??= makeSampler());
      void sampler
        .then((it) => it.sample(...scenario))
        .then(
          named((results) => {
            if (!stopped && requested[side] === key) {
              store.getState().actions.publishSampled(side, { key, results });
            }
          }),
        );
    };

    const follow = (state: ReturnType<typeof store.getState>) => {
      if (hasRanges(state.ranges)) request('page', [state.inputs, state.ranges]);
      const { compare } = state;
      if (compare && hasRanges(compare.ranges))
        request('compare', [compare.inputs, compare.ranges]);
    };

    follow(store.getState());
    const unsubscribe = store.subscribe(named(follow));
    return () => {
      stopped = true;
      unsubscribe();
      for (const sampler of Object.values(samplers)) {
        void sampler.then((it) => {
          it.stop();
        });
      }
    };
  });
}
