/**
 * The page with the keyboard alone (after `goto`): Tab reaches every visible control, in both
 * directions, each with a focus ring that shows and fully in view, and passes the result figures
 * by (they do nothing on focus: the "Show exact values" switch writes their exact values); the
 * skip link is the first stop; arrow keys change the sliders and the number fields, and with them
 * the results; Enter, Space and Escape do what a reader expects, and open a folded section.
 */
import type { Page } from '@playwright/test';
import { contrastRatio, openWhole } from './a11y-helpers';
import { expect, resultValue, test } from './fixtures';

/** One stop of the Tab sequence as the page reports it. */
interface Stop {
  /** The element's index among the focusable elements found before tabbing; null if unknown. */
  id: string | null;
  what: string;
  /** outline and box-shadow when focused, to compare with the element at rest. */
  ring: string;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  boxShadow: string;
  /** The background the ring is drawn on: the nearest opaque one behind the element. */
  background: string;
  /** Whether the element is on screen and not covered at its centre. */
  inView: boolean;
  uncovered: boolean;
}

/**
 * Marks every element a reader must reach with Tab with `data-kb`: each visible, enabled control
 * (even one wrongly taken out of the order with tabindex=-1) and each element with tabindex ≥ 0.
 * Returns each one's description and its ring at rest, before any focus.
 */
async function markFocusable(page: Page): Promise<{ what: string; ring: string }[]> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex], [contenteditable="true"]',
    );
    const found: { what: string; ring: string }[] = [];
    for (const element of candidates) {
      const control = element.matches('a[href], button, input, select, textarea, summary');
      if (!control && element.tabIndex < 0) continue;
      if (element.matches(':disabled') || element.closest('[inert]')) continue;
      if (element instanceof HTMLInputElement && element.type === 'hidden') continue;
      // Invisible controls are not expected (the date fields' native picker, opened by a button).
      if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      element.dataset.kb = String(found.length);
      const style = getComputedStyle(element);
      const name =
        element.getAttribute('name') ??
        element.dataset.result ??
        element.getAttribute('aria-label') ??
        element.textContent.trim().slice(0, 40);
      found.push({
        what: `<${element.tagName.toLowerCase()}> "${name}"`,
        ring: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
      });
    }
    return found;
  });
}

