/**
 * A battery of hostile links (CONTRACT §3), one test each, in the full page and in the embedded
 * view: whatever the query string says, the page loads without a console error, an uncaught
 * exception or a request off the origin (the `watchedPage` fixture); shows results with no NaN,
 * Infinity or undefined; names every bad parameter, by its key, in the `[data-notice]` element;
 * rewrites the address bar to a clean link that reads back without notices; and runs no script
 * and injects no markup from the link.
 */
import type { Page } from '@playwright/test';
import { expect, resultValue, test, visibleText } from './fixtures';

interface HostileCase {
  /** What the link tries. */
  name: string;
  /** The query string after `?`, as a person could paste it (raw where a browser allows). */
  query: string;
  /** Every key the notice must name; empty when the link is valid and no notice may show. */
  badKeys: readonly string[];
  /** The query string the page writes back (CONTRACT §3: v=3 first, defaults left out). */
  clean: string;
  /** totalShells' exact `data-value` after the fallback or the clamping. */
  total: string;
  /** Further results to check: a `data-value`, or null when the result must carry none. */
  results?: Readonly<Record<string, string | null>>;
  /** Run in the embedded view (`&embed=1`) too. */
  embedded?: true;
}

const SCRIPT = '<script>window.__pwned=1</script>';
const IMG = '<img src=x onerror="window.__pwned=1">';
const DEFAULT_TOTAL = '3001600'; // 6,700 × 448 (CONTRACT §1 worked example)

