/**
 * Every test file: fast-check runs with the run's seed (see property-seed.ts), and no test may
 * leave a service of the page running: a test that starts the URL sync, the sampling or the
 * language sync stops it, and if it does not, it fails here, naming what it left running.
 */
import fc from 'fast-check';
import { afterEach, inject } from 'vitest';
import { stopAllServices } from '../../src/store/service';

fc.configureGlobal({ seed: inject('fcSeed') });

afterEach(() => {
  const left = stopAllServices();
  if (left.length > 0) {
    throw new Error(
      `This test left running: ${left.join(', ')}. A test that starts a service stops it.`,
    );
  }
});
