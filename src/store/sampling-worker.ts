/**
 * The Monte Carlo off the main thread: takes `{ id, inputs, ranges }`, answers `{ id, results }`.
 * Loaded by `sampler.ts` as a module worker; typing never waits for the sampling.
 */
import type { Inputs } from '../model/inputs';
import type { Ranges } from '../model/ranges';
import { sampleResults } from '../model/sampling';

export interface SampleRequest {
  id: number;
  inputs: Inputs;
  ranges: Ranges;
}

/** The worker's global scope, as much of it as this file uses. */
interface WorkerScope {
  addEventListener: (
    type: 'message',
    listener: (event: MessageEvent<SampleRequest>) => void,
  ) => void;
  postMessage: (message: unknown) => void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { id, inputs, ranges } = event.data;
  scope.postMessage({ id, results: sampleResults(inputs, ranges) });
});
