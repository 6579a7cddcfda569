// Types for chromium.mjs, so TypeScript files (playwright.config.ts) can import it
// without `allowJs`.

/** Flags Chromium needs in containers and CI (no sandbox as root, no GPU, no phoning home). */
export declare const CHROMIUM_ARGS: readonly string[];

/**
 * The first Chromium that exists and is executable, in this order: `$CHROME_PATH`,
 * `/usr/bin/chromium`, `/usr/bin/chromium-browser`, Playwright's own Chromium.
 * Returns null if there is none.
 */
export declare function findChromium(): string | null;
