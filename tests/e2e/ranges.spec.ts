/**
 * Ranges (CONTRACT §2–§4): a range in the link or typed in a field gives the seeded median and
 * 90% interval of every result; the switch beside a field round-trips through the address bar;
 * the solver, version-2 presets, refused ranges and the sampling without a Worker.
 *
 * Figures worked by hand: a lognormal with 5th percentile 6,700 and 95th 13,000 has its median at
 * √(6,700 × 13,000) = 9,332.74; times 448 shells a container that is 4,181,067 shells, between
 * 6,700 × 448 = 3,001,600 and 13,000 × 448 = 5,824,000.
 */
import type { Page } from '@playwright/test';
import { openFolds, openWhole } from './a11y-helpers';
import { expect, test, visibleText } from './fixtures';
import {
  carried,
  expectNear,
  expectOrderedSpreads,
  result,
  watch,
  type Carried,
} from './ranges-helpers';

const RANGE_URL = '/?containers=6700..13000';
const LOW_TOTAL = 6_700 * 448; // 3,001,600
const HIGH_TOTAL = 13_000 * 448; // 5,824,000
const MEDIAN_TOTAL = 448 * Math.sqrt(6_700 * 13_000); // 4,181,067
/** The sampling's percentiles are within this share of the lognormal's exact ones. */
const TOLERANCE = 0.005;
/** The mean Gregorian month, in days (CONTRACT §1). */
const MONTH_DAYS = 30.436875;

/** Every numeric result that a range spreads (CONTRACT §1 and §4), and the date. */
const SPREAD_KEYS = [
  'totalShells',
  'monthsOfFire',
  'daysOfFire',
  'lastsUntil',
  'deliveredPerDay',
  'dailyCoverage',
  'euMultiple',
] as const;

const containersSwitch = (page: Page) =>
  page.getByRole('switch', { name: 'Range for containers shipped' });

/** Waits for the sampling of the link on screen, then returns the interval of every result. */
async function spreadsOf(page: Page): Promise<Record<string, Carried>> {
  await expectOrderedSpreads(page, SPREAD_KEYS);
  const spreads: Record<string, Carried> = {};
  for (const key of SPREAD_KEYS) spreads[key] = await carried(result(page, key));
  return spreads;
}

/** Waits until a page carries exactly these intervals. */
async function expectSpreads(page: Page, spreads: Record<string, Carried>): Promise<void> {
  for (const [key, { value, low, high }] of Object.entries(spreads)) {
    const figure = result(page, key);
    await expect(figure).toHaveAttribute('data-value', value ?? '');
    await expect(figure).toHaveAttribute('data-low', low ?? '');
    await expect(figure).toHaveAttribute('data-high', high ?? '');
  }
}

