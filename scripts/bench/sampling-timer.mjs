// @ts-check
/**
 * The timing loop of the sampling benchmark, the same in Node, in a page and in a module worker:
 * scripts/bench/sampling.mjs writes its source (`timeSampling.toString()`) into the page's and the
 * worker's scripts, so it must not use anything outside its own body. No imports here either, so
 * that the Node run (scripts/bench/sampling-node.mjs) loads nothing but the bundled model.
 */

/**
 * @typedef {{ low: number, high: number }} Interval
 * @typedef {{ containers?: Interval, perContainer?: Interval, daily?: Interval }} Ranges
 * @typedef {{ count: number, calls: number, ranges: Ranges }} SamplingPlan
 * @typedef {{
 *   sampleResults: (
 *     inputs: unknown,
 *     ranges: Ranges,
 *     options: { count: number },
 *   ) => { count: number, totalShells: { median: number } },
 *   DEFAULT_INPUTS: unknown,
 * }} SamplingModel
 *   what scripts/bench/sampling-entry.mjs exports, as much of it as the loop uses
 * @typedef {{ cold: number, warm: number[], median: number }} SamplingTimes
 *   `cold`: the first call of this module instance (no cached normal scores, code not yet
 *   optimised), in ms; `warm`: the calls after it; `median`: the median total shells it gave
 */

/**
 * Times `plan.calls + 1` calls of `sampleResults(DEFAULT_INPUTS, plan.ranges, { count })`,
 * yielding to the event loop between calls as the app's worker does between requests.
 * @param {SamplingModel} model
 * @param {SamplingPlan} plan
 * @returns {Promise<SamplingTimes>}
 */
export async function timeSampling(model, plan) {
  const { count, calls, ranges } = plan;
  const once = () => {
    const t0 = performance.now();
    const results = model.sampleResults(model.DEFAULT_INPUTS, ranges, { count });
    const elapsed = performance.now() - t0;
    const median = results.totalShells.median;
    if (results.count !== count || !(median > 0)) {
      throw new Error(`sampleResults gave ${String(results.count)} samples, median ${median}`);
    }
    return { elapsed, median };
  };
  const cold = once();
  /** @type {number[]} */
  const warm = [];
  for (let call = 0; call < calls; call += 1) {
    await new Promise((resolve) => {
      setTimeout(resolve, 0);
    });
    warm.push(once().elapsed);
  }
  return { cold: cold.elapsed, warm, median: cold.median };
}
