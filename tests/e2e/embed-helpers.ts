import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { EMBED_HEIGHT, embedSnippet } from '../../src/features/share/embed-code';
import { serveHostPages, type LoopbackServer } from './host-server';

/**
 * A news article that embeds the calculator with the embed code the app offers (CONTRACT §5), on
 * 127.0.0.1 while the app is on localhost: two origins, both loopback.
 */

/** The snippet's fallback height: the one the app offers. */
export const FALLBACK_HEIGHT = EMBED_HEIGHT.initial;

/** The selector of the embedded calculator's iframe on the article. */
const EMBED = 'iframe[data-shell-count]';

/** What the article's own script saw: every message, and whether the embed's window sent it. */
export interface SeenMessage {
  fromEmbed: boolean;
  data: unknown;
}

/** The article's window, with the record its script keeps. */
interface ArticleWindow extends Window {
  __messages: SeenMessage[];
}

/**
 * The article: a heading, two paragraphs, the embed code, a paragraph after it, and a live figure
 * that a small script of the article's own keeps equal to the embed's `totalShells`. The same
 * script records every message the article receives, from before the iframe exists.
 */
function articleHtml(snippet: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>How long do North Korea’s shells last? – The Loopback Times</title>
    <style>
      body { font: 18px/1.5 Georgia, serif; max-width: 70rem; margin: 0 auto; padding: 0 1rem; }
    </style>
    <script>
      window.__messages = [];
      window.addEventListener('message', function (event) {
        var frame = document.querySelector('${EMBED}');
        var fromEmbed = !!frame && event.source === frame.contentWindow;
        window.__messages.push({ fromEmbed: fromEmbed, data: event.data });
        var data = event.data;
        if (!fromEmbed || !data || data.type !== 'shell-count:results') return;
        var total = data.results && data.results.totalShells;
        if (typeof total === 'number') {
          document.getElementById('figure').textContent = total.toLocaleString('en-US');
        }
      });
    </script>
  </head>
  <body>
    <article>
      <h1>How long do North Korea’s shells last?</h1>
      <p>Seoul says North Korea has shipped thousands of containers of munitions to Russia.</p>
      <p>Change the assumptions below and see what they mean in months of Russian fire.</p>
      ${snippet}
      <p>The figures above are worked out live from the published counts.</p>
      <p>Total: <span id="figure">…</span></p>
    </article>
  </body>
</html>`;
}

export interface Article {
  page: Page;
  /** The article's server (127.0.0.1). */
  host: LoopbackServer;
  /** The calculator's iframe, on the article. */
  iframe: Locator;
  /** The calculator's document. */
  frame: Frame;
}

/**
 * Serves the article with the app's embed code for `search` (the embedded state's query, with
 * `embed=1`, on `appBase`, the app's folder with a trailing slash), opens it and waits for the
 * calculator's first results. `sandbox` adds `sandbox="allow-scripts"` to the iframe, as a
 * cautious site would; `code` is embed code to use instead of the app's for `search`.
 */
export async function openArticleOn(
  page: Page,
  {
    appBase,
    search = '?v=1&embed=1',
    sandbox = false,
    code,
  }: { appBase: string; search?: string; sandbox?: boolean; code?: string },
): Promise<Article> {
  let snippet = code ?? embedSnippet({ appBase, search, height: FALLBACK_HEIGHT });
  if (sandbox) snippet = snippet.replace('<iframe ', '<iframe sandbox="allow-scripts" ');
  const host = await serveHostPages({ '/article.html': articleHtml(snippet) });
  try {
    // Not `load`: that waits for embed.js, which a test may hold back.
    await page.goto(`${host.origin}/article.html`, { waitUntil: 'domcontentloaded' });
    const iframe = page.locator(EMBED);
    const frame = await embedFrame(page);
    await expect(frame.locator('[data-result="totalShells"]')).toHaveAttribute('data-value', /^\d/);
    // The bridge loads after the first figures (its own chunk); its first results message says
    // it listens, so that a test's first `set` is never posted to a page not yet listening.
    await expect
      .poll(async () =>
        (await seenMessages(page)).some(
          (seen) =>
            seen.fromEmbed &&
            typeof seen.data === 'object' &&
            seen.data !== null &&
            (seen.data as { type?: unknown }).type === 'shell-count:results',
        ),
      )
      .toBe(true);
    return { page, host, iframe, frame };
  } catch (error) {
    await host.close();
    throw error;
  }
}

/**
 * The calculator's frame on the article (the only frame there showing `embed=1`), once it has
 * its address: embed.js may give a frame that has not loaded yet a new one (the article's
 * language), and while that navigation replaces the first, Playwright's `contentFrame()` of the
 * element can stay empty.
 */
export async function embedFrame(page: Page): Promise<Frame> {
  const find = () =>
    page
      .frames()
      .find((frame) => frame.parentFrame() === page.mainFrame() && frame.url().includes('embed=1'));
  await expect.poll(() => find() !== undefined, { timeout: 15_000 }).toBe(true);
  const frame = find();
  if (!frame) throw new Error('the embed has no frame');
  return frame;
}

/** Every message the article received, in order. */
export async function seenMessages(page: Page): Promise<SeenMessage[]> {
  return page.evaluate(() => (window as unknown as ArticleWindow).__messages);
}

/** The `results` of every `shell-count:results` message the embed sent the article, in order. */
export async function resultsFromEmbed(page: Page): Promise<Record<string, unknown>[]> {
  return (await seenMessages(page)).flatMap(({ fromEmbed, data }) =>
    fromEmbed &&
    typeof data === 'object' &&
    data !== null &&
    (data as { type?: unknown }).type === 'shell-count:results'
      ? [(data as { results: Record<string, unknown> }).results]
      : [],
  );
}

/** Posts `message` from the article to the calculator's window, as a host's script would. */
export async function postToEmbed(page: Page, message: unknown): Promise<void> {
  await page.evaluate(
    ({ selector, data }) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector);
      frame?.contentWindow?.postMessage(data, '*');
    },
    { selector: EMBED, data: message },
  );
}

export interface Heights {
  /** The iframe's height on the article, border included. */
  iframe: number;
  /** The height of the calculator's own document. */
  content: number;
}

export async function measureHeights(page: Page, frame: Frame): Promise<Heights> {
  const iframe = await page.evaluate(
    (selector) => document.querySelector(selector)?.getBoundingClientRect().height ?? -1,
    EMBED,
  );
  const content = await frame.evaluate(
    () => document.documentElement.getBoundingClientRect().height,
  );
  return { iframe, content };
}

/**
 * Waits until the iframe's height has stopped changing and is its content's height, within 2 px,
 * and returns it. The chart is drawn first: it is the last part to arrive.
 */
export async function expectHeightFollowsContent(page: Page, frame: Frame): Promise<number> {
  await expect(frame.locator('.recharts-surface').first()).toBeVisible();
  let previous: Heights | undefined;
  let settled = -1;
  await expect
    .poll(
      async () => {
        const now = await measureHeights(page, frame);
        const stable = previous?.iframe === now.iframe && previous.content === now.content;
        previous = now;
        if (!stable || Math.abs(now.iframe - now.content) > 2) return now;
        settled = now.iframe;
        return 'settled';
      },
      { message: 'the iframe’s height settles on its content’s', intervals: [100, 100, 250] },
    )
    .toBe('settled');
  return settled;
}

/**
 * `loopbackPage`: a page on which any console error or uncaught exception, in the article or in
 * any of its frames, and any request to a host other than 127.0.0.1 or localhost fails the test.
 * `openArticle`: opens an article with the embed on it, and stops its server after the test.
 */
export const test = base.extend<{
  loopbackPage: Page;
  openArticle: (options?: { search?: string; sandbox?: boolean }) => Promise<Article>;
}>({
  loopbackPage: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      problems.push(`uncaught: ${error.message}`);
    });
    page.on('request', (request) => {
      if (!isLoopback(request.url())) problems.push(`request left loopback: ${request.url()}`);
    });
    await use(page);
    expect(problems).toEqual([]);
  },
  openArticle: async ({ loopbackPage, baseURL }, use) => {
    const servers: LoopbackServer[] = [];
    await use(async (options = {}) => {
      const article = await openArticleOn(loopbackPage, {
        appBase: `${baseURL ?? ''}/`,
        ...options,
      });
      servers.push(article.host);
      return article;
    });
    await Promise.all(servers.map((server) => server.close()));
  },
});

/** True for an address on 127.0.0.1 or localhost. */
export function isLoopback(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

export { expect };
