// @ts-check
/**
 * The sampling half of `npm run bench`: how long `sampleResults` (src/model/sampling.ts) takes
 * for 10,000 and 100,000 samples with all three inputs as ranges, in a blank page's main thread,
 * with the CPU throttled as for the page loads, in a module worker of that page (where the app
 * runs it), and in Node for reference. CDP's CPU throttling slows the page's main thread only
 * (Blink's ThreadCPUThrottler), so the worker runs at full speed, like Node: a 4× slower device
 * would take about the main thread's time in its worker.
 *
 * The model is bundled once for all three (Vite library mode, production minification, the app's
 * build target) into `<run folder>/sampling/`, beside a blank page and a worker that import it.
 * Each run loads the page in a fresh context and a new worker, and starts a new Node process, so
 * that every run's first call is cold: no cached normal scores, no optimised code.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';
import { timeSampling } from './sampling-timer.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./sampling-timer.mjs').SamplingPlan} SamplingPlan */
/** @typedef {import('./sampling-timer.mjs').SamplingTimes} SamplingTimes */

/** The ranges timed: all three inputs that may be ranges, about the spread of the sources. */
export const SAMPLING_RANGES = Object.freeze({
  containers: { low: 6700, high: 13000 },
  perContainer: { low: 266, high: 480 },
  daily: { low: 10000, high: 44500 },
});

/** Sample counts timed: the app's, and ten times more. */
export const SAMPLE_COUNTS = Object.freeze([10_000, 100_000]);

const ENTRY = fileURLToPath(new URL('./sampling-entry.mjs', import.meta.url));
const NODE_RUNNER = fileURLToPath(new URL('./sampling-node.mjs', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The bundle's file name; `.mjs` so that Node loads it as a module from under node_modules/. */
const BUNDLE = 'sampling.mjs';

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="data:," />
    <title>Sampling benchmark</title>
    <script type="module" src="./page.mjs"></script>
  </head>
  <body></body>
</html>
`;

/**
 * The page's script: `globalThis.__shellCountSampling.main(plan)` times on the main thread,
 * `.worker(plan)` in a new module worker (a new instance of the model, so cold again).
 */
const PAGE_SCRIPT = `import * as model from './${BUNDLE}';
const timeSampling = ${timeSampling.toString()};
globalThis.__shellCountSampling = {
  main: (plan) => timeSampling(model, plan),
  worker: (plan) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' });
      worker.addEventListener('message', (event) => {
        worker.terminate();
        if (event.data.error) reject(new Error(event.data.error));
        else resolve(event.data.times);
      });
      worker.addEventListener('error', (event) => {
        worker.terminate();
        reject(new Error('sampling worker: ' + (event.message || 'failed to load')));
      });
      worker.postMessage(plan);
    }),
};
`;

const WORKER_SCRIPT = `import * as model from './${BUNDLE}';
const timeSampling = ${timeSampling.toString()};
addEventListener('message', (event) => {
  timeSampling(model, event.data).then(
    (times) => postMessage({ times }),
    (error) => postMessage({ error: String(error) }),
  );
});
`;

/**
 * Bundles the model's sampling into `outDir`, with the blank page and its worker.
 * @param {string} outDir
 * @returns {Promise<string>} the bundle's path
 */
export async function buildSampling(outDir) {
  await build({
    root: REPO,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: ENTRY, formats: ['es'], fileName: () => BUNDLE },
    },
  });
  writeFileSync(join(outDir, 'index.html'), PAGE_HTML);
  writeFileSync(join(outDir, 'page.mjs'), PAGE_SCRIPT);
  writeFileSync(join(outDir, 'worker.mjs'), WORKER_SCRIPT);
  return join(outDir, BUNDLE);
}

/**
 * @param {number} count
 * @param {number} calls
 * @returns {SamplingPlan}
 */
export const samplingPlan = (count, calls) => ({ count, calls, ranges: SAMPLING_RANGES });

/**
 * Times the sampling in a page loaded from the folder `buildSampling` wrote (already throttled).
 * @param {Page} page
 * @param {string} url the served folder
 * @param {SamplingPlan} plan
 * @param {number} timeoutMs
 * @returns {Promise<{ main: SamplingTimes, worker: SamplingTimes }>}
 */
export async function samplingInPage(page, url, plan, timeoutMs) {
  await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  await page.waitForFunction(() => '__shellCountSampling' in globalThis, null, {
    timeout: timeoutMs,
  });
  /** @typedef {{ main: (p: SamplingPlan) => Promise<SamplingTimes>, worker: (p: SamplingPlan) => Promise<SamplingTimes> }} Api */
  const main = await page.evaluate(
    (p) =>
      /** @type {{ __shellCountSampling: Api }} */ (
        /** @type {unknown} */ (globalThis)
      ).__shellCountSampling.main(p),
    plan,
  );
  const worker = await page.evaluate(
    (p) =>
      /** @type {{ __shellCountSampling: Api }} */ (
        /** @type {unknown} */ (globalThis)
      ).__shellCountSampling.worker(p),
    plan,
  );
  return { main, worker };
}

const run = promisify(execFile);

/**
 * Times the sampling in a new Node process, unthrottled.
 * @param {string} bundle
 * @param {SamplingPlan} plan
 * @returns {Promise<SamplingTimes>}
 */
export async function samplingInNode(bundle, plan) {
  const { stdout } = await run(process.execPath, [NODE_RUNNER, bundle, JSON.stringify(plan)], {
    timeout: 120_000,
  });
  return /** @type {SamplingTimes} */ (JSON.parse(stdout));
}
