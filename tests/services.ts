/**
 * The page's services in a test, as main.tsx starts them: started before each test of the file
 * that asks, and stopped after it, so that nothing outlives the test (tests/setup/common.ts checks).
 */
import { startSampling } from '../src/store/sampling-service';

/** Samples the page's and the compared scenario's ranges during each test of this file. */
export function withSampling(): void {
  let stop: (() => void) | undefined;
  beforeEach(() => {
    stop = startSampling();
  });
  afterEach(() => {
    stop?.();
  });
}
