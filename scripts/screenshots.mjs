// @ts-check
/**
 * Screenshots of the built page for a person to look at: phone and desktop widths, light and dark,
 * full and embedded. Usage: `npm run build && npm run screenshots [-- outDir] [-- query]`.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const outDir = process.argv[2] ?? 'test-results/screenshots';
const extraQuery = process.argv[3] ?? '';
mkdirSync(outDir, { recursive: true });

const executablePath = findChromium();
if (!executablePath) throw new Error('No Chromium found: run node scripts/ensure-chromium.mjs');

// SCREENSHOT_PORT lets two checkouts take screenshots side by side.
const port = Number(process.env.SCREENSHOT_PORT ?? 4180);
const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
try {
  for (const width of [375, 1280]) {
    for (const theme of ['light', 'dark']) {
      for (const embed of [false, true]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const params = new URLSearchParams(extraQuery);
        params.set('theme', theme);
        if (embed) params.set('embed', '1');
        await page.goto(`http://127.0.0.1:${String(port)}/?${params.toString()}`);
        // Every part loaded and the chart drawn (folded away on a phone, so attached, not seen).
        await page
          .locator('.recharts-surface')
          .first()
          .waitFor({ state: 'attached', timeout: 10_000 });
        await page.locator('.part-loading').first().waitFor({ state: 'detached' });
        await page.waitForTimeout(300);
        const file = `${outDir}/${width}-${theme}${embed ? '-embed' : ''}.png`;
        await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== '0' });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
