// @ts-check
/**
 * `npm run bench [-- --runs 7 --keys 20 --throttle 4]`: how fast the app's first screen is,
 * beside a minimal React 19 page (scripts/bench/minimal: one labelled input, one number) built
 * and measured in the same run, so the ratios hold on a noisy machine.
 *
 * Builds both (under node_modules/.cache/shell-count-bench/), serves each on 127.0.0.1, and in
 * headless Chromium with the CPU throttled 4× (CDP `Emulation.setCPUThrottlingRate`) measures:
 *   - gzip bytes (level 9) of the first screen's JavaScript and of all JavaScript, from the
 *     Vite manifest (scripts/bench/sizes.mjs, the same figures `npm run budgets` checks);
 *   - navigation → first results on screen (`[data-result="totalShells"][data-value]`), in a
 *     fresh browser context (cold cache) each run; the first run is a warm-up, not counted;
 *   - keystroke in the containers field → updated result: from the keydown's `timeStamp` to the
 *     change of `data-value`, and to the next animation frame after it.
 *
 * Timings are reported, not asserted: the exit code is 0 when a timing target is missed, and
 * when a byte budget is exceeded (`npm run budgets` is the CI gate for those). It is 1 when the
 * benchmark could not measure (no Chromium, a build failed, a keystroke left the result as is).
 */
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildBoth } from './bench/build.mjs';
import { TARGETS, checkBytes, kB, times } from './bench/budgets.mjs';
import { installProbe } from './bench/probe.mjs';
import { serve } from './bench/serve.mjs';
import { measureSizes } from './bench/sizes.mjs';
import { formatTable } from './bench/table.mjs';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./bench/probe.mjs').Probe} Probe */
/** @typedef {import('./bench/probe.mjs').FirstResult} FirstResult */
/** @typedef {import('./bench/probe.mjs').KeyResult} KeyResult */

const RESULT = '[data-result="totalShells"]';
const INPUT = 'input[name="containers"]';
/** How long a page may take to show its first results, or to react to a keystroke. */
const TIMEOUT_MS = 15_000;
/** Keystrokes typed and not counted first, while the page's code warms up. */
const WARMUP_KEYS = 2;
/** Quiet time after each keystroke, so that each one starts from an idle page. */
const SETTLE_MS = 150;

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    keys: { type: 'string', default: '20' },
    throttle: { type: 'string', default: '4' },
  },
});

/**
 * @param {string} name
 * @param {string} text
 * @param {number} min
 * @returns {number}
 */
function numberOption(name, text, min) {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`--${name} must be a whole number ≥ ${min}, not ${text}`);
  }
  return value;
}

/** Page loads per page; the first one is a warm-up and is not counted. */
const RUNS = numberOption('runs', options.runs, 2);
/** Keystrokes counted per page. */
const KEYS = numberOption('keys', options.keys, 2);
/** CPU slowdown factor. */
const THROTTLE = numberOption('throttle', options.throttle, 1);

// ---- Statistics ----------------------------------------------------------------------------

/**
 * @param {number[]} values
 * @param {number} p between 0 and 1
 * @returns {number} the nearest-rank percentile
 */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
  if (value === undefined) throw new Error('percentile of no values');
  return value;
}

/**
 * @param {number[]} values
 * @returns {number}
 */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  const value = Number.isInteger(middle)
    ? ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2
    : sorted[Math.floor(middle)];
  if (value === undefined || Number.isNaN(value)) throw new Error('median of no values');
  return value;
}

/**
 * @param {number} value
 * @returns {string} `412 ms`, `8.3 ms`
 */
