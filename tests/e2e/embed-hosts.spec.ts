import type { Page } from '@playwright/test';
import { embedSnippet } from '../../src/features/share/embed-code';
import { embedViewHeight, TYPICAL_COLUMN_PX } from '../../src/features/share/embed-heights';
import { embedFrame, expect, expectHeightFollowsContent, test } from './embed-helpers';
import { serveHostFiles, type LoopbackServer } from './host-server';

/**
 * The embed on the hosts a newsroom has (CONTRACT §6, "Embed code"): a strict Content-Security-
 * Policy that forbids inline styles and scripts, and an article in Korean read in an English
 * browser. Each article is on 127.0.0.1, the app on localhost; any console error in either
 * document (a CSP violation is one) or a request off loopback fails the test (embed-helpers).
 */

const EMBED = 'iframe[data-shell-count]';

/** The article's own script and styles, as files: the strict host allows nothing inline. */
const RECORDER = `window.__messages = [];
window.addEventListener('message', function (event) {
  var frame = document.querySelector('${EMBED}');
  window.__messages.push({ fromEmbed: !!frame && event.source === frame.contentWindow, data: event.data });
});`;
const ARTICLE_CSS =
  'body { font: 18px/1.5 Georgia, serif; max-width: 40rem; margin: 0 auto; padding: 0 1rem; }';

