import { expect, test } from './fixtures';

const DARK_PAPER = 'rgb(18, 19, 20)';
const LIGHT_PAPER = 'rgb(251, 250, 246)';

test.describe('themes', () => {
  test.use({ colorScheme: 'dark' });

  test('follows a dark device by default', async ({ watchedPage: page }) => {
    await page.goto('/');
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_PAPER);
  });

  test('theme=light overrides a dark device, and the switch changes it and the link', async ({
    watchedPage: page,
  }) => {
    await page.goto('/?theme=light');
    await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_PAPER);
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await expect(page.locator('body')).toHaveCSS('background-color', DARK_PAPER);
    await expect(page).toHaveURL(/theme=dark/);
  });
});

test('a light device gets the light theme by default', async ({ watchedPage: page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_PAPER);
});
