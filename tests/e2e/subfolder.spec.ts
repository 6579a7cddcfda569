import type { BrowserContext, Page } from '@playwright/test';
import {
  expect,
  expectHeightFollowsContent,
  FALLBACK_HEIGHT,
  openArticleOn,
  test,
} from './embed-helpers';
import { serveFolder, type LoopbackServer } from './host-server';

/**
 * The built files published under a folder of a news site, `/graphics/shell-count/`, by a plain
 * static host on 127.0.0.1 (not Vite's preview): every address the page makes (code, styles, the
 * icon, the "Open full calculator" link, the embed code) stays in that folder, and the page's own
 * Content-Security-Policy blocks nothing there.
 */

const FOLDER = '/graphics/shell-count/';
// The folder Playwright's webServer serves: the build under test.
const BUILD = process.env.E2E_OUT_DIR ?? 'dist';

let site: LoopbackServer;

test.beforeAll(async () => {
  site = await serveFolder(BUILD, FOLDER);
});

test.afterAll(async () => {
  await site.close();
});

/** Records every CSP violation in every page of the context, popups included. */
async function recordViolations(
  context: BrowserContext,
): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return (page) =>
    page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** Every request of the context's pages, popups included, and every answer that was not 2xx/3xx. */
function recordRequests(context: BrowserContext): { urls: string[]; failed: string[] } {
  const record = { urls: [] as string[], failed: [] as string[] };
  context.on('request', (request) => record.urls.push(request.url()));
  context.on('response', (response) => {
    if (response.status() >= 400)
      record.failed.push(`${String(response.status())} ${response.url()}`);
  });
  context.on('requestfailed', (request) => record.failed.push(`failed ${request.url()}`));
  return record;
}

/** The requests that went anywhere but this site's folder. */
function outsideFolder(urls: readonly string[]): string[] {
  return urls.filter((url) => {
    const { origin, pathname } = new URL(url);
    return origin !== site.origin || !pathname.startsWith(FOLDER);
  });
}

test('embed.js is published beside the page', async ({ request }) => {
  const script = await request.get(`${site.origin}${FOLDER}embed.js`);
  expect(script.status()).toBe(200);
  expect(script.headers()['content-type']).toMatch(/^text\/javascript/);
  expect(await script.text()).toContain('data-shell-count');
});

