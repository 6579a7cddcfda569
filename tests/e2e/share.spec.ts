import type { Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { CONTRACT_RESULT_KEYS } from '../contract-defaults';
import { embedViewHeight } from '../../src/features/share/embed-heights';

/**
 * The Share section in Chromium: "Copy link" puts on the clipboard a link that reproduces every
 * figure; where there is no clipboard the link is selected instead, with a word on how to copy it;
 * the embed code follows its options; and the preview draws the embedded calculator under the
 * page's own Content-Security-Policy.
 */

const RESULT_KEYS = CONTRACT_RESULT_KEYS;

/**
 * Every result's `data-value` (null where the page shows a reason), by key, for the results the
 * view shows (the embedded view leaves some of them out).
 */
async function resultValues(scope: Page | Frame): Promise<Record<string, string | null>> {
  await expect(scope.locator('[data-result="totalShells"]')).toHaveAttribute('data-value', /\d/);
  const values: Record<string, string | null> = {};
  for (const key of RESULT_KEYS) {
    const figure = scope.locator(`[data-result="${key}"]`);
    if ((await figure.count()) === 0) continue;
    values[key] = await figure.getAttribute('data-value');
  }
  return values;
}

/** Records every CSP violation the page and its frames report. */
async function recordViolations(page: Page): Promise<(frame?: Frame) => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return (frame) =>
    (frame ?? page).evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

function shareSection(page: Page) {
  return page.getByRole('region', { name: 'Share' });
}

test.describe('copying the link', () => {
  test('copies a link that reproduces the same figures', async ({
    watchedPage: page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL ?? 'http://localhost:4173').origin,
    });
    await page.goto('/?scenario=shin-2024-06#share');
    await page.locator('input[name="daily"]').fill('20000');
    await page.locator('input[name="usable"]').fill('80');
    await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(4_800_000 * 0.8),
    );
    // The detail results load after the headline and follow typing a moment later: wait for the
    // last one to catch up (275 days from 2023-09-13 to 2024-06-14, in the app's order of work).
    const coverage = String(((4_800_000 * 0.8) / 275 / 20_000) * 100);
    await expect(page.locator('[data-result="dailyCoverage"]')).toHaveAttribute(
      'data-value',
      coverage,
    );
    const expected = await resultValues(page);

    const section = shareSection(page);
    const link = section.getByRole('textbox', { name: 'Link to this view' });
    await expect(link).toHaveValue(/usable=80/);
    await section.getByRole('button', { name: 'Copy link' }).click();
    await expect(section.getByRole('status').first()).toHaveText('Link copied');

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await link.inputValue());
    expect(copied).toBe(
      `${new URL(page.url()).origin}/?v=3&scenario=shin-2024-06&usable=80&daily=20000`,
    );

    const reader = await context.newPage();
    await reader.goto(copied);
    await expect(reader.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      expected.totalShells ?? '',
    );
    await expect(reader.locator('[data-result="dailyCoverage"]')).toHaveAttribute(
      'data-value',
      coverage,
    );
    expect(await resultValues(reader)).toEqual(expected);
    await reader.close();
  });

  test('where there is no clipboard, selects the link and says how to copy it', async ({
    watchedPage: page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
    });
    await page.goto('/?containers=9000#share');
    const section = shareSection(page);
    await section.getByRole('button', { name: 'Copy link' }).click();
    await expect(section.getByRole('status').first()).toHaveText(/Press Ctrl\+C \(⌘C\) to copy/);
    const link = section.getByRole('textbox', { name: 'Link to this view' });
    await expect(link).toBeFocused();
    const selected = await link.evaluate((input: HTMLInputElement) =>
      input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0),
    );
    expect(selected).toBe(await link.inputValue());
    expect(selected).toMatch(/\?v=3&containers=9000$/);
  });
});

