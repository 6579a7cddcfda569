import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { AMP_SANDBOX, PREVIEW_SIZE, type EmbedKind } from '../../src/features/share/embed-code';
import { expect, test } from './embed-helpers';
import { serveHostPages } from './host-server';

/**
 * The builder's other two kinds of code, put on a host page as a newsroom would paste them: the
 * AMP code, checked as markup against the rules of `amp-iframe` (the AMP runtime comes from AMP's
 * CDN, which no test may reach), and the static image with its link. And the static images
 * themselves: `npm run build` made one per preset, at least 1200 × 630, and the page's card tags
 * point at one.
 *
 * The amp-iframe rules checked, from AMP's documentation of the component
 * (https://amp.dev/documentation/components/amp-iframe, "Behavior", "Iframe with placeholder",
 * "Iframe resizing"):
 * 1. it must request its resource over HTTPS (the test's app is on http://localhost, the one
 *    exception made here);
 * 2. it must not be on the AMP page's origin when its sandbox allows `allow-same-origin`;
 * 3. to resize, it must have the `resizable` attribute, an `overflow` child element, and
 *    `allow-same-origin` in its sandbox, and the framed page must post `embed-size` messages
 *    (`{ sentinel: 'amp', type: 'embed-size', height }`, checked in embed.spec.ts);
 * 4. its layout must be one it supports, with the sizes that layout needs: `fixed-height` takes
 *    a `height` and no `width` (amp.dev, "AMPHTML Layout System");
 * 5. a placeholder (an element with the `placeholder` attribute, here an `amp-img` with
 *    `layout="fill"`) lets it sit near the top of the page (otherwise it must be 600 px or 75% of
 *    the first viewport down).
 */

function shareSection(page: Page) {
  return page.getByRole('region', { name: 'Share' });
}

async function codeOfKind(page: Page, query: string, kind: EmbedKind, lang = ''): Promise<string> {
  // A link to the share section opens the page there, unfolded.
  await page.goto(`${query}#share`);
  const section = shareSection(page);
  await section.getByRole('combobox', { name: 'Kind of code' }).selectOption(kind);
  const code = section.getByRole('textbox', { name: 'Embed code' });
  if (lang !== '') {
    await section.getByRole('combobox', { name: 'Language' }).selectOption(lang);
    // The image and its words change together, once that language's words are in.
    await expect(code).toHaveValue(new RegExp(`/preview/${lang}/`));
  }
  return code.inputValue();
}

test('the AMP code keeps the rules of amp-iframe', async ({ loopbackPage: page }) => {
  const code = await codeOfKind(page, '/?scenario=shin-2024-06', 'amp');
  const host = await serveHostPages({
    '/amp.html': `<!doctype html><html ⚡ lang="en"><head><meta charset="utf-8"><title>AMP</title></head><body><p>Story.</p>${code}</body></html>`,
  });
  try {
    await page.goto(`${host.origin}/amp.html`);
    const checked = await page.evaluate(() => {
      const frame = document.querySelector('amp-iframe');
      if (!frame) return null;
      const src = new URL(frame.getAttribute('src') ?? '');
      const placeholder = frame.querySelector(':scope > [placeholder]');
      const overflow = frame.querySelector(':scope > [overflow]');
      return {
        secure: src.protocol === 'https:' || src.hostname === 'localhost',
        otherOrigin: src.origin !== location.origin,
        sandbox: (frame.getAttribute('sandbox') ?? '').split(/\s+/),
        resizable: frame.hasAttribute('resizable'),
        overflow: overflow
          ? {
              role: overflow.getAttribute('role'),
              tabindex: overflow.getAttribute('tabindex'),
              label: overflow.getAttribute('aria-label'),
              text: overflow.textContent,
            }
          : null,
        layout: frame.getAttribute('layout'),
        height: frame.getAttribute('height'),
        width: frame.getAttribute('width'),
        title: frame.getAttribute('title'),
        placeholder: placeholder
          ? {
              tag: placeholder.tagName.toLowerCase(),
              layout: placeholder.getAttribute('layout'),
              src: placeholder.getAttribute('src'),
              alt: placeholder.getAttribute('alt'),
            }
          : null,
        embed: src.searchParams.get('embed'),
        scenario: src.searchParams.get('scenario'),
      };
    });
    expect(checked).not.toBeNull();
    if (!checked) return;
    expect(checked.secure).toBe(true);
    expect(checked.otherOrigin).toBe(true);
    expect(checked.sandbox).toEqual(AMP_SANDBOX.split(' '));
    expect(checked.sandbox).toEqual(expect.arrayContaining(['allow-scripts', 'allow-same-origin']));
    expect(checked.resizable).toBe(true);
    expect(checked.overflow).toEqual({
      role: 'button',
      tabindex: '0',
      label: 'Show all of Shell Count',
      text: 'Show all of Shell Count',
    });
    expect(checked.layout).toBe('fixed-height');
    expect(Number(checked.height)).toBeGreaterThanOrEqual(300);
    expect(checked.width).toBeNull();
    expect(checked.title).toBe(
      'Shell Count: North Korean shells sent to Russia, in months of Russian fire',
    );
    expect(checked.placeholder).toMatchObject({ tag: 'amp-img', layout: 'fill' });
    expect(checked.placeholder?.alt).toMatch(/About 4\.8 million working shells/);
    expect(checked.embed).toBe('1');
    expect(checked.scenario).toBe('shin-2024-06');
    // The placeholder is the statement's image, served with the site.
    const image = await page.request.get(checked.placeholder?.src ?? '');
    expect(image.headers()['content-type']).toBe('image/png');
  } finally {
    await host.close();
  }
});

