// @ts-check
/**
 * `npm run audit`: `npm audit --omit=dev`, the packages the page ships. Fails on any advisory.
 * When the registry's audit service cannot be reached (some networks allow package downloads but
 * not the audit service's POST), it says so plainly and does not fail: a check that could not run
 * is reported as not run, never as passed.
 */
import { spawnSync } from 'node:child_process';

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', shell: false });
/** @type {{ message?: string, error?: { code?: string, summary?: string }, metadata?: { vulnerabilities?: Record<string, number>, dependencies?: { prod?: number } } }} */
let report = {};
try {
  report = JSON.parse(run.stdout || '{}');
} catch {
  report = { error: { summary: (run.stderr || run.stdout || 'no output').trim().slice(0, 300) } };
}

const counts = report.metadata?.vulnerabilities;
if (counts) {
  const total = Object.entries(counts)
    .filter(([severity]) => severity !== 'total')
    .reduce((sum, [, count]) => sum + count, 0);
  const packages = report.metadata?.dependencies?.prod ?? 0;
  if (total === 0) {
    console.log(`npm audit --omit=dev: no advisories for the ${packages} packages the page ships.`);
  } else {
    console.error(`npm audit --omit=dev: ${total} advisories (${JSON.stringify(counts)}).`);
    console.error('Run `npm audit --omit=dev` for details and `npm audit fix` to update.');
    process.exitCode = 1;
  }
} else {
  const why =
    [report.error?.summary, report.message, run.stderr.trim().split('\n').pop()].find(
      (text) => typeof text === 'string' && text !== '',
    ) ?? 'no reason given';
  console.warn(
    `npm audit --omit=dev: NOT CHECKED, the audit service could not be reached (${why}).`,
  );
}
