// @ts-check
/**
 * Production builds of the app and of the minimal React page (./minimal), with a Vite manifest,
 * into a fresh folder under node_modules/.cache/shell-count-bench/ (never dist/, which others
 * use). Each run gets its own folder, so two runs at once do not overwrite each other's files.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The repository's root folder. */
export const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** Where the benchmark's builds go. */
export const CACHE_DIR = join(REPO, 'node_modules', '.cache', 'shell-count-bench');

/** The minimal page's source folder. Inside the repo, so `react` resolves from its node_modules. */
const MINIMAL_ROOT = fileURLToPath(new URL('./minimal', import.meta.url));

/**
 * The app, built with its own vite.config.ts (same plugins, target and base as `npm run build`).
 * @param {string} outDir
 */
export async function buildApp(outDir) {
  await build({
    root: REPO,
    configFile: join(REPO, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  });
}

/**
 * The minimal React 19 page, with the app's build target.
 * @param {string} outDir
 */
export async function buildMinimal(outDir) {
  await build({
    root: MINIMAL_ROOT,
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true, target: 'es2022' },
  });
}

/** @param {number} ms */
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * @typedef {{ dir: string, app: string, minimal: string, remove: () => void }} Builds
 *   `dir`: the run's folder, which holds both builds and is removed by `remove()`
 */

/**
 * Builds both pages into a new folder `<CACHE_DIR>/<label>-XXXXXX/{app,minimal}`.
 * Call `remove()` when done with them.
 * @param {string} label names the folder (the script that asked for it)
 * @returns {Promise<Builds>}
 */
export async function buildBoth(label) {
  mkdirSync(CACHE_DIR, { recursive: true });
  const dir = mkdtempSync(join(CACHE_DIR, `${label}-`));
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
  };
  const app = join(dir, 'app');
  const minimal = join(dir, 'minimal');
  try {
    let t0 = performance.now();
    await buildApp(app);
    console.log(`built the app in ${seconds(performance.now() - t0)}`);
    t0 = performance.now();
    await buildMinimal(minimal);
    console.log(`built the minimal React page in ${seconds(performance.now() - t0)}`);
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, app, minimal, remove };
}
