/** Helpers the accessibility and keyboard tests share: waiting for the whole page, colour contrast. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Opens a query and waits until every part that loads after the first results has arrived and
 * the lazily loaded chart has drawn its lines.
 */
export async function openWhole(page: Page, query: string): Promise<void> {
  await page.goto(query);
  await waitForWhole(page);
}

/** Waits until every deferred part is on the page and the chart has drawn its lines. */
export async function waitForWhole(page: Page): Promise<void> {
  await expect(page.locator('.recharts-surface')).toBeVisible();
  await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
  // Attached, not visible: the embedded view folds the assumptions.
  await expect(page.locator('input[name="payloadKg"]')).toBeAttached();
  // By class, not by wording: the loading lines are in the page's language.
  await expect(page.locator('.part-loading, .chart-loading')).toHaveCount(0);
}

/** Opens every folded group of assumptions (the embedded view), so its fields are checked too. */
export async function openFolds(page: Page): Promise<void> {
  const folds = page.locator('details.group-fold:not([open]) > summary');
  while ((await folds.count()) > 0) await folds.first().click();
  await expect(page.locator('input[name="payloadKg"]')).toBeVisible();
}

/** A CSS colour as Chromium computes it, `rgb(1, 2, 3)` or `rgba(1, 2, 3, 0.5)`, as numbers. */
function channels(color: string): [number, number, number] {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function luminance(color: string): number {
  const [r, g, b] = channels(color).map((channel) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG's contrast ratio of two opaque colours: `contrastRatio('rgb(0, 0, 0)', 'rgb(255, 255, 255)')` → 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