function article(lang: string, snippet: string): string {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Article</title>
    <link rel="stylesheet" href="/article.css" />
    <script src="/record.js"></script>
  </head>
  <body>
    <article>
      <h1>North Korea’s shells</h1>
      <p>Paragraph before the box.</p>
      ${snippet}
      <p>Paragraph after the box.</p>
    </article>
  </body>
</html>`;
}

interface Host {
  server: LoopbackServer;
  url: string;
}

/** Serves an article with `snippet`; `csp` is sent as the article's Content-Security-Policy. */
async function serveArticle(
  lang: string,
  snippet: string,
  csp?: (appOrigin: string) => string,
  appOrigin = '',
): Promise<Host> {
  const headers: Record<string, string> = csp ? { 'Content-Security-Policy': csp(appOrigin) } : {};
  const server = await serveHostFiles({
    '/article.html': { body: article(lang, snippet), type: 'text/html; charset=utf-8', headers },
    '/record.js': { body: RECORDER, type: 'text/javascript' },
    '/article.css': { body: ARTICLE_CSS, type: 'text/css' },
  });
  return { server, url: `${server.origin}/article.html` };
}

async function openFrame(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return frameOf(page);
}

/** The embed's frame, once its first results are in. */
async function frameOf(page: Page) {
  const frame = await embedFrame(page);
  await expect(frame.locator('[data-result="totalShells"]')).toHaveAttribute('data-value', /^\d/);
  return frame;
}

test('on a host whose CSP forbids inline styles, the box is the column’s width and its content’s height', async ({
  loopbackPage: page,
  baseURL,
}) => {
  const appOrigin = new URL(baseURL ?? '').origin;
  const snippet = embedSnippet({ appBase: `${appOrigin}/`, search: '?v=3&embed=1', height: 1300 });
  const host = await serveArticle(
    'en',
    snippet,
    (app) => `default-src 'self'; script-src 'self' ${app}; frame-src ${app}`,
    appOrigin,
  );
  try {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    for (const width of [375, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      const frame = await openFrame(page, host.url);
      const column = await page.locator('article').evaluate((node) => node.clientWidth);
      const box = await page.locator(EMBED).boundingBox();
      // No border, no default 300 px: exactly the column.
      expect(box?.width).toBe(column);
      const height = await expectHeightFollowsContent(page, frame);
      expect(height).not.toBe(1300);
    }
    expect(violations).toEqual([]);
  } finally {
    await host.server.close();
  }
});

test.describe('following the article’s language', () => {
  test('a Korean article in an English browser shows Korean, with a Korean title', async ({
    loopbackPage: page,
    baseURL,
  }) => {
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const snippet = embedSnippet({
      appBase: `${baseURL ?? ''}/`,
      search: '?v=3&embed=1',
      height: 1300,
    });
    // Far below the fold: the lazy frame loads after embed.js has run, in the article's language.
    const host = await serveArticle(
      'ko-KR',
      snippet.replace('<iframe ', '<div style="height: 12000px"></div><iframe '),
    );
    try {
      await page.goto(host.url);
      // embed.js has run (it asked the frame for its height) before the frame is scrolled to.
      await expect
        .poll(() => page.evaluate(() => '__shellCountEmbed' in window), { timeout: 15_000 })
        .toBe(true);
      await page.locator(EMBED).scrollIntoViewIfNeeded();
      const frame = await frameOf(page);
      await expect(frame.locator('html')).toHaveAttribute('lang', 'ko');
      expect(new URL(frame.url()).hash).toBe('#article-lang=ko-KR');
      await expect(page.locator(EMBED)).toHaveAttribute(
        'title',
        '셸 카운트: 북한이 러시아에 보낸 포탄을 러시아군 포격 개월 수로',
      );
      await expect(frame.getByRole('link', { name: '전체 계산기 열기' })).toHaveAttribute(
        'href',
        /lang=ko/,
      );
    } finally {
      await host.server.close();
    }
  });

  test('a frame that loaded before embed.js hears the language in a message', async ({
    loopbackPage: page,
    baseURL,
  }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/embed.js', async (route) => {
      await held;
      await route.continue();
    });
    const snippet = embedSnippet({
      appBase: `${baseURL ?? ''}/`,
      search: '?v=3&embed=1',
      height: 1300,
    });
    const host = await serveArticle('uk', snippet);
    try {
      const frame = await openFrame(page, host.url);
      await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
      release();
      await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
      // Loaded, the frame was not navigated again.
      expect(new URL(frame.url()).hash).toBe('');
      await expect(page.locator(EMBED)).toHaveAttribute('title', /^Лічильник снарядів/);
    } finally {
      await host.server.close();
    }
  });

  test('a language the app does not have falls back to the browser’s', async ({
    loopbackPage: page,
    baseURL,
  }) => {
    const snippet = embedSnippet({
      appBase: `${baseURL ?? ''}/`,
      search: '?v=3&embed=1',
      height: 1300,
    });
    const host = await serveArticle('de', snippet);
    try {
      const frame = await openFrame(page, host.url);
      await expect(frame.locator('html')).toHaveAttribute('lang', 'en');
      await expect(frame.locator('[data-notice]')).toHaveCount(0);
    } finally {
      await host.server.close();
    }
  });
});

test('the builder’s first height is the settled height of the view at 640 px, within 24 px', async ({
  loopbackPage: page,
}) => {
  await page.setViewportSize({ width: TYPICAL_COLUMN_PX, height: 900 });
  for (const lang of ['en', 'ko', 'uk'] as const) {
    for (const ranged of [false, true]) {
      await page.goto(`/?${ranged ? 'containers=6700..13000&' : ''}lang=${lang}&embed=1`);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute('data-value', /\d/);
      await expect
        .poll(() =>
          page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
        )
        .toBeGreaterThan(embedViewHeight(lang, ranged) - 24);
      const height = await page.evaluate(() =>
        Math.ceil(document.documentElement.getBoundingClientRect().height),
      );
      expect(
        Math.abs(height - embedViewHeight(lang, ranged)),
        `${lang}, ranges ${String(ranged)}`,
      ).toBeLessThanOrEqual(24);
    }
  }
});

test('at 280 px with ranges on, nothing sticks out of the box', async ({ loopbackPage: page }) => {
  await page.setViewportSize({ width: 280, height: 900 });
  await page.goto('/?containers=6700..13000&perContainer=266..480&daily=8000..12000&embed=1');
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  for (const fold of await page.locator('details.group-fold > summary').all()) await fold.click();
  const outside = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.page-embed *')]
      .filter((node) => !node.closest('svg, .table-scroll'))
      .filter((node) => node.getBoundingClientRect().right > width + 0.5)
      .map((node) => `${node.tagName}.${node.className}`);
  });
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(280);
});
