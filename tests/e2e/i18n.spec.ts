/**
 * Languages in the real page: `lang=ko` and `lang=uk` leave no English in the interface (every
 * text node, and the labels people hear: aria-label, title, placeholder, alt), the page follows
 * the browser's language when the link names none, and the switcher changes the page, `<html
 * lang>` and the link.
 *
 * "No English" is checked as no word in Latin letters, outside elements marked `lang="en"` (an
 * English article title is a citation, not interface), except the short list below.
 */
import type { Page } from '@playwright/test';
import { openFolds, waitForWhole } from './a11y-helpers';
import { expect, test } from './fixtures';

/** Latin words that belong in Korean and Ukrainian text: acronyms, file formats, units. */
const ALLOWED_LATIN = new Set([
  ...['RUSI', 'CSIS', 'ISW', 'IISS', 'KIDA', 'NIS', 'NATO', 'BBC', 'CNN', 'NHK', 'NK', 'GUR'],
  // The sanctions monitoring team's own acronym, as Korean reports write it beside its name.
  'MSMT',
  ...['CSV', 'JSON', 'PNG', 'SVG', 'PDF', 'HTML', 'APA', 'BibTeX', 'URL', 'ISO', 'AMP'],
  ...['kg', 'mm', 'km'],
  // The keyboard shortcut, as Korean and Ukrainian interfaces write it.
  'Ctrl',
]);

/**
 * Names that Korean or Ukrainian newsrooms write in Latin letters (FACTS.md's outlets and
 * organisations as each language writes them): C4ADS in both; The Washington Post, The Times, Newsweek,
 * Reuters and the Open Source Centre in Ukrainian.
 */
const NAMES_IN_LATIN = [
  'C4ADS',
  'The Washington Post',
  'The Times',
  'Newsweek',
  'Open Source Centre',
  'Reuters',
];

/** Every Latin word in text the reader sees or hears, with where it was found. */
async function latinWords(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const found: string[] = [];
    const inPageLanguage = (element: Element | null) =>
      (element?.closest('[lang]')?.getAttribute('lang') ?? '') === document.documentElement.lang;
    const check = (text: string, where: string) => {
      // Addresses are no language's words: the sentence and the citations carry the permalink.
      const withoutNames = names.reduce((rest, name) => rest.replaceAll(name, ' '), text);
      const words = withoutNames
        .replace(/https?:\/\/\S+/g, ' ')
        .match(/[A-Za-z][A-Za-z’']*[A-Za-z]/g);
      for (const word of words ?? []) {
        found.push(`${word} ← ${where}: ${text.trim().slice(0, 80)}`);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, code[lang="en"]')) continue;
      if (inPageLanguage(parent)) check(node.textContent ?? '', parent.tagName.toLowerCase());
    }
    for (const element of document.body.querySelectorAll('*')) {
      if (!inPageLanguage(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
        const value = element.getAttribute(name);
        if (value) check(value, `${element.tagName.toLowerCase()}[${name}]`);
      }
    }
    check(document.title, 'title');
    return found;
  }, NAMES_IN_LATIN);
}

async function openEverything(page: Page, query: string): Promise<void> {
  await page.goto(query);
  await waitForWhole(page);
  if (query.includes('embed=1')) await openFolds(page);
  // Folded details hold text too (the chart's table, the embed code); open them all.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
}

const allowed = (line: string) => ALLOWED_LATIN.has(line.split(' ← ')[0] ?? '');

for (const lang of ['ko', 'uk'] as const) {
  for (const [view, extra] of [
    ['full page', ''],
    ['full page with ranges', '&containers=6700..13000&daily=8000..12000'],
    ['embed', '&embed=1'],
  ] as const) {
    test(`lang=${lang}, ${view}: no English left in the interface`, async ({
      watchedPage: page,
    }) => {
      await openEverything(page, `/?lang=${lang}${extra}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const english = (await latinWords(page)).filter((line) => !allowed(line));
      expect(english).toEqual([]);
    });
  }
}

test('the check finds English: the English page is full of it', async ({ watchedPage: page }) => {
  await openEverything(page, '/?lang=en');
  const words = await latinWords(page);
  expect(words.filter((line) => !allowed(line)).length).toBeGreaterThan(100);
});

test.describe('with the browser set to Ukrainian', () => {
  test.use({ locale: 'uk-UA' });

  test('a link without lang= shows Ukrainian; lang=en still wins', async ({
    watchedPage: page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Скільки снарядів');
    // Following the browser is not a choice: the link stays without lang=.
    await expect(page).not.toHaveURL(/lang=/);
    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('How many shells');
  });
});

test('the switcher changes the language, <html lang> and the link', async ({
  watchedPage: page,
}) => {
  await page.goto('/');
  await waitForWhole(page);
  await page.getByLabel('Language', { exact: true }).selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('북한');
  await expect(page).toHaveURL(/lang=ko/);
  // The parts that loaded in English are in Korean too, and the figures follow Korean's Intl.
  await expect(page.locator('[data-result="totalShells"]')).toContainText('만');
  await page.getByLabel('언어', { exact: true }).selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.locator('[data-result="totalShells"]')).toContainText('млн');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByLabel('Мова', { exact: true })).toHaveValue('uk');
});
