import { expect, test } from './fixtures';

test.describe('layout on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const query of ['/', '/?embed=1', '/?theme=dark&scenario=dia-2025-07']) {
    test(`nothing scrolls sideways at 375 px: ${query}`, async ({ watchedPage: page }) => {
      await page.goto(query);
      await expect(page.locator('.recharts-surface')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('focusing a headline figure shows its exact value', async ({ watchedPage: page }) => {
  await page.goto('/');
  const total = page.locator('[data-result="totalShells"]');
  const detail = total.locator('.figure-detail');
  await expect(detail).toBeHidden();
  await total.focus();
  await expect(detail).toBeVisible();
  await expect(detail).toHaveText('Exactly 3,001,600 shells');
});
