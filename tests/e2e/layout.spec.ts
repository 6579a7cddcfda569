import { openFolds, openWhole } from './a11y-helpers';
import { expect, test } from './fixtures';

test.describe('layout on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const query of ['/', '/?embed=1', '/?theme=dark&scenario=dia-2025-07']) {
    test(`nothing scrolls sideways at 375 px: ${query}`, async ({ watchedPage: page }) => {
      await openWhole(page, query);
      // Every section and group open, so that all of the page is measured.
      if (!query.includes('embed')) await openFolds(page);
      await expect(page.locator('.recharts-surface')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('"Show exact values" writes each figure\'s exact value under it', async ({
  watchedPage: page,
}) => {
  await page.goto('/');
  const total = page.locator('[data-result="totalShells"]');
  const detail = total.locator('.figure-detail');
  await expect(detail).toBeHidden();
  await page.getByRole('button', { name: 'Show exact values' }).click();
  await expect(detail).toBeVisible();
  await expect(detail).toHaveText('Exactly 3,001,600 shells');
  await expect(page.locator('[data-result="deliveredPerDay"] .figure-detail')).toBeVisible();
  await page.getByRole('button', { name: 'Show exact values' }).click();
  await expect(detail).toBeHidden();
  // Hover shows it too, for a pointer.
  await total.hover();
  await expect(detail).toBeVisible();
});
