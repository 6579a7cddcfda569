/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

/**
 * The built page may load code, styles, images and data from its own origin only: no inline
 * script, no other host. (The dev server needs an inline script for hot reload, so only the build
 * gets the policy.) `frame-ancestors` cannot be set from a `<meta>`: news sites must be able to
 * embed the page anyway.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'shell-count:content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html must contain ${charset}`);
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * recharts gets src/vendor/d3-scale.ts for `victory-vendor/d3-scale`: the three scales it can pick
 * by itself, not all of d3-scale (see that file), and src/vendor/decimal-light.ts for
 * `decimal.js-light`. Only recharts: the files themselves, and the tests that compare them with
 * the real packages, still get the real ones.
 */
function chartScales(): Plugin {
  const vendored: Record<string, string> = {
    'victory-vendor/d3-scale': fileURLToPath(new URL('./src/vendor/d3-scale.ts', import.meta.url)),
    // Its nice y-axis ticks: see src/vendor/decimal-light.ts.
    'decimal.js-light': fileURLToPath(new URL('./src/vendor/decimal-light.ts', import.meta.url)),
  };
  return {
    name: 'shell-count:chart-scales',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromRecharts = importer?.replaceAll('\\', '/').includes('/node_modules/recharts/');
      return fromRecharts === true ? (vendored[source] ?? null) : null;
    },
  };
}

/**
 * d3-shape makes its cardinal, Catmull–Rom and bundle curves and its radial line at the top level,
 * with calls the bundler cannot prove pure, so it keeps them although recharts never uses them:
 * marked pure, they go (about 1 kB gzip). Should d3-shape change, the marks just stop matching.
 */
function pureD3Shape(): Plugin {
  return {
    name: 'shell-count:pure-d3-shape',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]d3-shape[\\/]dist[\\/]d3-shape\.mjs$/ },
      handler(code) {
        return code
          .replaceAll('= (function custom(', '= /*#__PURE__*/ (function custom(')
          .replace('= curveRadial(curveLinear);', '= /*#__PURE__*/ curveRadial(curveLinear);');
      },
    },
  };
}

export default defineConfig({
  // Relative asset paths, so the built files work from any folder on any static host.
  base: './',
  plugins: [react(), contentSecurityPolicy(), chartScales(), pureD3Shape()],
  resolve: {
    alias: [
      // React 19 has useSyncExternalStore: recharts needs no shim for React 16 and 17.
      {
        find: /^use-sync-external-store\/shim\/with-selector(\.js)?$/,
        replacement: 'use-sync-external-store/with-selector.js',
      },
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Browsers without modulepreload (Safari before 17) fetch a lazy part's chunks when it is
    // imported, a moment later; the polyfill that fetched them early cost every reader 0.2 kB.
    modulePreload: { polyfill: false },
  },
  // The sampling worker is a module worker (`new Worker(url, { type: 'module' })`).
  worker: { format: 'es' },
  // A sandboxed iframe without allow-same-origin has an opaque origin: its module scripts are
  // cross-origin requests and need Access-Control-Allow-Origin (as on GitHub Pages and most CDNs).
  preview: { port: 4173, strictPort: true, cors: true },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'jsdom',
    globals: true,
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
  },
});