test('the static image code shows the statement’s card, in words too, linked to its figures', async ({
  loopbackPage: page,
}) => {
  const code = await codeOfKind(page, '/?scenario=shin-2024-06', 'image', 'ko');
  const host = await serveHostPages({
    '/newsletter.html': `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>뉴스레터</title></head><body><p>이번 주의 숫자.</p>${code}</body></html>`,
  });
  try {
    await page.goto(`${host.origin}/newsletter.html`);
    const image = page.getByRole('img');
    await expect(image).toHaveAttribute('alt', /^셸 카운트: .*480만.*2024년 6월 · 신원식/);
    await expect.poll(() => image.getAttribute('alt')).toMatch(/2026년 12월 5일 기준 수치\.$/);
    await expect
      .poll(() => image.evaluate((node: HTMLImageElement) => node.complete && node.naturalWidth))
      .toBe(PREVIEW_SIZE.width);
    expect(await image.evaluate((node: HTMLImageElement) => node.naturalHeight)).toBe(
      PREVIEW_SIZE.height,
    );
    await expect(image).toHaveAttribute('src', /\/preview\/ko\/shin-2024-06\.png$/);
    // The link opens the calculator on the same figures.
    const link = page.getByRole('link');
    const href = (await link.getAttribute('href')) ?? '';
    await page.goto(href);
    await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
      'data-value',
      String(10_000 * 480),
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  } finally {
    await host.close();
  }
});

/** A PNG's width and height, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the build made a card for every preset in every language, and the page names one', async ({
  loopbackPage: page,
}) => {
  const dist = process.env.E2E_OUT_DIR ?? 'dist';
  // The presets as the built site publishes them (CONTRACT §6 "Statement data").
  const published = JSON.parse(readFileSync(join(dist, 'data', 'statements.json'), 'utf8')) as {
    statements: { id: string; preset: boolean }[];
  };
  const presets = published.statements.filter((statement) => statement.preset);
  expect(presets.length).toBeGreaterThanOrEqual(12);
  for (const lang of ['en', 'ko', 'uk']) {
    const files = readdirSync(join(dist, 'preview', lang));
    for (const { id } of presets) {
      expect(files).toEqual(expect.arrayContaining([`${id}.png`, `${id}.svg`, `${id}.html`]));
      const size = pngSize(join(dist, 'preview', lang, `${id}.png`));
      expect(size.width).toBeGreaterThanOrEqual(1200);
      expect(size.height).toBeGreaterThanOrEqual(630);
    }
  }
  await page.goto('/');
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute('content');
  expect(ogImage).toBe('./preview/en/shin-2024-02.png');
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute(
    'content',
    ogImage ?? '',
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );
  const image = await page.request.get(new URL(ogImage ?? '', page.url()).href);
  expect(image.status()).toBe(200);

  // A preset's own page: its card tags, and on to the calculator with that preset.
  await page.goto('/preview/en/shin-2024-06.html');
  await expect(page.locator('[data-result="totalShells"]')).toHaveAttribute(
    'data-value',
    String(10_000 * 480),
  );
  expect(new URL(page.url()).search).toBe('?v=3&scenario=shin-2024-06&lang=en');
});

test('a preset’s page carries that preset’s card', async ({ loopbackPage: page }) => {
  // Read as a link previewer reads it: the HTML alone, without following the refresh.
  const response = await page.request.get('/preview/uk/osc-2025-04.html');
  const html = await response.text();
  expect(html).toContain('<meta property="og:image" content="./osc-2025-04.png" />');
  expect(html).toMatch(
    /<meta property="og:title" content="Лічильник снарядів: квіт\. 2025 р\. · Open Source Centre · 15\s809 контейнерів"/,
  );
  expect(html).toContain('content="0; url=../../?v=3&amp;scenario=osc-2025-04&amp;lang=uk"');
});

test('without JavaScript, the page shows the default statement’s card and a link', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/?embed=1');
  const image = page.getByRole('img', {
    name: /^Shell Count: .*About 3\.0 million working shells/,
  });
  await expect(image).toBeVisible();
  await expect
    .poll(() => image.evaluate((node: HTMLImageElement) => node.naturalWidth))
    .toBe(PREVIEW_SIZE.width);
  await context.close();
});
