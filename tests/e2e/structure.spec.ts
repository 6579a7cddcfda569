/**
 * The page's structure as a reader on a phone meets it: the default page is at most 8 screens
 * tall at 375 × 812 (6,500 px) and 6 at 1280 × 900 (5,400 px) in every language, with nothing
 * removed (each section is on the page, folded to its line); while an assumption field has focus
 * the headline total is on screen; a link to `#sources` (or the table of contents) opens that
 * section and brings it into view; the skip link leads to the results.
 */
import type { Page } from '@playwright/test';
import { openFolds, waitForWhole } from './a11y-helpers';
import { expect, test } from './fixtures';

const HEIGHTS = [
  { viewport: { width: 375, height: 812 }, most: 6_500 },
  { viewport: { width: 1280, height: 900 }, most: 5_400 },
] as const;

const SECTIONS = [
  'results',
  'assumptions',
  'timeline',
  'spread',
  'matters',
  'solve',
  'weight',
  'compare',
  'share',
  'downloads',
  'sources',
];

/** The page's height once every part has loaded (and the fonts it uses). */
async function pageHeight(page: Page): Promise<number> {
  await waitForWhole(page);
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

test.describe('the default page is short enough to find one’s way in', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const { viewport, most } of HEIGHTS) {
    for (const lang of ['en', 'ko', 'uk'] as const) {
      test(`${String(viewport.width)} × ${String(viewport.height)}, ${lang}: at most ${String(most)} px`, async ({
        watchedPage: page,
      }) => {
        await page.setViewportSize(viewport);
        await page.goto(`/?lang=${lang}`);
        const height = await pageHeight(page);
        test.info().annotations.push({ type: 'height', description: `${String(height)} px` });
        expect(height).toBeLessThanOrEqual(most);
        // Nothing removed: every section is on the page, by its public id.
        for (const id of SECTIONS) await expect(page.locator(`#${id}`)).toHaveCount(1);
        await expect(page.getByRole('navigation').getByRole('link', { name: /./ })).toHaveCount(
          SECTIONS.length,
        );
      });
    }
  }
});

/** Whether an element is inside the viewport and not covered at its centre. */
async function inSight(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((css) => {
    return [...document.querySelectorAll(css)].some((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.top < 0 || box.bottom > window.innerHeight) return false;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && (element === hit || element.contains(hit));
    });
  }, selector);
}

test.describe('on a phone, the answer stays in view while the assumptions are edited', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  for (const lang of ['en', 'uk'] as const) {
    test(`each assumption field in turn, with the total in sight (${lang})`, async ({
      watchedPage: page,
    }) => {
      await page.goto(`/?lang=${lang}`);
      await waitForWhole(page);
      await openFolds(page);
      const total = await page.locator('[data-result="totalShells"]').innerText();
      const fields = page.locator('.assumptions input[type="text"]');
      const count = await fields.count();
      // Every input of the model (src/model/inputs.ts), the calibre mix's two among them.
      expect(count).toBe(12);
      for (let index = 0; index < count; index += 1) {
        const field = fields.nth(index);
        await field.focus();
        await expect(field).toBeFocused();
        const name = await field.getAttribute('name');
        // The field itself is fully in view, below the bar.
        expect(await inSight(page, `input[name="${name ?? ''}"]`), `${name ?? ''} in sight`).toBe(
          true,
        );
        const seen =
          (await inSight(page, '.results-bar-total')) ||
          (await inSight(page, '[data-result="totalShells"]'));
        expect(seen, `the total in sight while ${name ?? ''} has focus`).toBe(true);
      }
      // The bar says what the headline says, and follows a change at once.
      await expect(page.locator('.results-bar-total')).toHaveText(total);
      await page.locator('input[name="containers"]').fill('13000');
      await expect(page.locator('.results-bar-total')).toHaveText(
        await page.locator('[data-result="totalShells"]').innerText(),
      );
    });
  }
});

test.describe('sections by link', () => {
  test('a link to #sources opens the sources and brings them into view', async ({
    watchedPage: page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/#sources');
    const sources = page.locator('details#sources');
    await expect(sources).toHaveAttribute('open', '');
    await expect(page.getByRole('region', { name: 'Sources and method' })).toBeVisible();
    await expect
      .poll(() => sources.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
      .toBeLessThan(120);
    // The others stay folded.
    await expect(page.locator('details#solve')).not.toHaveAttribute('open', '');
  });

  test('the table of contents opens a folded section; the address names it', async ({
    watchedPage: page,
  }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/');
    await waitForWhole(page);
    const nav = page.getByRole('navigation', { name: 'On this page' });
    await nav.getByRole('link', { name: 'What would have to be true' }).click();
    await expect(page.locator('details#solve')).toHaveAttribute('open', '');
    await expect(page.getByRole('region', { name: 'What would have to be true' })).toBeInViewport();
    await expect(page).toHaveURL(/#solve$/);
    // Closed by its line, it opens again from the table of contents.
    await page.locator('details#solve > summary').click();
    await expect(page.locator('details#solve')).not.toHaveAttribute('open', '');
    await nav.getByRole('link', { name: 'What would have to be true' }).click();
    await expect(page.locator('details#solve')).toHaveAttribute('open', '');
  });

  test('the share link can open the page at a section', async ({ watchedPage: page }) => {
    await page.goto('/?daily=20000#share');
    const share = page.getByRole('region', { name: 'Share' });
    await share.getByRole('combobox', { name: 'The link opens' }).selectOption({
      label: 'at “Would it fit in a container?”',
    });
    const link = await share.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(link).toMatch(/\?v=3&daily=20000#weight$/);
    await page.goto(link);
    await expect(page.locator('details#weight')).toHaveAttribute('open', '');
    await expect(page.getByRole('region', { name: 'Would it fit in a container?' })).toBeVisible();
  });

  test('the skip link is the first stop and leads to the results', async ({
    watchedPage: page,
  }) => {
    await page.goto('/');
    await waitForWhole(page);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to the results' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#results$/);
    // The next Tab goes on from the results, not from the top of the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#results') !== null)).toBe(
      true,
    );
  });
});
