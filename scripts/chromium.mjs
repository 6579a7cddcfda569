// @ts-check
/**
 * Where to find a Chromium for the browser tests, and how to start it.
 *
 * Playwright normally downloads its own browser, which is impossible on machines without
 * general internet access, so we prefer an installed Chromium (Debian's package) and fall
 * back to Playwright's own download only if that happens to be present.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Flags Chromium needs in containers and CI (no sandbox as root, no GPU, no phoning home). */
export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
]);

/**
 * @param {string | undefined | null} file
 * @returns {file is string}
 */
function isExecutableFile(file) {
  if (!file) return false;
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Path of Playwright's own downloaded Chromium, or null if Playwright is not installed.
 * The path is returned even when the browser was never downloaded; callers check it exists.
 * Loaded lazily, so the common case (an installed Chromium) does not load Playwright at all.
 * @returns {string | null}
 */
function playwrightChromiumPath() {
  const require = createRequire(import.meta.url);
  for (const id of ['playwright-core', '@playwright/test']) {
    try {
      const mod = /** @type {{ chromium?: { executablePath(): string } }} */ (require(id));
      const path = mod.chromium?.executablePath();
      if (path) return path;
    } catch {
      // Not installed, or it does not know a path for this platform: try the next one.
    }
  }
  return null;
}

/**
 * The first Chromium that exists and is executable, in this order: `$CHROME_PATH`,
 * `/usr/bin/chromium`, `/usr/bin/chromium-browser`, Playwright's own Chromium.
 * @returns {string | null} absolute path of the binary, or null if there is none
 */
export function findChromium() {
  /** @type {(() => string | null | undefined)[]} */
  const candidates = [
    () => process.env.CHROME_PATH,
    () => '/usr/bin/chromium',
    () => '/usr/bin/chromium-browser',
    playwrightChromiumPath,
  ];
  for (const candidate of candidates) {
    const file = candidate();
    if (isExecutableFile(file)) return file;
  }
  return null;
}