test('the page loads from the folder with its results, everything it asks for inside it', async ({
  loopbackPage: page,
  context,
}) => {
  const requests = recordRequests(context);
  const violations = await recordViolations(context);
  await page.goto(`${site.origin}${FOLDER}`);
  await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
    'data-value',
    String(6_700 * 448),
  );
  // The parts that arrive later (another chunk, another style sheet) came from the folder too.
  await expect(page.locator('.recharts-surface').first()).toBeVisible();
  await expect(page.locator('input[name="daily"]')).toBeVisible();
  await page.locator('input[name="daily"]').fill('20000');
  await expect(page.locator('[data-result="daysOfFire"]')).toHaveAttribute(
    'data-value',
    String((6_700 * 448) / 20_000),
  );
  // The address bar keeps the folder.
  await expect.poll(() => new URL(page.url()).pathname).toBe(FOLDER);

  expect(outsideFolder(requests.urls)).toEqual([]);
  expect(requests.urls).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\/graphics\/shell-count\/assets\/index-[\w-]+\.js$/),
      expect.stringMatching(/\/graphics\/shell-count\/assets\/index-[\w-]+\.css$/),
      expect.stringMatching(/\/graphics\/shell-count\/assets\/deferred-parts-[\w-]+\.js$/),
    ]),
  );
  expect(requests.failed).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('a link with a query opens that statement', async ({ loopbackPage: page, context }) => {
  const requests = recordRequests(context);
  const violations = await recordViolations(context);
  await page.goto(`${site.origin}${FOLDER}?scenario=shin-2024-06`);
  // Shin's June 2024 statement: 10,000 containers of 480 shells.
  await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
    'data-value',
    String(10_000 * 480),
  );
  await expect(page.locator('input[name="containers"]')).toHaveValue('10,000');
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await expect
    .poll(() => {
      const url = new URL(page.url());
      return `${url.pathname}${url.search}`;
    })
    .toBe(`${FOLDER}?v=3&scenario=shin-2024-06`);
  expect(outsideFolder(requests.urls)).toEqual([]);
  expect(requests.failed).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the embed’s “Open full calculator” opens the same state in the folder', async ({
  loopbackPage: page,
  context,
}) => {
  const requests = recordRequests(context);
  const violations = await recordViolations(context);
  await page.goto(`${site.origin}${FOLDER}?embed=1&containers=10000`);
  await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
    'data-value',
    String(10_000 * 448),
  );
  const link = page.getByRole('link', { name: 'Open full calculator' });
  expect(await link.evaluate((anchor: HTMLAnchorElement) => anchor.href)).toBe(
    `${site.origin}${FOLDER}?v=3&containers=10000`,
  );

  const [full] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  const problems: string[] = [];
  full.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  full.on('pageerror', (error) => problems.push(error.message));
  await expect(full.locator('[data-result="totalShells"]')).toHaveAttribute(
    'data-value',
    String(10_000 * 448),
  );
  // The full page, not the embed: its heading and its list of statements.
  await expect(full.getByRole('heading', { level: 1 })).toContainText('How many shells');
  await expect(full.locator('.page-embed')).toHaveCount(0);
  await expect(full.locator('.recharts-surface').first()).toBeVisible();
  expect(new URL(full.url()).pathname).toBe(FOLDER);

  expect(outsideFolder(requests.urls)).toEqual([]);
  expect(requests.failed).toEqual([]);
  expect(problems).toEqual([]);
  expect(await violations(page)).toEqual([]);
  expect(await violations(full)).toEqual([]);
});

test('embedded from the folder in an article on another origin, it sizes itself', async ({
  loopbackPage: page,
}) => {
  const requests = recordRequests(page.context());
  const { frame, host } = await openArticleOn(page, { appBase: `${site.origin}${FOLDER}` });
  try {
    expect(await expectHeightFollowsContent(page, frame)).not.toBe(FALLBACK_HEIGHT);
    await expect(page.locator('#figure')).toHaveText((6_700 * 448).toLocaleString('en-US'));
    // The article's own requests aside, everything came from the folder, embed.js included.
    const fromArticle = (url: string) => new URL(url).origin === host.origin;
    expect(outsideFolder(requests.urls.filter((url) => !fromArticle(url)))).toEqual([]);
    expect(requests.urls).toContain(`${site.origin}${FOLDER}embed.js`);
    expect(requests.failed).toEqual([]);
  } finally {
    await host.close();
  }
});

test('the page’s own embed code points to the folder, and works in an article', async ({
  loopbackPage: page,
}) => {
  await page.goto(`${site.origin}${FOLDER}?scenario=shin-2024-06`);
  const textarea = page.locator('textarea[name="embed-code"]');
  await expect(textarea).toHaveValue(
    new RegExp(`^<iframe src="${escape(`${site.origin}${FOLDER}`)}\\?[^"]*embed=1`),
  );
  await expect(textarea).toHaveValue(
    new RegExp(`<script src="${escape(`${site.origin}${FOLDER}embed.js`)}" async></script>$`),
  );

  const code = await textarea.inputValue();
  const { frame, host } = await openArticleOn(page, { appBase: `${site.origin}${FOLDER}`, code });
  try {
    await expect(frame.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(10_000 * 480),
    );
    expect(await expectHeightFollowsContent(page, frame)).not.toBe(FALLBACK_HEIGHT);
  } finally {
    await host.close();
  }
});

/** `text` as a regular expression that matches exactly it. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