const CASES: readonly HostileCase[] = [
  { name: 'an empty query', query: '', badKeys: [], clean: '', total: DEFAULT_TOTAL },
  {
    name: 'NaN',
    query: 'containers=NaN',
    badKeys: ['containers'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'Infinity',
    query: 'containers=Infinity',
    badKeys: ['containers'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: '-Infinity',
    query: 'daily=-Infinity',
    badKeys: ['daily'],
    clean: '',
    total: DEFAULT_TOTAL,
    results: { daysOfFire: '300.16' },
  },
  {
    name: '1e309, past the largest double',
    embedded: true,
    query: 'containers=1e309',
    badKeys: ['containers'],
    clean: '?v=3&containers=1000000',
    total: String(1_000_000 * 448),
  },
  {
    name: 'a negative value for every number',
    embedded: true,
    query: 'containers=-5&perContainer=-1&share=-10&usable=-0.5&daily=-100&shellKg=-1&payloadKg=-5',
    badKeys: ['containers', 'perContainer', 'share', 'usable', 'daily', 'shellKg', 'payloadKg'],
    clean: '?v=3&containers=0&perContainer=0&share=0&usable=0&daily=1&shellKg=1&payloadKg=100',
    total: '0',
    // No shells: they last exactly the delivery period; 0 kg a container is under any payload.
    results: {
      daysOfFire: '0',
      lastsUntil: '2024-02-26',
      massPerContainerKg: '0',
      plausible: 'true',
    },
  },
  {
    name: '-0, which is a valid zero',
    query: 'containers=-0',
    badKeys: [],
    clean: '?v=3&containers=0',
    total: '0',
  },
  {
    name: 'daily=0',
    embedded: true,
    query: 'daily=0',
    badKeys: ['daily'],
    clean: '?v=3&daily=1',
    total: DEFAULT_TOTAL,
    // 3,001,600 days from 2023-09-13 is past the year 9999: a reason, no value.
    results: { daysOfFire: DEFAULT_TOTAL, lastsUntil: null },
  },
  {
    name: 'start after end',
    embedded: true,
    query: 'start=2024-03-01&end=2023-10-01',
    badKeys: ['start', 'end'],
    clean: '',
    total: DEFAULT_TOTAL,
    results: { deliveryDays: '166', lastsUntil: '2024-07-09' },
  },
  {
    name: 'start on the preset’s end date',
    query: 'start=2024-02-26',
    badKeys: ['start'],
    clean: '',
    total: DEFAULT_TOTAL,
    results: { deliveryDays: '166' },
  },
  {
    name: 'the 30th of February',
    query: 'start=2023-02-30',
    badKeys: ['start'],
    clean: '',
    total: DEFAULT_TOTAL,
    results: { deliveryDays: '166' },
  },
  {
    name: 'a 13th month',
    query: 'end=2024-13-01',
    badKeys: ['end'],
    clean: '',
    total: DEFAULT_TOTAL,
    results: { deliveryDays: '166' },
  },
  {
    name: 'a script tag as a value',
    embedded: true,
    query: `containers=${SCRIPT}&x=${encodeURIComponent(SCRIPT)}`,
    badKeys: ['containers', 'x'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'a script tag as a key',
    embedded: true,
    query: `${encodeURIComponent(SCRIPT)}=1&<script>alert(1)</script>=2`,
    badKeys: [SCRIPT, '<script>alert(1)</script>'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'an image with onerror as a key and as a value',
    embedded: true,
    query: `${encodeURIComponent(IMG)}=1&lang=${encodeURIComponent(IMG)}`,
    badKeys: [IMG, 'lang'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'a duplicated key',
    embedded: true,
    query: 'daily=20000&daily=5&daily=abc',
    badKeys: ['daily'],
    clean: '?v=3&daily=20000',
    total: DEFAULT_TOTAL,
    results: { daysOfFire: '150.08' },
  },
  {
    name: 'unknown keys',
    embedded: true,
    query: 'foo=1&bar&constructor=2&__proto__=x&toString=',
    badKeys: ['foo', 'bar', 'constructor', '__proto__', 'toString'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'empty keys and stray separators',
    query: '&&=&containers=12000&&=5',
    badKeys: [''],
    clean: '?v=3&containers=12000',
    total: String(12_000 * 448),
  },
  {
    name: 'a 5,000-digit number',
    query: `containers=${'9'.repeat(5_000)}`,
    badKeys: ['containers'],
    clean: '?v=3&containers=1000000',
    total: String(1_000_000 * 448),
  },
  {
    name: 'a 5,000-digit number with a stray letter',
    query: `perContainer=${'9'.repeat(5_000)}x`,
    badKeys: ['perContainer'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'ranges that are not ranges',
    query: 'containers=..&perContainer=a..b',
    badKeys: ['containers', 'perContainer'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'broken percent-encoding and non-ASCII digits',
    embedded: true,
    query: 'containers=%E0%A4%A&daily=%D9%A1%D9%A0%D9%A0&shellKg=%00',
    badKeys: ['containers', 'daily', 'shellKg'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'an unknown scenario',
    query: 'scenario=shin-2099-01',
    badKeys: ['scenario'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'a scenario named like an object property',
    query: 'scenario=__proto__',
    badKeys: ['scenario'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'an unknown language',
    embedded: true,
    query: 'lang=xx',
    badKeys: ['lang'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'an emoji language',
    query: 'lang=🇺🇦',
    badKeys: ['lang'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'an unknown theme',
    query: 'theme=neon',
    badKeys: ['theme'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'embed=yes',
    query: 'embed=yes',
    badKeys: ['embed'],
    clean: '',
    total: DEFAULT_TOTAL,
  },
  {
    name: 'an unknown link version',
    query: 'v=4&containers=10000',
    badKeys: ['v'],
    clean: '?v=3&containers=10000',
    total: String(10_000 * 448),
  },
];

/** How a notice writes a key: in curly quotes, cut to 20 characters and "…" past 24. */
function named(key: string): string {
  return `“${key.length > 24 ? `${key.slice(0, 20)}…` : key}”`;
}

/** Waits for the results and for the parts that load after them (the notice among them). */
async function waitForPage(page: Page): Promise<void> {
  await page.locator('[data-result="totalShells"][data-value]').waitFor();
  // Attached, not visible: the embedded view folds the assumptions.
  await expect(page.locator('input[name="containers"]')).toBeAttached();
}

/** Nothing from the link ran or became markup. */
async function expectNothingInjected(page: Page, dialogs: readonly string[]): Promise<void> {
  expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(window, '__pwned'))).toBe(
    false,
  );
  await expect(page.locator('body script, body iframe, body [onerror], body [onload]')).toHaveCount(
    0,
  );
  expect(dialogs).toEqual([]);
}

const HEADLINE_RESULTS: readonly string[] = [
  'totalShells',
  'monthsOfFire',
  'daysOfFire',
  'lastsUntil',
];

const VIEWS = [
  { view: 'the full page', embed: false },
  { view: 'the embedded view', embed: true },
] as const;

for (const { view, embed } of VIEWS) {
  test.describe(`hostile links in ${view}`, () => {
    // Each case is its own page load: they can share the workers.
    test.describe.configure({ mode: 'parallel' });

    for (const hostile of CASES) {
      if (embed && hostile.embedded !== true) continue;

      test(hostile.name, async ({ watchedPage: page }) => {
        const dialogs: string[] = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        const query = embed ? `${hostile.query}&embed=1` : hostile.query;
        const clean = embed
          ? hostile.clean === ''
            ? '?v=3&embed=1'
            : `${hostile.clean}&embed=1`
          : hostile.clean;

        await page.goto(query === '' ? '/' : `/?${query}`);
        await waitForPage(page);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('.page-embed')).toHaveCount(embed ? 1 : 0);

        expect(await resultValue(page, 'totalShells')).toBe(hostile.total);
        for (const [key, value] of Object.entries(hostile.results ?? {})) {
          // The embedded view shows the headline results only.
          if (embed && !HEADLINE_RESULTS.includes(key)) continue;
          const result = page.locator(`[data-result="${key}"]`);
          if (value === null) await expect(result).not.toHaveAttribute('data-value');
          else await expect(result).toHaveAttribute('data-value', value);
        }

        const notice = page.locator('[data-notice]');
        if (hostile.badKeys.length === 0) {
          await expect(notice).toHaveCount(0);
        } else {
          await expect(notice).toBeVisible();
          for (const key of hostile.badKeys) await expect(notice).toContainText(named(key));
        }

        expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);
        await expectNothingInjected(page, dialogs);
        const theme = await page.locator('html').getAttribute('data-theme');
        expect(['light', 'dark', 'auto']).toContain(theme);

        // The address bar is rewritten to what the page shows (the sync is debounced).
        await expect.poll(() => new URL(page.url()).search).toBe(clean);
        expect(new URL(page.url()).pathname).toBe('/');
        if (embed) {
          const full = page.getByRole('link', { name: 'Open full calculator' });
          await expect(full).toHaveAttribute('href', `./${hostile.clean}`);
        }

        // That clean link reads back as the same page, without a notice.
        await page.reload();
        await waitForPage(page);
        expect(await resultValue(page, 'totalShells')).toBe(hostile.total);
        await expect(notice).toHaveCount(0);
        expect(new URL(page.url()).search).toBe(clean);
        expect(await visibleText(page)).not.toMatch(/NaN|Infinity|undefined/);
        await expectNothingInjected(page, dialogs);
      });
    }
  });
}
