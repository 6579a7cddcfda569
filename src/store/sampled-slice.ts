import type { Inputs } from '../model/inputs';
import type { Ranges } from '../model/ranges';
import type { GetState, SampledActions, SampledSlice, SetState } from './state';

/** Nothing sampled yet. */
export function initialSampled(): SampledSlice {
  return { sampled: { page: null, compare: null } };
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
  };
}
