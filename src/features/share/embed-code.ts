/**
 * The embed code the page offers (CONTRACT §5), built from plain strings: no DOM, no React, no
 * store, so that it can be checked on its own. The preview draws its iframe from the same parts.
 */

/** The iframe's accessible name in English, as screen readers announce the box in an article. */
export const EMBED_TITLE =
  'Shell Count: North Korean shells sent to Russia, in months of Russian fire';

/**
 * The iframe's height in CSS px before `embed.js` fits it to its content, or for good where a site
 * strips scripts. `initial` is about the embedded view's own height in an article column
 * (measured: 1,285 px at 800 px wide and more, 1,376 at 600, 1,681 at 375): a box a little short
 * scrolls inside, one too tall leaves a gap.
 */
export const EMBED_HEIGHT = { min: 300, max: 3000, initial: 1300 } as const;

/** The host-page script beside the app's `index.html`. */
const EMBED_SCRIPT = 'embed.js';

/** Text made safe inside a double-quoted HTML attribute: `a&b"<c>` → `a&amp;b&quot;&lt;c&gt;`. */
export function escapeAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The folder the app is served from, with its trailing slash:
 * `appBaseOf('https://example.org/graphics/shell-count/index.html?v=1#x')` →
 * `'https://example.org/graphics/shell-count/'`.
 */
export function appBaseOf(href: string): string {
  return new URL('./', href).href;
}

/** The page's own address without query or hash: `'https://a.org/x/?v=1#y'` → `'https://a.org/x/'`. */
export function pageAddressOf(href: string): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A height the code can carry: a whole number of px within EMBED_HEIGHT, else the nearest one. */
export function embedHeight(height: number): number {
  if (!Number.isFinite(height)) return EMBED_HEIGHT.initial;
  return Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, Math.round(height)));
}

/** The iframe's address: the app's folder and a query (`?` optional): `('https://a.org/x/', 'v=1')` → `'https://a.org/x/?v=1'`. */
export function embedSource(appBase: string, search: string): string {
  if (search === '' || search === '?') return appBase;
  return `${appBase}${search.startsWith('?') ? search : `?${search}`}`;
}

/** The iframe's inline style: `'width: 100%; height: 1000px; border: 0;'`. */
function embedStyle(height: number): string {
  return `width: 100%; height: ${embedHeight(height)}px; border: 0;`;
}

interface EmbedSnippetOptions {
  /** The folder the app is served from, ending in `/` (see appBaseOf). */
  appBase: string;
  /** The query of the embedded state, as stringifyQuery writes it (with `embed=1`). */
  search: string;
  /** The iframe's height in CSS px before embed.js fits it; rounded and kept within EMBED_HEIGHT. */
  height: number;
  /** The iframe's accessible name, in the page's language; EMBED_TITLE when not given. */
  title?: string;
}

/**
 * The code to paste into an article: the iframe marked `data-shell-count` and, on the next line,
 * the script that sizes it. Every attribute value is escaped.
 * `embedSnippet({ appBase: 'https://a.org/sc/', search: '?v=1&embed=1', height: 1000 })` →
 * `<iframe src="https://a.org/sc/?v=1&amp;embed=1" title="Shell Count: …" loading="lazy"
 * style="width: 100%; height: 1000px; border: 0;" data-shell-count></iframe>` + newline +
 * `<script src="https://a.org/sc/embed.js" async></script>`.
 */
export function embedSnippet({
  appBase,
  search,
  height,
  title: name = EMBED_TITLE,
}: EmbedSnippetOptions): string {
  const src = escapeAttribute(embedSource(appBase, search));
  const title = escapeAttribute(name);
  const style = escapeAttribute(embedStyle(height));
  const script = escapeAttribute(`${appBase}${EMBED_SCRIPT}`);
  return (
    `<iframe src="${src}" title="${title}" loading="lazy" style="${style}" data-shell-count></iframe>\n` +
    `<script src="${script}" async></script>`
  );
}
