/**
 * The build's static images and link previews (a Vite plugin, build only, no browser):
 *
 * - `preview/<lang>/<preset>.png` (1200 × 630) and `.svg` for every preset and language, made by
 *   src/preview/render-previews.tsx: the page's Open Graph / Twitter card image, the picture a
 *   reader without JavaScript gets, and the builder's "static image" embed;
 * - `preview/<lang>/<preset>.html`: a small page per preset and language with that preset's own
 *   card tags, which sends a reader on to the calculator with that preset. A static host cannot
 *   vary `<meta>` by query string, so a link meant to preview one statement points at its page;
 * - in `index.html`, the card tags of the default statement and, for readers without
 *   JavaScript, its image with a link.
 *
 * `SITE_URL` (the address the site will be served from, e.g. `https://example.org/graphics/shell-count/`)
 * makes the tags' addresses absolute, as Open Graph asks, and is written on the images; without
 * it they are relative, which most previewers resolve, and the images show the query alone.
 */
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { statementSplit } from './vite/statement-split.ts';
import type { Preview } from '../src/preview/render-previews';

const RENDERER = fileURLToPath(new URL('../src/preview/render-previews.tsx', import.meta.url));

/** Text made safe in a double-quoted attribute or between tags. */
function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** SITE_URL with its trailing slash, or '' when unset or not an http(s) address. */
function siteUrlOf(raw: string | undefined): string {
  if (!raw) return '';
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    url.search = '';
    url.hash = '';
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    return '';
  }
}

/** The card tags of one preview; `image` and `page` are the addresses to write. */
function cardTags(preview: Preview, image: string, page: string | null): string {
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', 'Shell Count'],
    ['property', 'og:title', preview.title],
    ['property', 'og:description', preview.description],
    ['property', 'og:locale', { en: 'en_US', ko: 'ko_KR', uk: 'uk_UA' }[preview.lang]],
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', '1200'],
    ['property', 'og:image:height', '630'],
    ['property', 'og:image:alt', preview.alt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', preview.alt],
  ];
  if (page !== null) tags.push(['property', 'og:url', page]);
  return tags
    .map(([kind, key, value]) => `<meta ${kind}="${key}" content="${escape(value)}" />`)
    .join('\n    ');
}

/** The picture for readers without JavaScript: the default statement's card, linked. */
function noScript(preview: Preview, image: string): string {
  return (
    `<noscript><p><a href="./${escape(preview.query)}">` +
    `<img class="no-script-picture" src="${escape(image)}" width="600" height="315" ` +
    `alt="${escape(preview.alt)}" /></a></p></noscript>`
  );
}

/** A preset's own page: its card tags, then on to the calculator (no script: a refresh). */
function presetPage(preview: Preview, siteUrl: string, csp: string): string {
  const file = preview.png.split('/').at(-1) ?? '';
  const image = siteUrl === '' ? `./${file}` : `${siteUrl}${preview.png}`;
  const app = `../../${preview.query}`;
  const page = siteUrl === '' ? null : `${siteUrl}${preview.html}`;
  return `<!doctype html>
<html lang="${preview.lang}">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="../../favicon.svg" type="image/svg+xml" />
    <meta name="description" content="${escape(preview.alt)}" />
    <meta http-equiv="refresh" content="0; url=${escape(app)}" />
    <title>${escape(preview.title)}</title>
    ${cardTags(preview, image, page)}
  </head>
  <body>
    <p><a href="${escape(app)}"><img src="./${escape(file)}" width="600" height="315" alt="${escape(preview.alt)}" /></a></p>
    <p><a href="${escape(app)}">${escape(preview.openLabel)}</a></p>
  </body>
</html>
`;
}

/** The plugin; `csp` is the site's Content-Security-Policy, which the preset pages carry too. */
export function staticPreviews(csp: string): Plugin {
  const siteUrl = siteUrlOf(process.env.SITE_URL);
  let previews: Preview[] = [];
  const main = () => {
    const found = previews.find((preview) => preview.isDefault && preview.lang === 'en');
    if (!found) throw new Error('No static image of the default statement');
    return found;
  };
  return {
    name: 'shell-count:static-previews',
    apply: 'build',
    async buildStart() {
      const { module } = await runnerImport<typeof import('../src/preview/render-previews')>(
        RENDERER,
        // The records' words reach the catalogues through the same split as in the page.
        { configFile: false, logLevel: 'warn', plugins: [statementSplit()] },
      );
      previews = module.renderPreviews(siteUrl);
    },
    transformIndexHtml(html) {
      const preview = main();
      const image = `${siteUrl === '' ? './' : siteUrl}${preview.png}`;
      const head = '</head>';
      const marker = '<!-- no-script picture -->';
      if (!html.includes(head) || !html.includes(marker)) {
        throw new Error(`index.html must contain ${head} and ${marker}`);
      }
      return html
        .replace(head, `  ${cardTags(preview, image, siteUrl === '' ? null : siteUrl)}\n  ${head}`)
        .replace(marker, noScript(preview, image));
    },
    generateBundle() {
      for (const preview of previews) {
        this.emitFile({ type: 'asset', fileName: preview.png, source: preview.pngBytes });
        this.emitFile({ type: 'asset', fileName: preview.svg, source: preview.svgText });
        this.emitFile({
          type: 'asset',
          fileName: preview.html,
          source: presetPage(preview, siteUrl, csp),
        });
      }
    },
  };
}
