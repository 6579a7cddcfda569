import type { Inputs } from '../model/inputs';
import type { Ranges } from '../model/ranges';
import type { GetState, SampledActions, SampledSlice, SetState } from './state';

/** Nothing sampled yet. */
export function initialSampled(): SampledSlice {
  return { sampled: { page: null, compare: null }, shown: {} };
}

/** The identity of a sampling: the same inputs and ranges give the same results. */
export function samplingKey(inputs: Inputs, ranges: Ranges): string {
  return JSON.stringify([inputs, ranges]);
}

export function sampledActions(set: SetState, get: GetState): SampledActions {
  return {
    publishSampled: (side, snapshot) => {
      set({ sampled: { ...get().sampled, [side]: snapshot } });
    },
    reportShown: (part, key) => {
      const { shown } = get();
      if (shown[part] === key) return;
      const next = { ...shown };
      if (key === undefined) Reflect.deleteProperty(next, part);
      else next[part] = key;
      set({ shown: next });
    },
  };
}
