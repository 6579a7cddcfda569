// @ts-check
/**
 * One Node run of the sampling benchmark, in a process of its own so that its first call is cold:
 * `node scripts/bench/sampling-node.mjs <bundle.mjs> '<SamplingPlan as JSON>'` prints the
 * `SamplingTimes` as JSON. Started by scripts/bench/sampling.mjs.
 */
import { pathToFileURL } from 'node:url';
import { timeSampling } from './sampling-timer.mjs';

const [bundle, planJson] = process.argv.slice(2);
if (!bundle || !planJson) throw new Error('usage: sampling-node.mjs <bundle.mjs> <plan JSON>');
const model = /** @type {import('./sampling-timer.mjs').SamplingModel} */ (
  await import(pathToFileURL(bundle).href)
);
const plan = /** @type {import('./sampling-timer.mjs').SamplingPlan} */ (JSON.parse(planJson));
process.stdout.write(JSON.stringify(await timeSampling(model, plan)));
