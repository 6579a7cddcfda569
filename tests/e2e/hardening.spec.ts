import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { serveHostPage, type HostPage } from './host-server';

/**
 * The page in hard places: under its own Content-Security-Policy, and inside a sandboxed iframe
 * with no storage, no clipboard and an opaque origin.
 */

/** Records every CSP violation the page (or any of its frames) reports. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test.describe('the Content-Security-Policy', () => {
  test('allows only the page’s own origin (and images it makes itself), with no inline script', async ({
    watchedPage: page,
  }) => {
    await page.goto('/');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).not.toBeNull();
    const directives = new Map(
      (policy ?? '').split(';').map((part) => {
        const [name = '', ...values] = part.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // A chart's PNG is its SVG drawn through a `blob:` image the page made: images only.
    expect(directives.get('img-src')).toEqual(["'self'", 'blob:']);
    const others = [...directives].filter(([name]) => name !== 'img-src');
    expect(others.flatMap(([, values]) => values).join(' ')).not.toMatch(/blob:/);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:|data:/);
  });

  test('the calculator works under it with no violation', async ({ watchedPage: page }) => {
    const violations = await recordViolations(page);
    await page.goto('/?containers=9000');
    await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(9000 * 448),
    );
    await page.locator('input[name="daily"]').fill('20000');
    await expect(page.locator('[data-result="daysOfFire"]')).toHaveAttribute(
      'data-value',
      String((9000 * 448) / 20000),
    );
    await expect(page.locator('.recharts-surface')).toBeVisible();
    await page.getByText('The chart’s figures as a table').click();
    await expect(page.getByRole('table').first()).toBeVisible();
    // The chart's PNG, drawn through a blob: image, is within the policy.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the timeline as PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('shell-count-timeline.png');
    expect(await violations()).toEqual([]);
  });

  test('is really enforced: an injected inline script does not run', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/');
    await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute('data-value', /\d/);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(await violations()).toEqual([expect.stringMatching(/^script-src/)]);
  });
});

/** An article on another origin that embeds the app in a sandboxed iframe (no allow-same-origin). */
async function sandboxedEmbed(
  page: Page,
  appUrl: string,
): Promise<{ frame: Frame; host: HostPage }> {
  const host =
    await serveHostPage(`<!doctype html><html lang="en"><head><title>An article</title></head><body>
    <p>An article paragraph.</p>
    <iframe title="Shell Count" sandbox="allow-scripts" src="${appUrl}"
      style="width: 100%; height: 900px; border: 0"></iframe>
  </body></html>`);
  await page.goto(host.url);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  if (!frame) throw new Error('the iframe did not load');
  return { frame, host };
}

test.describe('inside a sandboxed iframe without storage or clipboard', () => {
  test('computes, takes typing and shows the chart, with no error', async ({ page, baseURL }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    const { frame, host } = await sandboxedEmbed(
      page,
      `${baseURL ?? ''}/?embed=1&containers=10000`,
    );
    try {
      // The sandbox is real: the frame's origin is opaque and storage throws.
      expect(await frame.evaluate(() => window.origin)).toBe('null');
      expect(
        await frame.evaluate(() => {
          try {
            return typeof window.localStorage.length;
          } catch {
            return 'blocked';
          }
        }),
      ).toBe('blocked');
      expect(
        await frame.evaluate(async () => {
          try {
            await navigator.clipboard.writeText('x');
            return 'written';
          } catch {
            return 'blocked';
          }
        }),
      ).toBe('blocked');

      const total = frame.locator('[data-result="totalShells"]');
      await expect(total).toHaveAttribute('data-value', String(10_000 * 448));
      // The embed folds its assumptions: open the group first, as a reader would.
      await frame.locator('details.group-fold summary', { hasText: 'What was shipped' }).click();
      const field = frame.locator('input[name="perContainer"]');
      await field.fill('300');
      await expect(total).toHaveAttribute('data-value', String(10_000 * 300));
      await expect(frame.locator('.recharts-surface')).toBeVisible();
      await expect(frame.locator('body')).not.toContainText(/NaN|Infinity|undefined/);
      expect(problems).toEqual([]);
    } finally {
      await host.close();
    }
  });
});

test.describe('when the calculator cannot run at all', () => {
  test.use({ javaScriptEnabled: false });

  test('the box says so and links to the calculator, instead of staying blank', async ({
    page,
  }) => {
    await page.goto('/?embed=1');
    await expect(page.locator('#root')).toContainText('It needs JavaScript');
    await expect(page.getByRole('link', { name: 'open it on its own page' })).toHaveAttribute(
      'href',
      './',
    );
  });
});
