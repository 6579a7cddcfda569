/**
 * Downloads and print: the CSV holds the page's `data-value` figures (CONTRACT §4) to 12
 * significant digits, without floating-point noise, with ranges their `data-low`/`data-high` too,
 * under a first line naming the statement, the permalink and the date; the timeline saves as SVG
 * and PNG at one size whatever the screen, with its title, legend, source line, review date and
 * permalink; the printed methodology sheet fits on two A4 pages.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** RFC 4180 CSV into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  return rows;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return download;
}

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** Every `[data-result]` on the page with its attributes, once every part has loaded. */
async function carriedResults(page: Page) {
  return page.locator('[data-result]').evaluateAll((elements) =>
    elements.map((element) => ({
      key: element.getAttribute('data-result') ?? '',
      value: element.getAttribute('data-value'),
      low: element.getAttribute('data-low'),
      high: element.getAttribute('data-high'),
    })),
  );
}

/** A CSV's records after its first line, which says what it shows (checked here too). */
function csvRecords(bytes: Buffer, page: Page): string[][] {
  const [first = [], ...rows] = parseCsv(bytes.subarray(3).toString('utf8'));
  expect(first).toHaveLength(1);
  expect(first[0]).toContain(new URL(page.url()).origin);
  expect(first[0]).toMatch(/\d{4}-\d{2}-\d{2}/);
  return rows;
}

/** The figure a CSV writes for a `data-value`: the same number to 12 significant digits. */
function inCsv(value: string | null): string {
  if (value === null) return '';
  const number = Number(value);
  return Number.isFinite(number) && value.trim() !== '' && !/^\d{4}-/.test(value)
    ? String(Number(number.toPrecision(12)))
    : value;
}

async function resultsCsv(page: Page) {
  const download = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download the results as CSV' }).click(),
  );
  expect(download.suggestedFilename()).toBe('shell-count-results.csv');
  const bytes = await bytesOf(download);
  // UTF-8 with a byte-order mark, so that Excel reads Korean and Ukrainian.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...body] = csvRecords(bytes, page);
  return { header, byKey: new Map(body.map((row) => [row[0] ?? '', row])) };
}

test.describe('the results as CSV', () => {
  test('hold the data-value of every result on the page, without noise', async ({
    watchedPage: page,
  }) => {
    await page.goto('/?containers=9000&daily=12345#downloads');
    await expect(page.locator('[data-result="packedMassKg"]')).toHaveAttribute('data-value', /\d/);
    await expect(page.locator('[data-result="euMultiple"]')).toHaveAttribute('data-value', /\d/);
    const { header, byKey } = await resultsCsv(page);
    expect(header).toEqual(['key', 'Name', 'Value', 'Unit']);
    const onPage = await carriedResults(page);
    expect(onPage.length).toBeGreaterThanOrEqual(13);
    for (const { key, value } of onPage) {
      expect(byKey.get(key)?.[2], key).toBe(inCsv(value));
    }
    expect(byKey.get('totalShells')?.[2]).toBe(String(9000 * 448));
    // 4,032,000 ÷ 166 days = 24,289.156626506024…: twelve digits, no more.
    expect(byKey.get('deliveredPerDay')?.[2]).toBe('24289.1566265');
  });

  test('with ranges hold the medians and the 5th and 95th percentiles', async ({
    watchedPage: page,
  }) => {
    await page.goto('/?containers=6700..13000#downloads');
    const total = page.locator('[data-result="totalShells"]');
    await expect(total).toHaveAttribute('data-low', /\d/);
    await expect(page.locator('[data-result="euMultiple"]')).toHaveAttribute('data-high', /\d/);
    await expect(page.getByRole('button', { name: 'Download the results as CSV' })).toBeEnabled();
    const { header, byKey } = await resultsCsv(page);
    expect(header).toEqual(['key', 'Name', 'Value', '5th percentile', '95th percentile', 'Unit']);
    for (const { key, value, low, high } of await carriedResults(page)) {
      const row = byKey.get(key);
      expect(row?.slice(2, 5), key).toEqual([inCsv(value), inCsv(low), inCsv(high)]);
    }
  });

  test('in Ukrainian have Ukrainian headers and names, English keys', async ({
    watchedPage: page,
  }) => {
    await page.goto('/?lang=uk#downloads');
    await expect(page.locator('[data-result="euMultiple"]')).toHaveAttribute('data-value', /\d/);
    const download = await downloaded(page, () =>
      page.getByRole('button', { name: 'Завантажити результати у форматі CSV' }).click(),
    );
    const bytes = await bytesOf(download);
    expect(parseCsv(bytes.subarray(3).toString('utf8'))[0]?.[0]).toMatch(
      /^Лічильник снарядів: .*завантажено \d{4}-\d{2}-\d{2} · числа перевірено/,
    );
    const rows = csvRecords(bytes, page);
    expect(rows[0]).toEqual(['key', 'Назва', 'Значення', 'Одиниця']);
    expect(rows[1]?.slice(0, 3)).toEqual([
      'totalShells',
      'Доставлено справних снарядів',
      '3001600',
    ]);
  });
});

