import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const chromiumPath = findChromium();
if (chromiumPath === null) {
  throw new Error(
    'No Chromium found for the browser tests. Run `node scripts/ensure-chromium.mjs`, ' +
      "install Debian's chromium (sudo apt-get install chromium) " +
      'or set CHROME_PATH to a Chromium/Chrome binary.',
  );
}

const isCI = !!process.env.CI;
// E2E_PORT and E2E_OUT_DIR let two runs (say, a build into another folder) proceed side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = process.env.E2E_OUT_DIR ?? 'dist';
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its outputDir before each run; keep it apart from test-results/ so the
  // unit-test report (test-results/unit.json) written just before survives.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 2,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL,
    // The browser's language decides the page's when the link names none: fix it, so a machine
    // set to another language runs the same tests.
    locale: 'en-US',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...CHROMIUM_ARGS],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  // Serves the already-built dist/ (run `npm run build` first; `npm test` does).
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host localhost --outDir ${outDir}`,
    url: baseURL,
    reuseExistingServer: !isCI,
  },
});
