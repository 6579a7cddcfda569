/**
 * Accessibility as a test: the newest axe-core on every view a reader can reach (full page with
 * every section open and as it opens, embed, light and dark, every language, with the chart and
 * its table, with a refused field and with URL notices) finds nothing; the chart's text and lines stand out in both themes; phone touch targets
 * are at least 44 × 44 CSS px; reduced motion stops every transition, animation and the chart's
 * drawing. The keyboard is tested in keyboard.spec.ts.
 */
import type { Page } from '@playwright/test';
import { LANGS } from '../../src/url/view-options';
import { axeViolations, contrastRatio, openFolds, openWhole, waitForWhole } from './a11y-helpers';
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. */
const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22a',
  'wcag22aa',
  'best-practice',
];

/** Runs axe on the whole page and fails naming each violation: rule, impact, elements, fix. */
async function expectNoViolations(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page, AXE_TAGS);
  const report = violations.flatMap((violation) => [
    `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help} ${violation.helpUrl}`,
    ...violation.nodes.map((node) =>
      [`  ${node.target.map(String).join(' ')}`, ...(node.failureSummary ?? '').split('\n')].join(
        '\n      ',
      ),
    ),
  ]);
  expect(violations.length, `axe violations on ${what}:\n${report.join('\n')}`).toBe(0);
}

const DARK_PAPER = 'rgb(18, 19, 20)';

const RANGES = 'containers=6700..13000&perContainer=266..480&daily=10000..44500';

/**
 * The views axe checks. The full page is checked with every section and group open (`open`), as
 * all of it was on screen before it was folded, and once as it opens (`folded`).
 */
const VIEWS = [
  { name: 'full page as it opens, sections folded', query: '/?theme=light', folded: true },
  { name: 'full page, light', query: '/?theme=light' },
  { name: 'full page, theme=dark', query: '/?theme=dark' },
  { name: 'embed, light', query: '/?embed=1&theme=light' },
  { name: 'embed, theme=dark', query: '/?embed=1&theme=dark' },
  { name: 'embed, every group open, light', query: '/?embed=1&theme=light', open: true },
  { name: 'embed, every group open, dark', query: '/?embed=1&theme=dark', open: true },
  // Ranges: the switches on, the 90% ranges, the spread charts and the timeline's bands.
  { name: 'ranges, light', query: `/?theme=light&${RANGES}` },
  { name: 'ranges, dark', query: `/?theme=dark&${RANGES}` },
  { name: 'embed with ranges, dark', query: `/?embed=1&theme=dark&${RANGES}` },
  // Every language the URL takes, so that a new one is checked as soon as it is added.
  ...LANGS.flatMap((lang) => [
    { name: `full page, lang=${lang}`, query: `/?lang=${lang}` },
    { name: `embed, lang=${lang}, dark`, query: `/?embed=1&lang=${lang}&theme=dark` },
  ]),
];