test('the assumptions as CSV: values, units and where each comes from', async ({
  watchedPage: page,
}) => {
  await page.goto('/?daily=20000#downloads');
  const download = await downloaded(page, () =>
    page.getByRole('button', { name: 'Download the assumptions as CSV' }).click(),
  );
  expect(download.suggestedFilename()).toBe('shell-count-assumptions.csv');
  const bytes = await bytesOf(download);
  expect(parseCsv(bytes.subarray(3).toString('utf8'))[0]?.[0]).toMatch(
    /^Shell Count: Feb 2024 .*, with your changes\. http:\/\/localhost:\d+\/\?v=3&daily=20000 · downloaded /,
  );
  const rows = csvRecords(bytes, page);
  expect(rows[0]).toEqual([
    'key',
    'Name',
    'Value',
    'Unit',
    'Status',
    'Credited to',
    'Source',
    'Our reading',
  ]);
  const byKey = new Map(rows.slice(1).map((row) => [row[0], row]));
  expect(byKey.get('containers')?.slice(2, 6)).toEqual([
    '6700',
    'containers',
    'statement',
    'South Korea’s defence minister, February 2024',
  ]);
  expect(byKey.get('containers')?.[6]).toMatch(/^https:\/\//);
  // 20,000 a day is a published rate: the US officials' 2022 peak, credited to them.
  expect(byKey.get('daily')?.slice(2, 6)).toEqual([
    '20000',
    'shells a day',
    'published figure',
    'US officials, 2022 peak',
  ]);
  expect(byKey.get('start')?.[2]).toBe('2023-09-13');
});

/** The words of every `<text>` in an SVG document, or null when it does not parse. */
async function svgTexts(page: Page, svg: string): Promise<string[] | null> {
  return page.evaluate((source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (parsed.querySelector('parsererror')) return null;
    return Array.from(parsed.querySelectorAll('text')).map((text) => text.textContent);
  }, svg);
}

/** The width and height a PNG's header gives. */
function pngSize(png: Buffer): [number, number] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

test.describe('the timeline as a file', () => {
  test('SVG with its title, legend, source line, review date and permalink', async ({
    watchedPage: page,
  }) => {
    await page.goto('/?daily=20000&theme=dark');
    await expect(page.locator('.chart-frame svg.recharts-surface')).toBeVisible({
      timeout: 15_000,
    });
    const download = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download the timeline as SVG' }).click(),
    );
    expect(download.suggestedFilename()).toBe('shell-count-timeline.svg');
    const svg = (await bytesOf(download)).toString('utf8');
    const texts = await svgTexts(page, svg);
    expect(texts).not.toBeNull();
    const all = (texts ?? []).join(' ');
    expect(all).toContain('Deliveries against Russian fire');
    // The legend's words, each beside its mark.
    for (const key of [
      'Delivered by North Korea',
      'Fired by Russia',
      'Capacity conversions (“could hold”)',
      'Estimates of rounds sent',
    ]) {
      expect(texts).toContain(key);
    }
    expect(all).toMatch(/Source: /);
    expect(all).toContain('Figures reviewed December 5, 2026');
    expect(all.replaceAll(' ', '')).toContain('?v=3&daily=20000');
    // The chart's own labels came along, with colours written out (no CSS variables), on white
    // whatever the theme on screen.
    expect(all).toContain('Jan 2024');
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toMatch(/^<svg[^>]* width="1200"/);
  });

  test('PNG at one print-ready size, the same from a phone and a desktop', async ({
    watchedPage: page,
  }) => {
    const sizes: [number, number][] = [];
    for (const viewport of [
      { width: 375, height: 812 },
      { width: 1280, height: 900 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto('/#timeline');
      await expect(page.locator('.chart-frame svg.recharts-surface')).toBeVisible({
        timeout: 15_000,
      });
      const download = await downloaded(page, () =>
        page.getByRole('button', { name: 'Download the timeline as PNG' }).click(),
      );
      expect(download.suggestedFilename()).toBe('shell-count-timeline.png');
      const png = await bytesOf(download);
      sizes.push(pngSize(png));
      expect(png.length).toBeGreaterThan(50_000);
    }
    expect(sizes[0]?.[0]).toBe(2400);
    expect(sizes[1]).toEqual(sizes[0]);
  });

  test('each histogram as SVG with its legend', async ({ watchedPage: page }) => {
    await page.goto('/?containers=6700..13000#spread');
    const button = page.getByRole('button', {
      name: 'Download the spread of working shells delivered as SVG',
    });
    await expect(button).toBeVisible({ timeout: 20_000 });
    const download = await downloaded(page, () => button.click());
    const texts = await svgTexts(page, (await bytesOf(download)).toString('utf8'));
    expect(texts).toEqual(expect.arrayContaining(['The middle 90%', 'outside it', 'Median']));
  });
});

/** Pages of a PDF: its `/Type /Page` objects, not the `/Pages` tree. */
function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test.describe('the printed methodology sheet', () => {
  for (const lang of ['en', 'uk'] as const) {
    test(`fits two A4 pages (${lang})`, async ({ watchedPage: page }) => {
      await page.goto(`/?lang=${lang}`);
      await expect(page.locator('.chart-frame svg.recharts-surface')).toBeVisible({
        timeout: 15_000,
      });
      await expect(page.locator('[data-result="euMultiple"]')).toHaveAttribute('data-value', /\d/);
      await page.emulateMedia({ media: 'print' });
      // The link is written out; the buttons are not printed.
      await expect(page.locator('.print-permalink')).toBeVisible();
      await expect(page.locator('.print-permalink a')).toHaveText(/^http:\/\/localhost:\d+\//);
      await expect(page.getByRole('button').filter({ visible: true })).toHaveCount(0);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pageCount(pdf)).toBeGreaterThanOrEqual(1);
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    });
  }

  test('the print button opens the print dialog', async ({ watchedPage: page }) => {
    await page.goto('/#downloads');
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes';
      };
    });
    await page.getByRole('button', { name: 'Print the methodology sheet' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  });
});