test.describe('ranges', () => {
  test('a range in the link shows the median and the 90% interval of every result', async ({
    watchedPage: page,
  }) => {
    await page.goto(RANGE_URL);
    const total = result(page, 'totalShells');
    await expectNear(total, 'data-low', LOW_TOTAL, TOLERANCE);
    await expectNear(total, 'data-high', HIGH_TOTAL, TOLERANCE);
    await expectNear(total, 'data-value', MEDIAN_TOTAL, TOLERANCE);
    await expect(total).toContainText('4.2 million');
    await expect(page.getByText('90% range 3.0–5.8 million', { exact: true })).toBeVisible();

    // Months of fire follow the total at 10,000 shells a day.
    const months = result(page, 'monthsOfFire');
    await expectNear(months, 'data-low', LOW_TOTAL / 10_000 / MONTH_DAYS, TOLERANCE);
    await expectNear(months, 'data-high', HIGH_TOTAL / 10_000 / MONTH_DAYS, TOLERANCE);
    await expectNear(months, 'data-value', MEDIAN_TOTAL / 10_000 / MONTH_DAYS, TOLERANCE);
    await expectNear(result(page, 'euMultiple'), 'data-value', MEDIAN_TOTAL / 1e6, TOLERANCE);
    await expectOrderedSpreads(page, SPREAD_KEYS);

    await expect(containersSwitch(page)).toBeChecked();
    await expect(page.locator('input[name="containers"]')).toHaveValue('6,700–13,000');
    await expect(page).toHaveURL(/[?&]v=3(&|$)/);
    await expect(page).toHaveURL(/[?&]containers=6700\.\.13000(&|$)/);
    await expect(page.locator('[data-notice]')).toHaveCount(0);
    expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('the same range link gives the same numbers in two pages (seeded)', async ({
    watchedPage: page,
  }) => {
    await page.goto(RANGE_URL);
    const first = await spreadsOf(page);

    const second = await page.context().newPage();
    const problems = watch(second);
    await second.goto(RANGE_URL);
    await expectSpreads(second, first);
    await second.close();
    expect(problems).toEqual([]);
  });

  test('the range switch round-trips through the address bar', async ({ watchedPage: page }) => {
    await page.goto('/');
    const total = result(page, 'totalShells');
    const containers = page.locator('input[name="containers"]');
    await expect(total).toHaveAttribute('data-value', '3001600');
    await expect(total).not.toHaveAttribute('data-low');

    // Two thirds to one and a half times 6,700, to two significant digits.
    await containersSwitch(page).check();
    await expect(page).toHaveURL(/[?&]containers=4500\.\.10000(&|$)/);
    await expect(page).toHaveURL(/[?&]v=3(&|$)/);
    await expect(containers).toHaveValue('4,500–10,000');
    await expectNear(total, 'data-low', 4_500 * 448, TOLERANCE);
    await expectNear(total, 'data-high', 10_000 * 448, TOLERANCE);

    await containers.fill('6700 to 13000');
    await expect(page).toHaveURL(/[?&]containers=6700\.\.13000(&|$)/);
    await expectNear(total, 'data-low', LOW_TOTAL, TOLERANCE);
    await expectNear(total, 'data-high', HIGH_TOTAL, TOLERANCE);
    await expect(containers).not.toHaveAttribute('aria-invalid');

    await page.reload();
    await expect(containersSwitch(page)).toBeChecked();
    await expect(containers).toHaveValue('6,700–13,000');
    await expectNear(total, 'data-value', MEDIAN_TOTAL, TOLERANCE);

    // Off: one number, the range's median √(6,700 × 13,000) = 9,332.7, rounded.
    await containersSwitch(page).uncheck();
    await expect(page).toHaveURL(/[?&]containers=9333(&|$)/);
    await expect(page).not.toHaveURL(/\.\./);
    await expect(containers).toHaveValue('9,333');
    await expect(total).toHaveAttribute('data-value', String(9_333 * 448));
    await expect(total).not.toHaveAttribute('data-low');
    await expect(total).not.toHaveAttribute('data-high');
    await expect(containersSwitch(page)).not.toBeChecked();
  });

  test('typed ranges are read with a dash, two dots or "to"', async ({ watchedPage: page }) => {
    await page.goto('/');
    await containersSwitch(page).check();
    const containers = page.locator('input[name="containers"]');
    const total = result(page, 'totalShells');
    for (const [typed, low, high] of [
      ['6,700 – 13,000', 6_700, 13_000],
      ['5000..12000', 5_000, 12_000],
      ['7000 to 11000', 7_000, 11_000],
    ] as const) {
      await containers.fill(typed);
      await expect(page).toHaveURL(
        new RegExp(`[?&]containers=${String(low)}\\.\\.${String(high)}(&|$)`),
      );
      await expectNear(total, 'data-low', low * 448, TOLERANCE);
      await expectNear(total, 'data-high', high * 448, TOLERANCE);
    }
  });

  test('the solver finds 545.1 shells a container for 12 months, and applies it', async ({
    watchedPage: page,
  }) => {
    await page.goto('/#solve');
    const solver = page.getByRole('region', { name: 'What would have to be true' });
    await solver.getByLabel('Target', { exact: true }).selectOption({ label: 'Months of fire' });
    await solver.getByLabel('Target value').fill('12');
    await solver.getByLabel('Solve for').selectOption({ label: 'Shells per container' });
    // 12 × 30.436875 × 10,000 ÷ 6,700 = 545.138…
    await expect(solver.locator('output')).toContainText('545.14');
    await expect(solver.locator('output')).toContainText('about 545 shells');

    await solver.getByRole('button', { name: 'Use 545.1 shells a container' }).click();
    await expect(page.locator('input[name="perContainer"]')).toHaveValue('545.1');
    await expect(page).toHaveURL(/[?&]perContainer=545\.1(&|#|$)/);
    // 6,700 × 545.1 ÷ 10,000 ÷ 30.436875 = 11.9991…
    await expect
      .poll(async () =>
        Math.abs(
          Number((await result(page, 'monthsOfFire').getAttribute('data-value')) ?? NaN) - 12,
        ),
      )
      .toBeLessThanOrEqual(0.01);
    await expect(result(page, 'totalShells')).toHaveAttribute('data-value', String(6_700 * 545.1));
  });

  test('version 2 of the April 2025 preset has a range of shells per container; version 1 keeps 312.4; the newer figures are version 3’s', async ({
    watchedPage: page,
  }) => {
    const perContainer = page.locator('input[name="perContainer"]');
    const perContainerSwitch = page.getByRole('switch', { name: 'Range for shells per container' });
    const total = result(page, 'totalShells');

    await page.goto('/?v=2&scenario=osc-2025-04');
    await expect(perContainerSwitch).toBeChecked();
    await expect(perContainer).toHaveValue('266–367');
    await expectNear(total, 'data-low', 15_800 * 266, TOLERANCE);
    await expectNear(total, 'data-high', 15_800 * 367, TOLERANCE);
    // Version 3 changed the preset (15,809 containers, 253–380): the quiet note offers it.
    await expect(page.locator('[data-note="newer-figures"]')).toBeVisible();

    // No v: version 1, whose preset value never changes (CONTRACT §3).
    await page.goto('/?scenario=osc-2025-04');
    await expect(total).toHaveAttribute('data-value', String(15_800 * 312.4));
    await expect(perContainer).toHaveValue('312.4');
    await expect(perContainerSwitch).not.toBeChecked();
    await expect(total).not.toHaveAttribute('data-low');
    const note = page.locator('[data-note="newer-figures"]');
    await expect(note).toBeVisible();
    await expect(page.locator('[data-notice]')).toHaveCount(0);

    await note.getByRole('button', { name: 'Use the newer figures' }).click();
    await expect(perContainerSwitch).toBeChecked();
    await expect(perContainer).toHaveValue('253–380');
    await expectNear(total, 'data-low', 15_809 * 253, TOLERANCE);
    await expect(page).toHaveURL(/\?v=3&scenario=osc-2025-04$/);
    await expect(note).toHaveCount(0);
  });

  test('a range typed backwards is refused and the last good range stays', async ({
    watchedPage: page,
  }) => {
    await page.goto(RANGE_URL);
    const total = result(page, 'totalShells');
    const containers = page.locator('input[name="containers"]');
    await expectNear(total, 'data-low', LOW_TOTAL, TOLERANCE);

    await containers.fill('13000 to 6700');
    await expect(containers).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('The low end must be below the high end')).toBeVisible();
    await containers.press('Tab');
    await expect(containers).toHaveAttribute('aria-invalid', 'true');
    await expect(containers).toHaveValue('13000 to 6700');
    await expect(page).toHaveURL(/[?&]containers=6700\.\.13000(&|$)/);
    await expectNear(total, 'data-low', LOW_TOTAL, TOLERANCE);
    await expectNear(total, 'data-high', HIGH_TOTAL, TOLERANCE);
    await expect(containersSwitch(page)).toBeChecked();
    expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('a range link with a low end of 0 is named in the notice and the page works', async ({
    watchedPage: page,
  }) => {
    await page.goto('/?containers=0..5');
    const notice = page.locator('[data-notice]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('containers');
    await expect(result(page, 'totalShells')).toHaveAttribute('data-value', '3001600');
    await expect(page.locator('input[name="containers"]')).toHaveValue('6,700');
    await expect(containersSwitch(page)).not.toBeChecked();
    await expect(page).not.toHaveURL(/containers=/);
    expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);

    // And it still calculates.
    await containersSwitch(page).check();
    await expectNear(result(page, 'totalShells'), 'data-low', 4_500 * 448, TOLERANCE);
  });

  test('without a Worker the sampling runs on the page and gives the same numbers', async ({
    watchedPage: page,
  }) => {
    await page.goto(RANGE_URL);
    const withWorker = await spreadsOf(page);

    const noWorker = await page.context().newPage();
    const problems = watch(noWorker);
    await noWorker.addInitScript(() => {
      Reflect.deleteProperty(window, 'Worker');
    });
    await noWorker.goto(RANGE_URL);
    expect(await noWorker.evaluate(() => typeof Worker)).toBe('undefined');
    await expectNear(result(noWorker, 'totalShells'), 'data-low', LOW_TOTAL, TOLERANCE);
    await expectSpreads(noWorker, withWorker);
    await noWorker.close();
    expect(problems).toEqual([]);
  });

  test('the spread, what matters most and the weight check render', async ({
    watchedPage: page,
  }) => {
    await openWhole(page, '/');
    await openFolds(page);
    const fit = page.getByRole('region', { name: 'Would it fit in a container?' });
    // 28,180 kg ÷ 43.56 kg = 646.9: 646 whole shells.
    await expect(fit.locator('[data-result="maxPerContainer"]')).toHaveAttribute(
      'data-value',
      '646',
    );
    const matters = page.getByRole('region', { name: 'What matters most' });
    await expect(matters.getByText(/^\S.* matters most: from /)).toBeVisible();
    const spread = page.getByRole('region', { name: 'How the answer spreads' });
    await expect(spread.getByRole('button', { name: 'Try the published spans' })).toBeVisible();
    await expect(spread.getByRole('img')).toHaveCount(0);

    await openWhole(page, RANGE_URL);
    await openFolds(page);
    const histograms = spread.getByRole('img', { name: /median/ });
    await expect(histograms).toHaveCount(2);
    await expect(histograms.first()).toBeVisible();
    await expect(histograms.first()).toHaveAccessibleName(
      'Working shells delivered: median 4.2 million; 90% range 3.0 million to 5.8 million.',
    );
    await expect(matters.getByText(/^\S.* matters most: from /)).toBeVisible();
    // The containers are moved across the link's range, not their published span.
    await expect(
      matters.getByRole('rowheader', { name: /6,700 to 13,000 containers, your 90% range/ }),
    ).toBeVisible();
    await expect(fit.locator('[data-result="maxPerContainer"]')).toHaveAttribute(
      'data-value',
      '646',
    );
    expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);
  });
});