test.describe('axe finds no violations', () => {
  for (const { name, query, open = false, folded = false } of VIEWS) {
    test(name, async ({ watchedPage: page }) => {
      await openWhole(page, query);
      const fullPage = !query.includes('embed=1');
      if (open || (fullPage && !folded)) await openFolds(page);
      await expectNoViolations(page, `${name} (${query})`);
    });
  }

  test.describe('on a dark device', () => {
    test.use({ colorScheme: 'dark' });
    for (const query of ['/', '/?embed=1']) {
      test(`theme=auto follows it: ${query}`, async ({ watchedPage: page }) => {
        await openWhole(page, query);
        if (query === '/') await openFolds(page);
        await expect(page.locator('body')).toHaveCSS('background-color', DARK_PAPER);
        await expectNoViolations(page, `a dark device, ${query}`);
      });
    }
  });

  for (const theme of ['light', 'dark']) {
    test(`scrolled to the chart with its table open, ${theme}`, async ({ watchedPage: page }) => {
      await openWhole(page, `/?theme=${theme}`);
      const summary = page.locator('.table-toggle summary');
      await summary.scrollIntoViewIfNeeded();
      await summary.click();
      await expect(page.locator('.table-toggle table').first()).toBeVisible();
      await page.locator('.recharts-surface').scrollIntoViewIfNeeded();
      await expectNoViolations(page, `the timeline table shown (${theme})`);
    });

    test(`a field refusing what was typed, a changed statement, ${theme}`, async ({
      watchedPage: page,
    }) => {
      await openWhole(page, `/?theme=${theme}`);
      await openFolds(page);
      await page.locator('input[name="containers"]').fill('9000');
      const daily = page.locator('input[name="daily"]');
      await daily.fill('abc');
      await expect(daily).toHaveAttribute('aria-invalid', 'true');
      await expectNoViolations(page, `daily=abc typed (${theme})`);
    });

    test(`notices about a bad link, ${theme}`, async ({ watchedPage: page }) => {
      await openWhole(page, `/?theme=${theme}&daily=abc&share=400`);
      await openFolds(page);
      await expect(page.locator('[data-notice]').first()).toBeVisible();
      await expectNoViolations(page, `URL notices (${theme})`);
    });

    test(`the embed with notices, ${theme}`, async ({ watchedPage: page }) => {
      await openWhole(page, `/?embed=1&theme=${theme}&daily=abc`);
      await expect(page.locator('[data-notice]').first()).toBeVisible();
      await expectNoViolations(page, `embed URL notices (${theme})`);
    });
  }
});

test.describe("the chart's text and lines stand out", () => {
  // axe does not measure SVG text, nor graphics against WCAG 1.4.11: measured here.
  for (const theme of ['light', 'dark']) {
    test(`${theme} theme: text 4.5:1, lines and points 3:1 against the page`, async ({
      watchedPage: page,
    }) => {
      await openWhole(page, `/?theme=${theme}`);
      const colours = await page.evaluate(() => {
        const surface = document.querySelector('.recharts-surface');
        if (!surface) throw new Error('no chart');
        const paint = (selector: string, property: 'fill' | 'stroke') =>
          [...surface.querySelectorAll(selector)].map((element) => ({
            what: `${selector} "${element.textContent.trim().slice(0, 30)}"`,
            colour: getComputedStyle(element)[property],
          }));
        return {
          paper: getComputedStyle(document.body).backgroundColor,
          text: paint('text', 'fill'),
          graphics: [
            // The published estimates are points on a line drawn with no stroke.
            ...paint('.recharts-line-curve', 'stroke').filter(({ colour }) => colour !== 'none'),
            ...paint('.published-estimate', 'fill'),
            ...paint('.published-capacity', 'stroke'),
          ],
        };
      });
      expect(colours.text.length, 'axis labels').toBeGreaterThan(4);
      expect(colours.graphics.length, 'lines and diamonds').toBeGreaterThan(2);
      const low = [
        ...colours.text.map((text) => ({ ...text, needs: 4.5 })),
        ...colours.graphics.map((graphic) => ({ ...graphic, needs: 3 })),
      ]
        .map((item) => ({ ...item, ratio: contrastRatio(item.colour, colours.paper) }))
        .filter((item) => item.ratio < item.needs)
        .map((item) => `${item.what}: ${item.colour} is ${item.ratio.toFixed(2)}:1`);
      expect(low, `too little contrast against ${colours.paper}`).toEqual([]);
    });
  }
});

