import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
const [out, query, w, sel] = process.argv.slice(2);
const port = 4274;
const server = await preview({ preview: { port, strictPort: true, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: +w, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  await page.locator('.page-fold-title').first().waitFor();
  await page.waitForTimeout(2500);
  await page.locator(sel).first().screenshot({ path: out });
} finally { await browser.close(); server.httpServer.close(); }
