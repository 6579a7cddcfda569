// @ts-check
/**
 * What `npm run bench` times of the Monte Carlo, bundled for the browser and for Node by
 * scripts/bench/sampling.mjs: the model's sampling and the page's default inputs.
 */
export { sampleResults } from '../../src/model/sampling';
export { DEFAULT_INPUTS } from '../../src/facts/presets';