test.describe('touch targets on a phone', () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  const QUERIES = [
    '/',
    '/?theme=dark&daily=20000', // a changed statement: its reset button
    '/?daily=abc', // notices: their dismiss button
    '/?embed=1',
    '/?embed=1&scenario=shin-2024-06&containers=11000',
  ];

  for (const query of QUERIES) {
    test(`every control is at least 44 × 44 px: ${query}`, async ({ watchedPage: page }) => {
      await openWhole(page, query);
      await openFolds(page);
      await page.locator('.table-toggle summary').click();
      await expect(page.locator('.table-toggle table').first()).toBeVisible();
      const small = await page.evaluate(() => {
        const controls = document.querySelectorAll<HTMLElement>(
          'button, select, input, textarea, summary, a[href], [tabindex]:not([tabindex^="-"])',
        );
        const found: string[] = [];
        for (const control of controls) {
          const style = getComputedStyle(control);
          // A link inside running text may be as small as the text (WCAG 2.5.8, "inline").
          if (control.matches('a, [tabindex]') && style.display === 'inline') continue;
          // The date fields' hidden native picker: never focused or touched, opened by its button.
          if (control.tabIndex < 0 && control.closest('[aria-hidden="true"]')) continue;
          if (!control.checkVisibility({ visibilityProperty: true })) continue;
          const box = control.getBoundingClientRect();
          if (box.width >= 44 && box.height >= 44) continue;
          const name =
            control.getAttribute('name') ??
            control.dataset.result ??
            control.getAttribute('aria-label') ??
            control.textContent.trim().slice(0, 40);
          found.push(
            `<${control.tagName.toLowerCase()}${control.className ? ` class="${control.className}"` : ''}> "${name}": ${box.width.toFixed(1)} × ${box.height.toFixed(1)}`,
          );
        }
        return found;
      });
      expect(small, 'controls smaller than 44 × 44 CSS px').toEqual([]);
    });
  }
});

/** Every element's transition and animation durations above 10 ms, named. */
async function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seconds = (list: string) =>
      list.split(',').map((item) => {
        const value = Number.parseFloat(item);
        return item.trim().endsWith('ms') ? value / 1000 : value;
      });
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const longest = Math.max(
          ...seconds(style.transitionDuration),
          ...seconds(style.animationDuration),
        );
        if (longest > 0.01) {
          found.push(
            `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationDuration}`,
          );
        }
      }
    }
    return found;
  });
}

/** The path of every line in the chart. */
async function linePaths(page: Page): Promise<string[]> {
  return page
    .locator('.recharts-line-curve')
    .evaluateAll((paths) =>
      paths.map(
        (path) => `${path.getAttribute('d') ?? ''} ${path.getAttribute('stroke-dasharray') ?? ''}`,
      ),
    );
}

/** Asserts the chart's lines do not move for `ms`: drawn at once, not eased in. */
async function expectLinesStill(page: Page, ms: number): Promise<void> {
  const before = await linePaths(page);
  await page.waitForTimeout(ms);
  expect(await linePaths(page), 'the lines moved: they are animated').toEqual(before);
}

test.describe('reduced motion', () => {
  test('no transition, animation or smooth scrolling; the chart is drawn at once', async ({
    watchedPage: page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/');
    // From the first frame the chart is there: its lines are not drawn in.
    await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
    await expectLinesStill(page, 400);
    await waitForWhole(page);

    // Anything that would move, now or added later, is stopped by the page's reduced-motion rule.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'motion-probe';
      probe.style.transition = 'opacity 1s';
      probe.style.animation = 'spin 2s infinite';
      probe.style.scrollBehavior = 'smooth';
      document.body.append(probe);
      document.documentElement.style.scrollBehavior = 'smooth';
    });
    await page.locator('[data-result="totalShells"]').hover();
    expect(await movingElements(page)).toEqual([]);
    await expect(page.locator('html')).toHaveCSS('scroll-behavior', 'auto');

    // A change redraws the lines in one step.
    const drawn = await linePaths(page);
    await page.locator('input[name="containers"]').fill('13000');
    await expect.poll(() => linePaths(page)).not.toEqual(drawn);
    await expectLinesStill(page, 400);
  });

  test('without the preference the chart is not animated either', async ({ watchedPage: page }) => {
    // A line easing in on every keystroke would lag behind the figures: it never animates.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/');
    await expect(page.locator('.recharts-line-curve').first()).toBeVisible();
    await expectLinesStill(page, 400);
    const drawn = await linePaths(page);
    await page.locator('input[name="containers"]').fill('13000');
    await expect.poll(() => linePaths(page)).not.toEqual(drawn);
    await expectLinesStill(page, 400);
  });
});
