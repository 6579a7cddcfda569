// @ts-check
/**
 * Deterministic JavaScript sizes of a Vite build, from its manifest (`build.manifest: true`).
 *
 * - first-screen JS: the entry chunks (`isEntry`) and, transitively, their static `imports`:
 *   what the browser must fetch before the first screen can run. Chunks reached only through
 *   `dynamicImports` (lazily loaded parts, like the chart) are not first-screen.
 * - all JS: every `.js` file in the output folder.
 * - per language: the page in one language loads that language's message chunks
 *   (`src/i18n/messages/<lang>/…`) and none of the others'. So a language's first screen is the
 *   first-screen JS plus its own first-screen messages, and its all-JS is every file except the
 *   other languages' messages.
 *
 * Sizes are gzip at level 9 (`zlib.gzipSync`), so they are the same on every machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * One entry of `.vite/manifest.json`, keyed by source path.
 * @typedef {{
 *   file: string,
 *   src?: string,
 *   name?: string,
 *   isEntry?: boolean,
 *   isDynamicEntry?: boolean,
 *   imports?: string[],
 *   dynamicImports?: string[],
 * }} ManifestChunk
 */

/**
 * @typedef {{
 *   file: string,
 *   bytes: number,
 *   gzip: number,
 *   firstScreen: boolean,
 *   lang: string | null,
 *   langFirst: boolean,
 * }} JsFile
 *   `file` relative to the output folder, with `/` separators; `bytes` raw, `gzip` at level 9;
 *   `lang` set on a language's message chunk, `langFirst` on its first-screen part
 * @typedef {{ firstScreen: number, all: number, words: number }} LangSizes
 *   `words`: that language's message chunks alone
 * @typedef {{
 *   firstScreen: number,
 *   all: number,
 *   code: number,
 *   files: JsFile[],
 *   byLang: Record<string, LangSizes>,
 * }} Sizes
 *   `firstScreen` and `all` in gzip bytes, of the default (English) page and of every file;
 *   `code` every file but the message chunks (English's first-screen words, in the main bundle,
 *   count as code); `byLang` the same for the page in each language; `files` biggest first
 */

const MESSAGES = /^src\/i18n\/messages\/([a-z]{2,3})\/(first|later)\.ts$/;

/**
 * The message chunks of each language, from the manifest: output file → its language and part.
 * @param {Record<string, ManifestChunk>} manifest
 * @returns {Map<string, { lang: string, first: boolean }>}
 */
function messageChunks(manifest) {
  /** @type {Map<string, { lang: string, first: boolean }>} */
  const chunks = new Map();
  for (const [key, chunk] of Object.entries(manifest)) {
    const match = MESSAGES.exec(chunk.src ?? key);
    if (match?.[1] && match[2])
      chunks.set(chunk.file, { lang: match[1], first: match[2] === 'first' });
  }
  return chunks;
}

/**
 * @param {Buffer} buffer
 * @returns {number} gzip bytes at level 9
 */
export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/**
 * @param {string} outDir a Vite output folder with `.vite/manifest.json`
 * @returns {Record<string, ManifestChunk>}
 */
function readManifest(outDir) {
  const file = join(outDir, '.vite', 'manifest.json');
  try {
    return /** @type {Record<string, ManifestChunk>} */ (JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(`No readable Vite manifest at ${file} (build with manifest: true): ${why}`);
  }
}

/**
 * The output files of the entry chunks and everything they import statically, transitively.
 * @param {Record<string, ManifestChunk>} manifest
 * @returns {Set<string>}
 */
export function firstScreenFiles(manifest) {
  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
  if (entries.length === 0) throw new Error('The Vite manifest has no entry chunk');
  /** @type {Set<string>} */
  const seen = new Set();
  /** @type {Set<string>} */
  const files = new Set();
  const queue = [...entries];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The Vite manifest imports ${key}, which it does not list`);
    files.add(chunk.file);
    queue.push(...(chunk.imports ?? []));
  }
  return files;
}

/**
 * @param {string} outDir
 * @returns {string[]} every `.js` file under `outDir`, relative, with `/` separators
 */
function jsFiles(outDir) {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * @param {string} outDir a Vite output folder built with `manifest: true`
 * @returns {Sizes}
 */
export function measureSizes(outDir) {
  const manifest = readManifest(outDir);
  const firstScreen = firstScreenFiles(manifest);
  const messages = messageChunks(manifest);
  const all = jsFiles(outDir);
  for (const file of firstScreen) {
    if (!file.endsWith('.js')) throw new Error(`First-screen chunk ${file} is not a .js file`);
    if (!all.includes(file)) throw new Error(`First-screen chunk ${file} is not in ${outDir}`);
  }
  const files = all
    .map((file) => {
      const buffer = readFileSync(join(outDir, file));
      return {
        file,
        bytes: buffer.length,
        gzip: gzipBytes(buffer),
        firstScreen: firstScreen.has(file),
        lang: messages.get(file)?.lang ?? null,
        langFirst: messages.get(file)?.first ?? false,
      };
    })
    .sort((a, b) => b.gzip - a.gzip || a.file.localeCompare(b.file));
  const sum = (/** @type {JsFile[]} */ list) => list.reduce((total, f) => total + f.gzip, 0);
  const langs = [...new Set([...messages.values()].map((chunk) => chunk.lang))].sort();
  /** @type {Record<string, LangSizes>} */
  const byLang = {};
  for (const lang of langs) {
    const mine = files.filter((f) => f.lang === null || f.lang === lang);
    byLang[lang] = {
      firstScreen: sum(mine.filter((f) => f.firstScreen || f.langFirst)),
      all: sum(mine),
      words: sum(mine.filter((f) => f.lang === lang)),
    };
  }
  return {
    firstScreen: sum(files.filter((f) => f.firstScreen)),
    all: sum(files),
    code: sum(files.filter((f) => f.lang === null)),
    files,
    byLang,
  };
}
