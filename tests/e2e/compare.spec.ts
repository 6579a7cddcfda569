/**
 * The comparison in a real browser: a link with `compare=` opens with both scenarios side by side
 * (A: the page's June 2024 count, 10,000 × 480 = 4,800,000 shells; B: Shin's February 2024 count,
 * 6,700 × 448 = 3,001,600), B's figures under their own `data-compare-result`, and reloading keeps
 * the comparison. A bad value inside `compare` falls back with a notice naming both keys. A link
 * with a comparison opens the page with its comparison unfolded.
 */
import { axeViolations } from './a11y-helpers';
import { expect, resultValue, test, visibleText } from './fixtures';

const LINK = '/?scenario=shin-2024-06&compare=scenario%3Dshin-2024-02';

test('a link with a comparison shows both totals, and a reload keeps them', async ({
  watchedPage: page,
}) => {
  await page.goto(LINK);
  const section = page.getByRole('region', { name: 'Compare two scenarios' });
  const bTotal = section.locator('[data-compare-result="totalShells"]');
  await expect(bTotal).toHaveAttribute('data-value', '3001600');
  expect(await resultValue(page, 'totalShells')).toBe('4800000');
  // `data-result` stays unique to the page's own figures.
  await expect(page.locator('[data-result="totalShells"]')).toHaveCount(1);
  await expect(section.locator('[data-compare-own="totalShells"]')).toHaveText('4.8 million');
  await expect(bTotal).toHaveText('3.0 million');
  await expect(section.locator('[data-compare-difference="totalShells"]')).toHaveText(
    'vs A: −1.8 million · ×0.63',
  );
  await expect(section.locator('tr[data-differs="true"]')).toHaveCount(3);
  await expect(page.locator('[data-notice]')).toHaveCount(0);
  await expect
    .poll(() => new URL(page.url()).search)
    .toBe('?v=3&scenario=shin-2024-06&compare=scenario%3Dshin-2024-02');

  await page.reload();
  await expect(bTotal).toHaveAttribute('data-value', '3001600');
  expect(await resultValue(page, 'totalShells')).toBe('4800000');

  await section.getByRole('button', { name: 'Swap A and B' }).click();
  await expect(bTotal).toHaveAttribute('data-value', '4800000');
  await expect.poll(() => resultValue(page, 'totalShells')).toBe('3001600');
  await expect.poll(() => new URL(page.url()).search).toBe('?v=3&compare=scenario%3Dshin-2024-06');

  await section.getByRole('button', { name: 'Close the comparison' }).click();
  await expect(section.locator('table')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).search).toBe('');
});

test('a bad value inside the comparison falls back, and the notice names compare and the key', async ({
  watchedPage: page,
}) => {
  await page.goto(`/?compare=${encodeURIComponent('scenario=shin-2024-06&containers=abc')}`);
  const notice = page.locator('[data-notice]');
  await expect(notice).toContainText('“compare: containers” is not a number');
  await expect(page.locator('[data-compare-result="totalShells"]')).toHaveAttribute(
    'data-value',
    '4800000',
  );
  expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);
  await expect.poll(() => new URL(page.url()).search).toBe('?v=3&compare=scenario%3Dshin-2024-06');
});

test('with ranges on both sides, B is sampled and shows its median and 90% range', async ({
  watchedPage: page,
}) => {
  const inner = encodeURIComponent('scenario=shin-2024-06&containers=6700..13000');
  await page.goto(`/?containers=6700..13000&compare=${inner}`);
  const bTotal = page.locator('[data-compare-result="totalShells"]');
  // The worker starts and samples 10,000 draws: give a busy machine time.
  await expect(bTotal).toHaveAttribute('data-low', /^\d/, { timeout: 20_000 });
  const [low, median, high] = await Promise.all(
    ['data-low', 'data-value', 'data-high'].map(async (name) =>
      Number(await bTotal.getAttribute(name)),
    ),
  );
  // Median ≈ √(6,700 × 13,000) × 480 ≈ 4.48 million, within the sampling's 1%.
  expect(Math.abs((median ?? 0) / (Math.sqrt(6_700 * 13_000) * 480) - 1)).toBeLessThan(0.01);
  expect(low).toBeLessThan(median ?? 0);
  expect(high).toBeGreaterThan(median ?? 0);
  await expect(bTotal).toContainText('90% range');
});

test('on a phone the table fits the screen', async ({ watchedPage: page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(LINK);
  const table = page.locator('.compare-table');
  await expect(table).toBeVisible();
  const fits = await page.evaluate(() => {
    const scroller = document.querySelector('.compare-scroll');
    return scroller ? scroller.scrollWidth <= scroller.clientWidth + 1 : false;
  });
  expect(fits).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('the open comparison has no axe violations, light and dark, in Ukrainian', async ({
  watchedPage: page,
}) => {
  // Two page loads and two axe runs: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  for (const theme of ['light', 'dark']) {
    await page.goto(`${LINK}&containers=6700..13000&lang=uk&theme=${theme}`);
    const section = page.locator('section.compare');
    await expect(section.locator('[data-compare-result="totalShells"]')).toHaveAttribute(
      'data-value',
      '3001600',
    );
    const violations = await axeViolations(
      page,
      ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'],
      'section.compare',
    );
    expect(violations.map((violation) => `${theme}: ${violation.id}`)).toEqual([]);
  }
});
