import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test runs on a page that records console errors, uncaught exceptions and any
 * request to another origin; each test fails if one happened.
 */
export const test = base.extend<{ watchedPage: Page }>({
  watchedPage: async ({ page, baseURL }, use) => {
    const problems: string[] = [];
    const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => {
      problems.push(`uncaught: ${error.message}`);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) {
        problems.push(`request left the origin: ${request.url()}`);
      }
    });
    await use(page);
    expect(problems).toEqual([]);
  },
});

export { expect };

/** The exact value of a result, from its `data-value`. */
export async function resultValue(page: Page, key: string): Promise<string | null> {
  return page.locator(`[data-result="${key}"]`).getAttribute('data-value');
}

/** The visible text of the page, for checks that nothing reads NaN, Infinity or undefined. */
export async function visibleText(page: Page): Promise<string> {
  return page.locator('body').innerText();
}
