/**
 * The embed code the page offers (CONTRACT §5 and §6), built from plain strings: no DOM, no
 * React, no store, so that it can be checked on its own. Three kinds: the iframe with embed.js
 * (sized in attributes, so that a host whose CSP forbids inline styles keeps it); AMP's
 * `<amp-iframe resizable>`; and the static image with a link, for newsletters, Apple News and
 * print. The preview draws each from the same parts.
 */

/** The iframe's accessible name in English, as screen readers announce the box in an article. */
export const EMBED_TITLE =
  'Shell Count: North Korean shells sent to Russia, in months of Russian fire';

/**
 * The iframe's height in CSS px before `embed.js` fits it to its content, or for good where a site
 * strips scripts: from `min` to `max`, and `initial` where nothing better is known (the builder
 * offers the measured height of the chosen view, `embedViewHeight`).
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

/** The kinds of embed code: the iframe with embed.js, AMP's, and a static image with a link. */
export const EMBED_KINDS = ['iframe', 'amp', 'image'] as const;
export type EmbedKind = (typeof EMBED_KINDS)[number];

interface EmbedSnippetOptions {
  /** The folder the app is served from, ending in `/` (see appBaseOf). */
  appBase: string;
  /** The query of the embedded state, as stringifyQuery writes it (with `embed=1`). */
  search: string;
  /** The iframe's height in CSS px before embed.js fits it; rounded and kept within EMBED_HEIGHT. */
  height: number;
  /** The iframe's accessible name, in the embed's language; EMBED_TITLE when not given. */
  title?: string;
}

/**
 * The code to paste into an article: the iframe marked `data-shell-count`, its size in attributes
 * (a host whose CSP has `style-src 'self'` would block a `style`, and log an error for it), and on
 * the next line the script that sizes it. Every attribute value is escaped.
 * `embedSnippet({ appBase: 'https://a.org/sc/', search: '?v=1&embed=1', height: 1000 })` →
 * `<iframe src="https://a.org/sc/?v=1&amp;embed=1" title="Shell Count: …" loading="lazy"
 * width="100%" height="1000" frameborder="0" data-shell-count></iframe>` + newline +
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
  const script = escapeAttribute(`${appBase}${EMBED_SCRIPT}`);
  return (
    `<iframe src="${src}" title="${title}" loading="lazy" width="100%" ` +
    `height="${String(embedHeight(height))}" frameborder="0" data-shell-count></iframe>\n` +
    `<script src="${script}" async></script>`
  );
}

/** The folder of the static images, beside `index.html`: one PNG and one SVG per preset and language. */
const PREVIEW_FOLDER = 'preview';

/** The static images' size in px: Open Graph's and Twitter's large card. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/**
 * A preset's static image (or its page, with `ext` 'html'), relative to the app's folder:
 * `previewPath('shin-2024-06', 'ko', 'png')` → `'preview/ko/shin-2024-06.png'`.
 */
export function previewPath(scenarioId: string, lang: string, ext: 'png' | 'svg' | 'html'): string {
  return `${PREVIEW_FOLDER}/${lang}/${scenarioId}.${ext}`;
}

/** AMP's sandbox for the frame: scripts, its own origin (AMP resizes only such a frame), new tabs. */
export const AMP_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

interface AmpSnippetOptions extends EmbedSnippetOptions {
  /** The static image shown until the frame has loaded (AMP's placeholder). */
  image: string;
  /** The image's text alternative: the headline in words. */
  alt: string;
  /** The words of the button that lets a reader grow the frame (AMP's overflow element). */
  more: string;
}

/**
 * The AMP code: `<amp-iframe resizable>` at the fallback height with the static image as its
 * placeholder and the overflow button AMP shows when it will not resize the frame by itself. The
 * embed's AMP height message (`embed-size`) does the rest. Every attribute and text escaped.
 */
export function ampSnippet({
  appBase,
  search,
  height,
  title = EMBED_TITLE,
  image,
  alt,
  more,
}: AmpSnippetOptions): string {
  const words = escapeAttribute(more);
  return (
    `<amp-iframe src="${escapeAttribute(embedSource(appBase, search))}" ` +
    `title="${escapeAttribute(title)}" layout="fixed-height" height="${String(embedHeight(height))}" ` +
    `sandbox="${AMP_SANDBOX}" frameborder="0" resizable>\n` +
    `  <amp-img placeholder layout="fill" object-fit="contain" src="${escapeAttribute(image)}" ` +
    `alt="${escapeAttribute(alt)}"></amp-img>\n` +
    `  <div overflow tabindex="0" role="button" aria-label="${words}">${words}</div>\n` +
    `</amp-iframe>`
  );
}

interface ImageSnippetOptions {
  /** The static image's address. */
  image: string;
  /** Its text alternative: the headline in words. */
  alt: string;
  /** Where a click goes: the calculator with these figures. */
  link: string;
}

/**
 * The static image with its text alternative, linked to the calculator: for newsletters, Apple
 * News and print, where no script runs. At half its pixel size, sharp on high-density screens.
 */
export function imageSnippet({ image, alt, link }: ImageSnippetOptions): string {
  const width = String(PREVIEW_SIZE.width / 2);
  const height = String(PREVIEW_SIZE.height / 2);
  return (
    `<a href="${escapeAttribute(link)}"><img src="${escapeAttribute(image)}" ` +
    `width="${width}" height="${height}" alt="${escapeAttribute(alt)}"></a>`
  );
}