test.describe('the embed code', () => {
  test('follows the language, theme and height chosen', async ({ watchedPage: page }) => {
    await page.goto('/?scenario=shin-2024-06#share');
    const section = shareSection(page);
    const code = section.getByRole('textbox', { name: 'Embed code' });
    const origin = new URL(page.url()).origin;
    await expect(code).toHaveValue(
      `<iframe src="${origin}/?v=3&amp;scenario=shin-2024-06&amp;embed=1" ` +
        'title="Shell Count: North Korean shells sent to Russia, in months of Russian fire" ' +
        `loading="lazy" width="100%" height="${String(embedViewHeight('en', false))}" frameborder="0" data-shell-count></iframe>\n` +
        `<script src="${origin}/embed.js" async></script>`,
    );

    await section.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await section.getByRole('combobox', { name: 'Colours' }).selectOption('dark');
    await expect(code).toHaveValue(
      /\?v=3&amp;scenario=shin-2024-06&amp;lang=ko&amp;theme=dark&amp;embed=1"/,
    );

    const height = section.getByRole('spinbutton', { name: 'Initial height' });
    await height.fill('1400');
    await expect(code).toHaveValue(/ height="1400" /);
    await height.fill('99');
    await expect(
      section.getByText(/Enter a whole number of pixels from 300 to 3,000/),
    ).toBeVisible();
    await expect(height).toHaveAttribute('aria-invalid', 'true');
    await expect(code).toHaveValue(/ height="1400" /);

    // The rest of the page moves the code too.
    await page.locator('input[name="daily"]').fill('20000');
    await expect(code).toHaveValue(/&amp;daily=20000&amp;lang=ko/);
  });

  test('the preview draws the embedded calculator, under the page’s policy', async ({
    watchedPage: page,
  }) => {
    const violations = await recordViolations(page);
    await page.goto('/?scenario=shin-2024-06&containers=11000#share');
    const expected = await resultValues(page);
    const section = shareSection(page);
    await section.getByRole('spinbutton', { name: 'Initial height' }).fill('900');
    await section.getByText('Preview the embed').click();

    const frameElement = section.locator('iframe[data-shell-count]');
    await frameElement.scrollIntoViewIfNeeded();
    await expect(frameElement).toHaveAttribute(
      'title',
      'Shell Count: North Korean shells sent to Russia, in months of Russian fire',
    );
    await expect(frameElement).toHaveAttribute('loading', 'lazy');
    expect(await frameElement.evaluate((frame) => frame.getBoundingClientRect().height)).toBe(900);

    const embedded = page.frameLocator('iframe[data-shell-count]');
    // The June 2024 statement counts 480 shells a container.
    await expect(embedded.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(11_000 * 480),
    );
    await expect(embedded.getByRole('link', { name: 'Open full calculator' })).toBeVisible();
    const frame = page.frames().find((candidate) => candidate.url().includes('embed=1'));
    if (!frame) throw new Error('the preview frame did not load');
    const shown = await resultValues(frame);
    expect(Object.keys(shown)).toEqual(
      expect.arrayContaining(['totalShells', 'monthsOfFire', 'lastsUntil']),
    );
    for (const [key, value] of Object.entries(shown)) expect(value, key).toBe(expected[key]);

    expect(await violations()).toEqual([]);
    expect(await violations(frame)).toEqual([]);
  });
});

test.describe('copying the sentence', () => {
  for (const { query, region, button, copiedText, figures } of [
    {
      query: '/?scenario=shin-2024-06',
      region: 'Share',
      button: 'Copy sentence',
      copiedText: 'Sentence copied',
      // 10,000 × 480 = 4.8 million; 480 days = 15.77 months.
      figures: [
        'at least 10,000 containers could hold as many as 4\\.8 million shells \\(480 a container, our division\\)\\. That is some 16 months',
        '\\(RUSI and NATO, early 2024\\)',
      ],
    },
    {
      query: '/?scenario=shin-2024-06&lang=ko',
      region: '공유',
      button: '문장 복사',
      copiedText: '문장을 복사했습니다',
      figures: ['컨테이너 최소 10,000개에 포탄 최대 480만 발을 담을 수 있음', '약 16개월 동안'],
    },
    {
      query: '/?containers=6700..13000',
      region: 'Share',
      button: 'Copy sentence',
      copiedText: 'Sentence copied',
      // The sampled 90% interval of 6,700..13,000 × 448.
      figures: [
        'would hold between 3\\.0 million and 5\\.8 million shells \\(our calculation\\): some 10 to 19 months',
      ],
    },
  ]) {
    test(`copies a sentence with the rounded total and the page's link: ${query}`, async ({
      watchedPage: page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(baseURL ?? 'http://localhost:4173').origin,
      });
      // A link to the share section opens the page there.
      await page.goto(`${query}#share`);
      await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute('data-value', /\d/);
      const section = page.getByRole('region', { name: region });
      const sentence = section.locator('textarea[name="share-sentence"]');
      await expect(sentence).toHaveValue(new RegExp(figures[0] ?? ''));
      await section.getByRole('button', { name: button }).click();
      await expect(section.getByRole('status').filter({ hasText: copiedText })).toBeVisible();

      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const permalink = new URL(page.url());
      permalink.searchParams.delete('embed');
      // The sentence's link opens at the top, as the share link does unless told otherwise.
      permalink.hash = '';
      expect(copied).toBe(await sentence.inputValue());
      expect(copied.endsWith(` ${permalink.href}`)).toBe(true);
      for (const figure of figures) expect(copied).toMatch(new RegExp(figure));
    });
  }
});
