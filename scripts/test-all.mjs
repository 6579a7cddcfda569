// @ts-check
/**
 * `npm test`: runs every gate in order and stops at the first failure.
 * typecheck → lint → format → unused exports → audit → unit tests → build → byte budgets →
 * Chromium check → browser tests.
 *
 * The last line of output is always `N passed, M failed` (plus `, K skipped` when K > 0),
 * adding up the unit and browser test reports. A gate that failed without a failing test
 * to show for it (a type error, a lint error, a crash...) counts as one failure, so M is 0
 * exactly when the exit code is 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const UNIT_REPORT = 'test-results/unit.json';
const E2E_REPORT = 'test-results/e2e.json'; // set in playwright.config.ts

/**
 * A binary from node_modules/.bin, falling back to `npx --no-install` (never downloads).
 * @param {string} name
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function bin(name, args) {
  const local = join(root, 'node_modules', '.bin', name);
  return existsSync(local) ? [local, args] : ['npx', ['--no-install', name, ...args]];
}

/**
 * @typedef {{ passed: number, failed: number, skipped: number }} Totals
 * @typedef {{
 *   name: string,
 *   command: [string, string[]],
 *   report?: { label: string, file: string, read: (json: unknown) => Totals },
 * }} Step
 */

/** @param {unknown} value */
const num = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

/**
 * Vitest's JSON reporter (Jest's format).
 * @param {unknown} json
 * @returns {Totals}
 */
function readVitest(json) {
  const r = /** @type {Record<string, unknown>} */ (json);
  return {
    passed: num(r.numPassedTests),
    failed: num(r.numFailedTests),
    skipped: num(r.numPendingTests) + num(r.numTodoTests),
  };
}

/**
 * Playwright's JSON reporter. A flaky test failed, then passed on retry: it counts as passed.
 * @param {unknown} json
 * @returns {Totals}
 */
function readPlaywright(json) {
  const stats = /** @type {Record<string, unknown>} */ (
    /** @type {{ stats?: unknown }} */ (json).stats ?? {}
  );
  return {
    passed: num(stats.expected) + num(stats.flaky),
    failed: num(stats.unexpected),
    skipped: num(stats.skipped),
  };
}

/** @type {Step[]} */
const steps = [
  { name: 'typecheck', command: ['npm', ['run', 'typecheck']] },
  { name: 'lint', command: ['npm', ['run', 'lint']] },
  { name: 'format', command: ['npm', ['run', 'format:check']] },
  // Exports, files and dependencies nothing uses (knip.json says where the program starts).
  { name: 'unused exports', command: bin('knip', []) },
  // Advisories for the packages the page ships; says NOT CHECKED when the service is unreachable.
  { name: 'audit', command: [process.execPath, ['scripts/audit.mjs']] },
  {
    name: 'unit tests',
    command: bin('vitest', [
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${UNIT_REPORT}`,
    ]),
    report: { label: 'unit', file: UNIT_REPORT, read: readVitest },
  },
  { name: 'build', command: ['npm', ['run', 'build']] },
  // Gzip bytes of the JavaScript against their budgets (scripts/check-budgets.mjs).
  { name: 'byte budgets', command: [process.execPath, ['scripts/check-budgets.mjs']] },
  { name: 'chromium', command: [process.execPath, ['scripts/ensure-chromium.mjs']] },
  {
    name: 'browser tests',
    command: bin('playwright', ['test']),
    report: { label: 'e2e', file: E2E_REPORT, read: readPlaywright },
  },
];

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** @param {string} file */
function shortName(file) {
  if (file === process.execPath) return 'node';
  return file.startsWith(root) ? file.slice(root.length) : file;
}

// Reports left over from an earlier run must not be mistaken for this run's.
for (const file of [UNIT_REPORT, E2E_REPORT]) rmSync(join(root, file), { force: true });

/** @type {{ name: string, ok: boolean, ms: number, step: Step }[]} */
const results = [];
const started = performance.now();

for (const [index, step] of steps.entries()) {
  const [command, args] = step.command;
  console.log(
    `\n=== [${index + 1}/${steps.length}] ${step.name}: ${[shortName(command), ...args].join(' ')}`,
  );
  const t0 = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: false });
  const ms = performance.now() - t0;
  let ok = result.status === 0;
  if (result.error) {
    console.error(`Could not run ${command}: ${result.error.message}`);
    ok = false;
  } else if (result.signal) {
    console.error(`${step.name} was killed by ${result.signal}`);
  }
  results.push({ name: step.name, ok, ms, step });
  console.log(`=== ${step.name}: ${ok ? 'ok' : 'FAILED'} in ${seconds(ms)}`);
  if (!ok) break;
}

// ---- Summary -------------------------------------------------------------------------------

console.log('\n=== Summary');
for (const step of steps) {
  const result = results.find((r) => r.step === step);
  const status = result ? (result.ok ? 'ok' : 'FAILED') : 'not run';
  const time = result ? seconds(result.ms) : '';
  console.log(`  ${step.name.padEnd(14)} ${status.padEnd(8)} ${time}`.trimEnd());
}
console.log(`  ${'total'.padEnd(14)} ${''.padEnd(8)} ${seconds(performance.now() - started)}`);

/** @type {Totals} */
const total = { passed: 0, failed: 0, skipped: 0 };
for (const { step, ok } of results) {
  /** @type {Totals | null} */
  let totals = null;
  if (step.report) {
    const { label, file, read } = step.report;
    try {
      totals = read(JSON.parse(readFileSync(join(root, file), 'utf8')));
      console.log(
        `  ${label}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${file})`,
      );
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      console.log(`  ${label}: no readable report at ${file} (${why})`);
    }
  }
  if (totals) {
    total.passed += totals.passed;
    total.failed += totals.failed;
    total.skipped += totals.skipped;
  }
  // A failed gate with no failing test to show for it still counts as a failure.
  if (!ok && (totals === null || totals.failed === 0)) {
    console.log(`  ${step.name} failed (counted as 1 failure)`);
    total.failed += 1;
  }
}

const allOk = results.length === steps.length && results.every((r) => r.ok);
const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
process.exitCode = allOk ? 0 : 1;