const ms = (value) => `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;

// ---- Measures in the browser ---------------------------------------------------------------

/**
 * A page in a fresh context (empty cache), CPU throttled, with the probe installed.
 * @param {Browser} browser
 */
async function throttledPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.addInitScript(installProbe, RESULT);
  return { context, page };
}

/**
 * Loads the page and waits for its first results.
 * @param {Page} page
 * @param {string} url
 * @returns {Promise<FirstResult>}
 */
async function load(page, url) {
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
  const first = await page.evaluate(
    (timeoutMs) =>
      /** @type {{ __shellCountBench: Probe }} */ (
        /** @type {unknown} */ (globalThis)
      ).__shellCountBench.waitFirst(timeoutMs),
    TIMEOUT_MS,
  );
  if (!first) throw new Error(`${url}: no ${RESULT} with a data-value after ${ms(TIMEOUT_MS)}`);
  return first;
}

/**
 * @param {Browser} browser
 * @param {string} url
 * @returns {Promise<FirstResult>}
 */
async function firstResults(browser, url) {
  const { context, page } = await throttledPage(browser);
  try {
    return await load(page, url);
  } finally {
    await context.close();
  }
}

/**
 * Types in the containers field: each keystroke replaces the selected field with one digit,
 * alternately 5 and 6, so the value is always valid whatever the field's format, and the result
 * changes every time. Checks that each keystroke changed the result to the value it should have.
 * @param {Browser} browser
 * @param {string} url
 * @returns {Promise<KeyResult[]>} the counted keystrokes
 */
async function keystrokes(browser, url) {
  const { context, page } = await throttledPage(browser);
  try {
    const first = await load(page, url);
    // Lazily loaded parts (the chart) arrive after the first results: let them settle first.
    await page.waitForLoadState('networkidle', { timeout: TIMEOUT_MS });
    await page.waitForTimeout(500);

    const input = page.locator(INPUT);
    /** @type {Map<string, string>} the result each digit gave */
    const resultFor = new Map();
    /** @type {KeyResult[]} */
    const counted = [];
    for (let i = 0; i < WARMUP_KEYS + KEYS; i += 1) {
      const key = i % 2 === 0 ? '5' : '6';
      await input.selectText();
      await page.evaluate(() => {
        /** @type {{ __shellCountBench: Probe }} */ (
          /** @type {unknown} */ (globalThis)
        ).__shellCountBench.arm();
      });
      await page.keyboard.press(key);
      const result = await page.evaluate(
        ({ count, timeoutMs }) =>
          /** @type {{ __shellCountBench: Probe }} */ (
            /** @type {unknown} */ (globalThis)
          ).__shellCountBench.waitKey(count, timeoutMs),
        { count: i + 1, timeoutMs: TIMEOUT_MS },
      );
      const typed = await input.inputValue();
      if (!result) {
        throw new Error(
          `${url}: typing ${key} (field now ${JSON.stringify(typed)}) did not change ` +
            `${RESULT}'s data-value within ${ms(TIMEOUT_MS)}`,
        );
      }
      if (typed !== key || result.key !== key) {
        throw new Error(
          `${url}: typing ${key} over the selected field left it at ${JSON.stringify(typed)} ` +
            `(the page saw the key ${JSON.stringify(result.key)})`,
        );
      }
      const expected = resultFor.get(key) ?? result.value;
      resultFor.set(key, expected);
      const values = new Set([first.value, ...resultFor.values()]);
      if (result.value !== expected || values.size !== 1 + resultFor.size) {
        throw new Error(
          `${url}: after typing ${key} the result is ${result.value}; expected ${expected}, ` +
            `and different results for ${first.value} (at first), 5 and 6 ` +
            `(${JSON.stringify(Object.fromEntries(resultFor))})`,
        );
      }
      if (i >= WARMUP_KEYS) counted.push(result);
      await page.waitForTimeout(SETTLE_MS);
    }
    return counted;
  } finally {
    await context.close();
  }
}

// ---- Run -----------------------------------------------------------------------------------

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run node scripts/ensure-chromium.mjs');

/**
 * @typedef {{
 *   name: 'app' | 'minimal',
 *   dir: string,
 *   url: string,
 *   first: FirstResult[],
 *   keys: KeyResult[],
 * }} Subject
 */

