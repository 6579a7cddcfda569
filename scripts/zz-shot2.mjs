import { chromium } from '@playwright/test';
import { preview } from 'vite';
const [out, query = '', width = '1280', selector = '', y = '0', h = '1200'] = process.argv.slice(2);
const port = 4190 + Math.floor(Math.random() * 50);
const server = await preview({
  root: '/work/main',
  preview: { port, strictPort: true, host: '127.0.0.1' },
});
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/${query}`);
  await page.locator('.recharts-surface').first().waitFor({ timeout: 15000 });
  await page.waitForTimeout(500);
  const box = selector
    ? await page.locator(selector).first().boundingBox()
    : { x: 0, y: 0, width: Number(width) };
  await page.screenshot({
    path: out,
    fullPage: true,
    clip: { x: box.x, y: box.y + Number(y), width: box.width, height: Number(h) },
  });
  console.log(out);
} finally {
  await browser.close();
  server.httpServer.close();
}
