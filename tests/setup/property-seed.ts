/**
 * Vitest's global setup: picks the seed of every fast-check property in the run and prints it, so
 * that a failure can be repeated. `FC_SEED=<n>` repeats a run; in CI (`CI` set) the seed is fixed,
 * so CI gives the same answer every time; elsewhere each run draws a new one and says so.
 */
import type { TestProject } from 'vitest/node';

/** The seed CI runs with: fixed, so that the gate is a function of the code alone. */
const CI_SEED = 20_230_913;

declare module 'vitest' {
  export interface ProvidedContext {
    fcSeed: number;
  }
}

function chooseSeed(env: NodeJS.ProcessEnv): { seed: number; why: string } {
  const given = env.FC_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${given}".`);
    return { seed, why: 'from FC_SEED' };
  }
  if (env.CI) return { seed: CI_SEED, why: 'fixed in CI' };
  return { seed: Math.floor(Math.random() * 2 ** 31), why: 'drawn for this run' };
}

/** Where the run keeps its seed once chosen: each project loads this file anew, the process is one. */
const CHOSEN = 'SHELL_COUNT_FC_SEED';

export default function setup(project: TestProject): void {
  let seed = Number(process.env[CHOSEN]);
  if (!process.env[CHOSEN]) {
    const choice = chooseSeed(process.env);
    seed = choice.seed;
    process.env[CHOSEN] = String(seed);
    console.log(
      `fast-check seed: ${String(seed)} (${choice.why}; repeat with FC_SEED=${String(seed)})`,
    );
  }
  project.provide('fcSeed', seed);
}