const builds = await buildBoth('bench');
/** @type {{ close: () => Promise<void> }[]} */
const servers = [];
/** @type {Browser | null} */
let browser = null;
try {
  /** @type {Subject} */
  const app = { name: 'app', dir: builds.app, url: '', first: [], keys: [] };
  /** @type {Subject} */
  const minimal = { name: 'minimal', dir: builds.minimal, url: '', first: [], keys: [] };
  const subjects = [app, minimal];
  for (const subject of subjects) {
    const server = await serve(subject.dir);
    servers.push(server);
    subject.url = server.url;
  }
  const sizes = { app: measureSizes(app.dir), minimal: measureSizes(minimal.dir) };

  browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
  console.log(
    `Chromium ${browser.version()} (headless), CPU throttled ${THROTTLE}×; ` +
      `${RUNS} page loads per page (the first not counted), ` +
      `${WARMUP_KEYS} + ${KEYS} keystrokes (the first ${WARMUP_KEYS} not counted)`,
  );

  // Alternate which page goes first, so that neither always runs on a warmer machine.
  for (let run = 0; run < RUNS; run += 1) {
    /** @type {string[]} */
    const line = [];
    for (const subject of run % 2 === 0 ? subjects : [...subjects].reverse()) {
      const result = await firstResults(browser, subject.url);
      if (run > 0) subject.first.push(result);
      line.push(`${subject.name} ${ms(result.dom)}`);
    }
    console.log(
      `page load ${run + 1}/${RUNS}${run === 0 ? ' (warm-up)' : ''}: first results ${line.join(', ')}`,
    );
  }
  for (const subject of subjects) {
    subject.keys = await keystrokes(browser, subject.url);
    const toResult = subject.keys.map((k) => k.dom - k.start);
    console.log(`keystrokes: ${subject.name}, median ${ms(median(toResult))} to the result`);
  }

  // ---- Report ------------------------------------------------------------------------------

  const bytes = checkBytes(sizes.app, sizes.minimal);
  /** @type {string[][]} */
  const rows = bytes.map((c) => [
    c.metric,
    kB(c.app),
    kB(c.minimal),
    times(c.ratio),
    c.target,
    c.ok ? '✓' : '✗',
  ]);
  /** @type {{ metric: string, ok: boolean }[]} */
  const timings = [];
  /**
   * @param {string} metric
   * @param {(s: Subject) => number[]} samples
   * @param {(values: number[]) => number} statistic
   * @param {{ text: string, ok: (app: number, minimal: number) => boolean } | null} target
   */
  const timingRow = (metric, samples, statistic, target) => {
    const a = statistic(samples(app));
    const m = statistic(samples(minimal));
    const ok = target?.ok(a, m);
    if (target) timings.push({ metric, ok: ok === true });
    rows.push([
      metric,
      ms(a),
      ms(m),
      times(a / m),
      target?.text ?? '(reported)',
      ok === undefined ? '' : ok ? '✓' : '✗',
    ]);
  };
  const relative = {
    text: `≤ ${times(TARGETS.firstResultsRatio)} minimal`,
    ok: (/** @type {number} */ a, /** @type {number} */ m) => a <= TARGETS.firstResultsRatio * m,
  };
  const oneFrame = {
    text: `≤ ${TARGETS.keystrokeMs} ms`,
    ok: (/** @type {number} */ a) => a <= TARGETS.keystrokeMs,
  };
  const p95 = (/** @type {number[]} */ values) => percentile(values, 0.95);
  const toResult = (/** @type {Subject} */ s) => s.first.map((r) => r.dom);
  const toFrame = (/** @type {Subject} */ s) => s.first.map((r) => r.frame);
  const keyToResult = (/** @type {Subject} */ s) => s.keys.map((k) => k.dom - k.start);
  const keyToFrame = (/** @type {Subject} */ s) => s.keys.map((k) => k.frame - k.start);
  timingRow('first results, median', toResult, median, relative);
  timingRow('first results → next frame, median', toFrame, median, relative);
  timingRow('keystroke → result, median', keyToResult, median, oneFrame);
  timingRow('keystroke → result, p95', keyToResult, p95, oneFrame);
  timingRow('keystroke → next frame, median', keyToFrame, median, null);
  timingRow('keystroke → next frame, p95', keyToFrame, p95, null);

  console.log(
    `\nShell Count vs a minimal React 19 page, CPU ${THROTTLE}× slower ` +
      `(gzip level 9, 1 kB = 1000 bytes):`,
  );
  console.log(
    formatTable(['metric', 'app', 'minimal', 'ratio', 'target', ''], rows, [
      'left',
      'right',
      'right',
      'right',
      'left',
      'left',
    ]),
  );

  /**
   * @param {number[]} values
   * @returns {string}
   */
  const spread = (values) =>
    `min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}: ` +
    values.map((v) => v.toFixed(1)).join(' ');
  console.log('\nSamples (ms):');
  for (const subject of subjects) {
    const name = subject.name.padEnd(7);
    console.log(`  first results           ${name} ${spread(toResult(subject))}`);
    console.log(`  keystroke → result      ${name} ${spread(keyToResult(subject))}`);
    console.log(`  keystroke → next frame  ${name} ${spread(keyToFrame(subject))}`);
  }

  const bytesFailed = bytes.filter((c) => !c.ok);
  console.log('');
  if (bytesFailed.length === 0) {
    console.log('Byte budgets: ok.');
  } else {
    console.log(
      `Byte budgets: EXCEEDED (${bytesFailed.length} of ${bytes.length}); ` +
        '`npm run budgets` fails, and so does CI:',
    );
    for (const c of bytesFailed) console.log(`  ✗ ${c.failure}`);
  }
  const missed = timings.filter((t) => !t.ok);
  console.log(
    `Timing targets: ${timings.length - missed.length} of ${timings.length} met` +
      (missed.length > 0 ? ` (missed: ${missed.map((t) => t.metric).join('; ')})` : '') +
      '. Timings are reported, not asserted.',
  );
} finally {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  builds.remove();
}
