/** Helpers for the tests of ranges (CONTRACT §2 and §4): waiting for the seeded sampling, spreads. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** A result's median and 90% interval as the page carries them, or null while any is missing. */
export interface Carried {
  value: string | null;
  low: string | null;
  high: string | null;
}

export async function carried(locator: Locator): Promise<Carried> {
  const [value, low, high] = await Promise.all([
    locator.getAttribute('data-value'),
    locator.getAttribute('data-low'),
    locator.getAttribute('data-high'),
  ]);
  return { value, low, high };
}

/** The result element of a contract key. */
export function result(page: Page, key: string): Locator {
  return page.locator(`[data-result="${key}"]`);
}

/** |actual − expected| ÷ expected, or Infinity while the attribute is missing or not a number. */
function relativeError(text: string | null, expected: number): number {
  if (text === null || text === '') return Number.POSITIVE_INFINITY;
  const actual = Number(text);
  if (!Number.isFinite(actual)) return Number.POSITIVE_INFINITY;
  return Math.abs(actual - expected) / Math.abs(expected);
}

/**
 * Waits until the attribute of a result is within `tolerance` (relative) of `expected`:
 * `expectNear(total, 'data-low', 3_001_600, 0.005)`.
 */
export async function expectNear(
  locator: Locator,
  attribute: 'data-value' | 'data-low' | 'data-high',
  expected: number,
  tolerance: number,
): Promise<void> {
  await expect
    .poll(async () => relativeError(await locator.getAttribute(attribute), expected), {
      message: `${attribute} within ${String(tolerance * 100)}% of ${String(expected)}`,
    })
    .toBeLessThanOrEqual(tolerance);
}

/**
 * Waits until every listed result carries data-low ≤ data-value ≤ data-high, all finite numbers
 * (or ISO dates, compared as text, for `lastsUntil`).
 */
export async function expectOrderedSpreads(page: Page, keys: readonly string[]): Promise<void> {
  await expect
    .poll(
      async () => {
        const problems: string[] = [];
        for (const key of keys) {
          const { value, low, high } = await carried(result(page, key));
          if (value === null || low === null || high === null) {
            problems.push(`${key}: missing (${String(low)} / ${String(value)} / ${String(high)})`);
            continue;
          }
          const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
          const ordered = isDate
            ? low <= value && value <= high
            : [low, value, high].every((text) => Number.isFinite(Number(text))) &&
              Number(low) <= Number(value) &&
              Number(value) <= Number(high);
          if (!ordered) problems.push(`${key}: ${low} ≤ ${value} ≤ ${high} fails`);
        }
        return problems;
      },
      { message: 'every result carries an ordered 90% interval' },
    )
    .toEqual([]);
}

/**
 * Records console errors and uncaught exceptions of a page opened besides the `watchedPage`
 * fixture's; check the returned list at the end of the test.
 */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`uncaught: ${error.message}`);
  });
  return problems;
}
