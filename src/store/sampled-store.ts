import type { Inputs } from '../model/inputs';
import type { Ranges } from '../model/ranges';
import type { SampledResults } from '../model/sampling';

/**
 * The newest sampled results, for whoever needs them: the page's figures (`use-sampled.ts`) and
 * the embed's results message. Tiny and apart, so that reading it costs the first screen nothing
 * of the sampling itself.
 */
export interface SampledSnapshot {
  /** The inputs and ranges sampled, as `samplingKey` writes them. */
  key: string;
  results: SampledResults;
}

const listeners = new Set<() => void>();
let latest: SampledSnapshot | null = null;

/** The identity of a sampling: the same inputs and ranges give the same results. */
export function samplingKey(inputs: Inputs, ranges: Ranges): string {
  return JSON.stringify([inputs, ranges]);
}

/** Calls `listener` whenever new sampled results arrive; returns the function that stops it. */
export function subscribeSampled(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The newest sampled results, or null before the first sampling. */
export function latestSampled(): SampledSnapshot | null {
  return latest;
}

/** Makes a sampling's results the newest and tells every listener. */
export function publishSampled(snapshot: SampledSnapshot): void {
  latest = snapshot;
  for (const listener of listeners) listener();
}
