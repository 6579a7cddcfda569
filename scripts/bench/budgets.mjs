// @ts-check
/**
 * The performance targets, and the check of the two byte budgets (deterministic, so CI can
 * enforce them). The timing targets are only reported, by `npm run bench`.
 */

/** 1 kB = 1000 bytes, everywhere in the benchmark's output. */
export const KB = 1000;

export const TARGETS = Object.freeze({
  /** First-screen JS (gzip) at most this many times the minimal React page's. */
  firstScreenRatio: 1.15,
  /** All JS (gzip), in bytes. */
  allJsBytes: 190 * KB,
  /** Navigation to first results at most this many times the minimal React page's time. */
  firstResultsRatio: 1.3,
  /** Keystroke to updated result, in ms, at 4× CPU throttle: one frame at 60 Hz. */
  keystrokeMs: 16,
});

/**
 * @param {number} bytes
 * @returns {string} e.g. `86.1 kB`
 */
export const kB = (bytes) => `${(bytes / KB).toFixed(1)} kB`;

/**
 * @param {number} ratio
 * @returns {string} e.g. `1.26×`
 */
export const times = (ratio) => `${ratio.toFixed(2)}×`;

/**
 * @typedef {{
 *   metric: string,
 *   app: number,
 *   minimal: number,
 *   ratio: number,
 *   target: string,
 *   ok: boolean,
 *   failure: string,
 * }} ByteCheck
 *   `failure` says what is wrong when `ok` is false
 */

/**
 * @param {import('./sizes.mjs').Sizes} app
 * @param {import('./sizes.mjs').Sizes} minimal
 * @returns {ByteCheck[]}
 */
export function checkBytes(app, minimal) {
  const firstRatio = app.firstScreen / minimal.firstScreen;
  const limit = TARGETS.firstScreenRatio * minimal.firstScreen;
  return [
    {
      metric: 'first-screen JS (gzip)',
      app: app.firstScreen,
      minimal: minimal.firstScreen,
      ratio: firstRatio,
      target: `≤ ${times(TARGETS.firstScreenRatio)} minimal`,
      ok: app.firstScreen <= limit,
      failure:
        `first-screen JS is ${kB(app.firstScreen)}, ${times(firstRatio)} the minimal page's ` +
        `${kB(minimal.firstScreen)}; the budget is ${times(TARGETS.firstScreenRatio)} ` +
        `(${kB(limit)}), ${kB(app.firstScreen - limit)} over`,
    },
    ...allJsChecks(app, minimal),
  ];
}

/**
 * All JS against its budget: once per language when the app has message chunks (a reader loads
 * one language's words, never the three), else for every file.
 * @param {import('./sizes.mjs').Sizes} app
 * @param {import('./sizes.mjs').Sizes} minimal
 * @returns {ByteCheck[]}
 */
function allJsChecks(app, minimal) {
  const langs = Object.entries(app.byLang);
  const pages =
    langs.length > 0 ? langs.map(([lang, sizes]) => [` (${lang})`, sizes.all]) : [['', app.all]];
  return pages.map(([suffix, bytes]) => {
    const all = Number(bytes);
    return {
      metric: `all JS${String(suffix)} (gzip)`,
      app: all,
      minimal: minimal.all,
      ratio: all / minimal.all,
      target: `≤ ${TARGETS.allJsBytes / KB} kB`,
      ok: all <= TARGETS.allJsBytes,
      failure:
        `all JS${String(suffix)} is ${kB(all)}; the budget is ${TARGETS.allJsBytes / KB} kB, ` +
        `${kB(all - TARGETS.allJsBytes)} over`,
    };
  });
}
