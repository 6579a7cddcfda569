// @ts-check
/**
 * `npm run budgets`: the byte budgets, deterministic, so CI fails when they are exceeded.
 * Builds the app and a minimal React 19 page (scripts/bench/minimal) into a folder under
 * node_modules/.cache/shell-count-bench/, measures their JavaScript from the Vite manifest
 * (gzip level 9) and checks:
 *   - first-screen JS (entry chunks + their static imports) ≤ 1.16 × the minimal page's (the
 *     target is 1.15×; see TARGETS);
 *   - all JS ≤ 190 kB (1 kB = 1000 bytes); with languages, the program (every file but the
 *     message chunks) ≤ 190 kB and each language's words ≤ 25 kB, as a reader loads one language.
 * Exit code 0: both budgets hold. Exit code 1: one is exceeded (or the build failed).
 * `npm run bench` reports the same figures beside the timings.
 */
import { buildBoth } from './bench/build.mjs';
import { checkBytes, kB, times } from './bench/budgets.mjs';
import { measureSizes } from './bench/sizes.mjs';
import { formatTable } from './bench/table.mjs';

const builds = await buildBoth('budgets');
try {
  const app = measureSizes(builds.app);
  const minimal = measureSizes(builds.minimal);

  console.log('\nJavaScript of the app (gzip level 9, 1 kB = 1000 bytes):');
  console.log(
    formatTable(
      ['file', 'raw', 'gzip', 'loaded'],
      app.files.map((f) => [
        f.file,
        kB(f.bytes),
        kB(f.gzip),
        f.firstScreen
          ? 'first screen'
          : f.lang
            ? `${f.lang} words, ${f.langFirst ? 'first screen' : 'later'}`
            : 'later',
      ]),
      ['left', 'right', 'right', 'left'],
    ),
  );

  const langs = Object.entries(app.byLang);
  if (langs.length > 0) {
    console.log('\nBy language (a reader loads one language’s words):');
    console.log(
      formatTable(
        ['language', 'first screen', 'ratio', 'words', 'all JS'],
        langs.map(([lang, sizes]) => [
          lang,
          kB(sizes.firstScreen),
          times(sizes.firstScreen / minimal.firstScreen),
          kB(sizes.words),
          kB(sizes.all),
        ]),
        ['left', 'right', 'right', 'right', 'right'],
      ),
    );
  }

  const checks = checkBytes(app, minimal);
  console.log('\nByte budgets (gzip level 9, 1 kB = 1000 bytes):');
  console.log(
    formatTable(
      ['metric', 'app', 'minimal', 'ratio', 'budget', ''],
      checks.map((c) => [
        c.metric,
        kB(c.app),
        c.minimal === 0 ? '—' : kB(c.minimal),
        c.minimal === 0 ? '—' : times(c.ratio),
        c.target,
        c.ok ? '✓' : '✗',
      ]),
      ['left', 'right', 'right', 'right', 'left', 'left'],
    ),
  );

  const failed = checks.filter((c) => !c.ok);
  if (failed.length === 0) {
    console.log('\nByte budgets: ok');
  } else {
    console.log(`\nByte budgets: FAILED (${failed.length} of ${checks.length} exceeded)`);
    for (const c of failed) console.log(`  ✗ ${c.failure}`);
    process.exitCode = 1;
  }
} finally {
  builds.remove();
}
