// @ts-check
/* global document, MutationObserver */
/**
 * What the embedded view (`?embed=1` in an article's iframe) downloads: the JavaScript and CSS
 * (gzip level 9, as `sizes.mjs` counts them) fetched before its first figure is on screen
 * (`[data-result="totalShells"][data-value]`) and in all, once the chart is drawn and the
 * network is quiet; beside the same for the full page. Read from the frame's own Resource
 * Timing entries, so that nothing the article loads is counted.
 *
 * `node scripts/bench/embed-bytes.mjs [dist]` measures an existing build (default `dist/`);
 * `npm run bench` calls `measureEmbedBytes` on its own build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import { kB } from './budgets.mjs';
import { serve } from './serve.mjs';
import { gzipBytes } from './sizes.mjs';
import { formatTable } from './table.mjs';

/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {{ js: number, css: number, files: string[] }} Bytes */
/** @typedef {{ view: string, first: Bytes, all: Bytes }} ViewBytes */

const FIRST = '[data-result="totalShells"][data-value]';

/**
 * Runs in every frame before its scripts: notes the resources fetched by the time the first
 * figure appears, as `globalThis.__firstFigure`.
 */
function probe() {
  const record = () => {
    const ready = document.querySelector('[data-result="totalShells"][data-value]');
    if (!ready) return false;
    /** @type {{ __firstFigure?: string[] }} */ (
      /** @type {unknown} */ (globalThis)
    ).__firstFigure = performance.getEntriesByType('resource').map((entry) => entry.name);
    return true;
  };
  const observer = new MutationObserver(() => {
    if (record()) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * @param {string} dir the built folder
 * @param {string[]} urls resources of one frame
 * @returns {Bytes}
 */
function bytesOf(dir, urls) {
  let js = 0;
  let css = 0;
  /** @type {string[]} */
  const files = [];
  for (const url of new Set(urls)) {
    const path = decodeURIComponent(new URL(url).pathname).replace(/^\//, '');
    if (!/\.(js|css)$/.test(path)) continue;
    const file = join(dir, path);
    if (!existsSync(file)) continue;
    const size = gzipBytes(readFileSync(file));
    if (path.endsWith('.css')) css += size;
    else js += size;
    files.push(path);
  }
  return { js, css, files: files.sort() };
}

/**
 * @param {Browser} browser
 * @param {string} dir the built folder, served at `base`
 * @param {string} base the served folder's address, ending in `/`
 * @param {{ view: string, query: string, framed: boolean }} what
 * @returns {Promise<ViewBytes>}
 */
async function measureView(browser, dir, base, { view, query, framed }) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  try {
    await context.addInitScript(probe);
    const page = await context.newPage();
    const article = `${base}__article.html`;
    await page.route(article, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="en"><body><iframe src="${base}${query}" width="100%" height="1300" data-shell-count></iframe></body></html>`,
      }),
    );
    await page.goto(framed ? article : `${base}${query}`);
    const frame = framed ? page.frames()[1] : page.mainFrame();
    if (!frame) throw new Error('the article has no frame');
    await frame.locator(FIRST).first().waitFor({ timeout: 30_000 });
    // The chart drawn (on the full page at a phone's width it is folded away: attached, not seen).
    await frame
      .locator('.recharts-surface')
      .first()
      .waitFor({ state: 'attached', timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const first = await frame.evaluate(
      () => /** @type {{ __firstFigure?: string[] }} */ (globalThis).__firstFigure ?? [],
    );
    const all = await frame.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    return { view, first: bytesOf(dir, first), all: bytesOf(dir, all) };
  } finally {
    await context.close();
  }
}

/** The views measured: the embed in an article's frame, and the full page. */
const VIEWS = [
  { view: 'embed', query: '?embed=1', framed: true },
  { view: 'embed, ranges', query: '?containers=6700..13000&embed=1', framed: true },
  { view: 'full page', query: '', framed: false },
];

/**
 * @param {Browser} browser
 * @param {string} dir a built folder
 * @returns {Promise<ViewBytes[]>}
 */
export async function measureEmbedBytes(browser, dir) {
  const server = await serve(dir);
  try {
    /** @type {ViewBytes[]} */
    const out = [];
    for (const view of VIEWS) out.push(await measureView(browser, resolve(dir), server.url, view));
    return out;
  } finally {
    await server.close();
  }
}

/**
 * @param {ViewBytes[]} rows
 * @returns {string}
 */
export function formatEmbedBytes(rows) {
  return formatTable(
    ['view', 'JS to first figure', 'CSS to first figure', 'JS in all', 'CSS in all'],
    rows.map(({ view, first, all }) => [
      view,
      kB(first.js),
      kB(first.css),
      kB(all.js),
      kB(all.css),
    ]),
    ['left', 'right', 'right', 'right', 'right'],
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist';
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run node scripts/ensure-chromium.mjs');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const rows = await measureEmbedBytes(browser, dir);
    console.log('Bytes the views download (gzip level 9, 1 kB = 1000 bytes):');
    console.log(formatEmbedBytes(rows));
    if (process.env.VERBOSE) for (const row of rows) console.log(row.view, row.first, row.all);
  } finally {
    await browser.close();
  }
}
