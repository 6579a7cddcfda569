/**
 * Helpers the accessibility and keyboard tests share: waiting for the whole page, opening what is
 * folded, axe-core, colour contrast.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { Result, RunOptions } from 'axe-core';
import { expect } from './fixtures';

/**
 * The newest axe-core, injected into the page and each of its frames as its own script. (Its
 * Playwright wrapper, @axe-core/playwright, is one version behind for Node 20: 4.14 wants Node
 * 22.) Through the DevTools protocol, so the page's Content-Security-Policy does not stop it.
 */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

type Axe = typeof import('axe-core');

/**
 * axe's violations of the rules with `tags` on the whole page, its frames included, or within the
 * elements `include` selects.
 */
export async function axeViolations(
  page: Page,
  tags: readonly string[],
  include?: string,
): Promise<Result[]> {
  for (const frame of page.frames()) {
    // A frame that is gone, or not yet ready, is left to axe to report.
    await frame.evaluate(AXE_SOURCE).catch(() => undefined);
  }
  return page.evaluate(
    async ({ values, selector }) => {
      const { axe } = window as unknown as { axe: Axe };
      const options: RunOptions = { runOnly: { type: 'tag', values } };
      const context = selector === null ? document : { include: [selector] };
      return (await axe.run(context, options)).violations;
    },
    { values: [...tags], selector: include ?? null },
  );
}

/**
 * Opens a query and waits until every part that loads after the first results has arrived and
 * the lazily loaded chart has drawn its lines.
 */
export async function openWhole(page: Page, query: string): Promise<void> {
  await page.goto(query);
  await waitForWhole(page);
}

/**
 * Waits until every deferred part is on the page and, where the chart is open (the embed, the
 * full page on wide screens), it has drawn its lines.
 */
export async function waitForWhole(page: Page): Promise<void> {
  // Attached, not visible: the embedded view and the full page fold some assumptions.
  await expect(page.locator('input[name="payloadKg"]')).toBeAttached();
  // By class, not by wording: the loading lines are in the page's language.
  await expect(page.locator('.part-loading, .chart-loading')).toHaveCount(0);
  if (await page.locator('.chart-frame').first().isVisible()) {
    await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
  }
}

/**
 * Opens everything folded: the full page's sections and the groups of assumptions (folded in the
 * embedded view, the dates and the weight check on the full page), so every control is checked.
 */
export async function openFolds(page: Page): Promise<void> {
  const folds = page.locator(
    'details.page-fold:not([open]) > summary, details.group-fold:not([open]) > summary',
  );
  while ((await folds.count()) > 0) await folds.first().click();
  await expect(page.locator('input[name="payloadKg"]')).toBeVisible();
  if (await page.locator('.chart-frame').first().isVisible()) {
    await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
  }
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