/** What has focus now, or null when focus has left the document (or sits on the body). */
async function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const style = getComputedStyle(element);
    let background = 'rgb(255, 255, 255)';
    for (let node = element.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        background = colour;
        break;
      }
    }
    const box = element.getBoundingClientRect();
    const inView =
      box.bottom > 0 &&
      box.top < window.innerHeight &&
      box.right > 0 &&
      box.left < window.innerWidth;
    // A link that wraps has a box per line: it shows if any line's centre is the link itself.
    const uncovered = [...element.getClientRects()].some((line) => {
      const hit = document.elementFromPoint(line.left + line.width / 2, line.top + line.height / 2);
      return hit !== null && (element === hit || element.contains(hit));
    });
    const name =
      element.getAttribute('name') ??
      element.dataset.result ??
      element.getAttribute('aria-label') ??
      element.textContent.trim().slice(0, 40);
    return {
      id: element.dataset.kb ?? null,
      what: `<${element.tagName.toLowerCase()}> "${name}"`,
      ring: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`,
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      background,
      inView,
      uncovered,
    };
  });
}

/** Presses `key` until focus leaves the page or comes back to where it started; the stops. */
async function walk(page: Page, key: 'Tab' | 'Shift+Tab', limit: number): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    if (stop === null) break;
    if (stops.length > 0 && stop.id !== null && stop.id === stops[0]?.id) break;
    stops.push(stop);
  }
  return stops;
}

/** Why a focused element's ring does not show, or null when it does. */
function ringProblem(stop: Stop, atRest: string | undefined): string | null {
  const outline = stop.outlineStyle !== 'none' && stop.outlineWidth >= 2;
  const shadow = stop.boxShadow !== 'none';
  if (!outline && !shadow) return `no focus ring (${stop.ring})`;
  if (stop.ring === atRest) return `looks the same focused and at rest (${stop.ring})`;
  if (outline && !shadow) {
    const ratio = contrastRatio(stop.outlineColor, stop.background);
    if (ratio < 3)
      return `ring ${stop.outlineColor} is ${ratio.toFixed(2)}:1 on ${stop.background}`;
  }
  if (!stop.inView) return 'focused off screen';
  if (!stop.uncovered) return 'covered by another element';
  return null;
}

/** Tabs forward from where focus is until `selector` has focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 200): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((css) => document.activeElement?.matches(css) ?? false, selector)) {
      return;
    }
  }
  throw new Error(`Tab never reached ${selector}`);
}

test.describe.configure({ mode: 'parallel' });

const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'phone', viewport: { width: 375, height: 800 } },
];

for (const { name, viewport } of WIDTHS) {
  test.describe(`keyboard only, ${name} (${viewport.width} px)`, () => {
    test.use({ viewport });

    for (const [query, opened] of [
      ['/?theme=light', false],
      ['/?theme=dark&daily=20000', false],
      ['/?embed=1', false],
      ['/?embed=1', true],
    ] as const) {
      const what = opened ? `${query}, every group opened with Enter` : query;
      test(`Tab reaches every control and the results, with a ring that shows: ${what}`, async ({
        watchedPage: page,
      }) => {
        await openWhole(page, query);
        if (opened) {
          // The embed's folded groups open from the keyboard: Tab to each summary, Enter.
          const folds = page.locator('details.group-fold');
          const count = await folds.count();
          expect(count).toBeGreaterThan(0);
          for (let index = 0; index < count; index += 1) {
            const summary = folds.nth(index).locator(':scope > summary');
            await summary.focus();
            await page.keyboard.press('Enter');
            await expect(folds.nth(index)).toHaveAttribute('open', '');
          }
          // Start the walk from the top of the page again.
          await page.evaluate(() => {
            document.body.tabIndex = -1;
            document.body.focus();
            document.body.removeAttribute('tabindex');
          });
        }
        const reachable = await markFocusable(page);
        // The embed folded: its groups' lines, the statement's links and "Open full calculator"
        // (the figures are no Tab stops).
        expect(reachable.length).toBeGreaterThan(opened || !query.includes('embed') ? 20 : 5);

        const forward = await walk(page, 'Tab', reachable.length + 20);
        const reached = new Set(forward.map((stop) => stop.id));
        const missed = reachable.filter((_, index) => !reached.has(String(index)));
        expect(
          missed.map((item) => item.what),
          'never reached with Tab',
        ).toEqual([]);
        const unexpected = forward.filter((stop) => stop.id === null).map((stop) => stop.what);
        expect(unexpected, 'focus landed on something hidden').toEqual([]);
        expect(forward, 'each control is reached once').toHaveLength(reachable.length);

        // The figures are no Tab stops: they do nothing on focus. Their exact values are one
        // switch away on the full page, and in the working in the embed.
        await expect(page.locator('[data-result][data-kb]')).toHaveCount(0);
        if (!query.includes('embed')) {
          const toggle = await page.locator('.exact-toggle').getAttribute('data-kb');
          expect(toggle !== null && reached.has(toggle), 'the exact values switch').toBe(true);
          expect(forward[0]?.what, 'the first stop').toBe('<a> "Skip to the results"');
        }

        const rings = forward
          .map((stop) => ({ stop, problem: ringProblem(stop, reachable[Number(stop.id)]?.ring) }))
          .filter(({ problem }) => problem !== null)
          .map(({ stop, problem }) => `${stop.what}: ${problem ?? ''}`);
        expect(rings, 'focus that does not show').toEqual([]);

        // Back again with Shift+Tab: the same stops in the opposite order.
        const backward = await walk(page, 'Shift+Tab', reachable.length + 20);
        expect(backward.map((stop) => stop.id)).toEqual(forward.map((stop) => stop.id).reverse());
      });
    }

    test('arrow keys change a slider and the number fields, and the results', async ({
      watchedPage: page,
    }) => {
      await openWhole(page, '/');
      const total = () => resultValue(page, 'totalShells');
      const containers = page.locator('input[name="containers"]');

      await tabTo(page, 'input[name="containers"]');
      await page.keyboard.press('ArrowUp');
      await expect(containers).toHaveValue('6,800');
      expect(await total()).toBe(String(6_800 * 448));
      await page.keyboard.press('Shift+ArrowUp');
      await expect(containers).toHaveValue('7,800');
      await page.keyboard.press('PageDown');
      await expect(containers).toHaveValue('6,800');
      await page.keyboard.press('ArrowDown');
      await expect(containers).toHaveValue('6,700');
      expect(await total()).toBe('3001600');

      // The slider beside it, by its own step.
      await tabTo(page, '.field-slider');
      await page.keyboard.press('ArrowRight');
      await expect(containers).toHaveValue('6,800');
      await page.keyboard.press('ArrowUp');
      await expect(containers).toHaveValue('6,900');
      expect(await total()).toBe(String(6_900 * 448));
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowLeft');
      await expect(containers).toHaveValue('6,700');

      await tabTo(page, 'input[name="daily"]');
      const months = await resultValue(page, 'monthsOfFire');
      await page.keyboard.press('ArrowUp');
      await expect(page.locator('input[name="daily"]')).toHaveValue('11,000');
      expect(await resultValue(page, 'monthsOfFire')).not.toBe(months);
      expect(await resultValue(page, 'daysOfFire')).toBe(String(3_001_600 / 11_000));

      // The weight check's assumptions are folded to their line: Enter opens them.
      await tabTo(page, 'details.group-fold:has(input[name="shellKg"]) > summary');
      await page.keyboard.press('Enter');
      await tabTo(page, 'input[name="shellKg"]');
      await page.keyboard.press('ArrowDown');
      await expect(page.locator('input[name="shellKg"]')).toHaveValue('43.55');
      // The detail results follow a keystroke a moment after the headline: wait for them.
      await expect(page.locator('[data-result="massPerContainerKg"]')).toHaveAttribute(
        'data-value',
        String(448 * 43.55),
      );

      // The change is read out once the results settle.
      await expect(page.locator('.results-announcer')).toHaveText(
        'About 3.0 million working shells, 9.0 months of Russian fire, lasting until June 11, 2024.',
      );
    });

    test('Enter, Space and Escape do what a reader expects', async ({ watchedPage: page }) => {
      await openWhole(page, '/');
      const containers = page.locator('input[name="containers"]');

      // Enter presses a statement button.
      await tabTo(page, '.scenario-button[aria-pressed="false"]');
      await page.keyboard.press('Enter');
      await expect(containers).toHaveValue('10,000');
      await expect(page.locator('.scenario-button').nth(1)).toHaveAttribute('aria-pressed', 'true');

      // Escape throws away refused text; Enter tidies an accepted one, as leaving the field does.
      await tabTo(page, 'input[name="perContainer"]');
      const perContainer = page.locator('input[name="perContainer"]');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('abc');
      await expect(perContainer).toHaveAttribute('aria-invalid', 'true');
      await page.keyboard.press('ArrowUp');
      await expect(perContainer).toHaveValue('abc');
      await page.keyboard.press('Escape');
      await expect(perContainer).toHaveValue('480');
      await expect(perContainer).not.toHaveAttribute('aria-invalid');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('1200');
      await page.keyboard.press('Enter');
      await expect(perContainer).toHaveValue('1,200');
      await expect(perContainer).toBeFocused();

      // Enter opens the published rates of fire; Space presses one.
      const rates = '.field:has(input[name="daily"]) .published-values';
      await tabTo(page, `${rates} > summary`);
      await page.keyboard.press('Enter');
      await expect(page.locator(rates)).toHaveAttribute('open', '');
      await tabTo(page, `${rates} .choice[aria-pressed="false"]`);
      const chosen = await page.evaluate(() => document.activeElement?.textContent ?? '');
      await page.keyboard.press('Space');
      await expect(page.locator('.choice', { hasText: chosen })).toHaveAttribute(
        'aria-pressed',
        'true',
      );

      // Enter opens the chart's section where it is folded (a phone), and then its table.
      if ((await page.locator('details#timeline').getAttribute('open')) === null) {
        await tabTo(page, 'details#timeline > summary');
        await page.keyboard.press('Enter');
        await expect(page.locator('.recharts-surface')).toBeVisible();
      }
      await tabTo(page, '.table-toggle summary');
      await page.keyboard.press('Enter');
      await expect(page.locator('.table-toggle table').first()).toBeVisible();

      // Typing the start of an option chooses it in a select.
      await tabTo(page, '.theme-switch select');
      await page.keyboard.type('Dark');
      await expect(page).toHaveURL(/theme=dark/);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  });
}
