import { expect, resultValue, test, visibleText } from './fixtures';

test.describe('the calculator in Chromium', () => {
  test('the default page shows 3,001,600 shells and the contract worked example', async ({
    watchedPage: page,
  }) => {
    await page.goto('/');
    const total = page.locator('[data-result="totalShells"]');
    await expect(total).toHaveAttribute('data-value', '3001600');
    await expect(total).toContainText('3.0 million');
    await expect(page.locator('[data-result="deliveryDays"]')).toHaveAttribute('data-value', '166');
    expect(await resultValue(page, 'lastsUntil')).toBe('2024-07-09');
    await expect(page.locator('[data-result="massPerContainerKg"]')).toHaveAttribute(
      'data-value',
      '19514.88',
    );
    await expect(page.locator('[data-result="plausible"]')).toHaveAttribute('data-value', 'true');
    expect(Number(await resultValue(page, 'monthsOfFire'))).toBeCloseTo(9.8617, 4);
    // The default state writes nothing into the address bar.
    expect(new URL(page.url()).search).toBe('');
  });

  test('the June 2024 statement shows 4.8 million', async ({ watchedPage: page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: /Jun 2024/ }).click();
    const total = page.locator('[data-result="totalShells"]');
    await expect(total).toHaveAttribute('data-value', '4800000');
    await expect(total).toContainText('4.8 million');
    await expect(page).toHaveURL(/\?v=3&scenario=shin-2024-06$/);
  });

  test('typing updates the results and the address bar, and a reload reproduces them', async ({
    watchedPage: page,
  }) => {
    await page.goto('/');
    const containers = page.locator('input[name="containers"]');
    await containers.fill('');
    await containers.pressSequentially('12000');
    await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(12_000 * 448),
    );
    await page.locator('input[name="daily"]').fill('20000');
    await expect(page).toHaveURL(/containers=12000/);
    await expect(page).toHaveURL(/daily=20000/);
    await expect(page.getByText(/Modified/)).toBeVisible();

    await page.reload();
    await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(12_000 * 448),
    );
    // 5,376,000 shells at 20,000 a day = 268.8 days.
    expect(await resultValue(page, 'daysOfFire')).toBe('268.8');
    await expect(page.locator('input[name="containers"]')).toHaveValue('12,000');
    await expect(page.locator('[data-notice]')).toHaveCount(0);
  });

  test('a bad value in a field is explained beside it and the last good results stay', async ({
    watchedPage: page,
  }) => {
    await page.goto('/');
    const perContainer = page.locator('input[name="perContainer"]');
    await perContainer.fill('abc');
    await expect(perContainer).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Not a number/)).toBeVisible();
    await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      '3001600',
    );
    // The dates are folded to their values under the assumptions: one click opens them.
    await page
      .locator('details.group-fold', { has: page.locator('input[name="end"]') })
      .locator('> summary')
      .click();
    await page.locator('input[name="end"]').fill('2020-01-01');
    await expect(page.getByText(/Must be after the first delivery/)).toBeVisible();
    await expect(page.locator('[data-result="deliveryDays"]')).toHaveAttribute('data-value', '166');
    expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('a hostile URL shows a notice naming every bad key and no NaN', async ({
    watchedPage: page,
  }) => {
    const hostile =
      '/?containers=abc&perContainer=-40&daily=1e400&start=2023-02-30&end=2019-01-01' +
      '&share=NaN&usable=Infinity&foo=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=purple&lang=xx';
    await page.goto(hostile);
    const notice = page.locator('[data-notice]');
    await expect(notice).toBeVisible();
    for (const key of [
      'containers',
      'perContainer',
      'daily',
      'start',
      'end',
      'share',
      'usable',
      'foo',
      'theme',
      'lang',
    ]) {
      await expect(notice).toContainText(key);
    }
    // Malformed → default, out of range → nearest bound (CONTRACT §3).
    expect(await resultValue(page, 'totalShells')).toBe('0'); // perContainer clamped to 0
    await expect(page.locator('input[name="daily"]')).toHaveValue('1,000,000');
    await expect(page.locator('input[name="containers"]')).toHaveValue('6,700');
    expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);
    // The address bar is rewritten to what the page shows.
    await expect(page).toHaveURL(/\?v=3&perContainer=0&daily=1000000$/);
  });

  test('the chart renders after the numbers, with its table alternative', async ({
    watchedPage: page,
  }) => {
    await page.goto('/');
    const chart = page.locator('.recharts-surface');
    await expect(chart).toBeVisible();
    // Deliveries, fire, the published estimates (points on a line with no stroke) and the
    // stock-out day (a vertical line of two points).
    await expect(page.locator('.recharts-line')).toHaveCount(4);
    await expect(page.locator('.recharts-surface')).toContainText('Runs out Jul 2024');
    // Capacity conversions ("could hold") as hollow diamonds, estimates of rounds sent as dots.
    await expect(page.locator('.published-capacity').first()).toBeVisible();
    await expect(page.locator('.published-estimate').first()).toBeVisible();
    await expect(page.locator('.legend-capacity')).toHaveText(
      'Capacity conversions (“could hold”)',
    );
    await expect(page.locator('.legend-estimate')).toHaveText('Estimates of rounds sent');
    await page.getByText('The chart’s figures as a table').click();
    const table = page.getByRole('table', { name: /Cumulative shells/ });
    await expect(table).toBeVisible();
    // One mark per published figure in the table, each of the kind the table names.
    const published = page.getByRole('table', { name: 'Published figures' });
    const kinds = await published
      .locator('td[data-kind]')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-kind')));
    expect(kinds.length).toBeGreaterThanOrEqual(10);
    const marks = await page
      .locator('.published-mark')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-kind')));
    expect(marks.sort()).toEqual(kinds.sort());
    await expect(table.getByRole('row', { name: /date of the count/ })).toContainText('3,001,600');
  });

  test('the theme follows theme= and the embedded view links to the full calculator', async ({
    watchedPage: page,
  }) => {
    await page.goto('/?theme=dark&embed=1&containers=10000');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // No site chrome: the page's title is for screen readers only.
    await expect(page.locator('header.masthead')).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toHaveClass('visually-hidden');
    const link = page.getByRole('link', { name: 'Open full calculator' });
    await expect(link).toHaveAttribute('href', './?v=3&containers=10000&theme=dark');
  });
});
