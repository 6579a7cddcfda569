/// <reference types="vitest/config" />
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { statementSplit } from './scripts/vite/statement-split.ts';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { staticPreviews } from './scripts/static-previews.ts';

/**
 * The built page may load code, styles, images and data from its own origin only: no inline
 * script, no other host. Images may also be `blob:` URLs the page made itself: a chart's PNG is
 * its SVG drawn on a canvas through an image (src/ui/chart-export.ts). (The dev server needs an
 * inline script for hot reload, so only the build gets the policy.) `frame-ancestors` cannot be
 * set from a `<meta>`: news sites must be able to embed the page anyway.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
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
 * recharts gets src/vendor/recharts-scales.ts for `victory-vendor/d3-scale`: d3's own three scales
 * that it picks by name, not every d3 scale (see that file for what it saves). Only recharts.
 */
function chartScales(): Plugin {
  const picked = fileURLToPath(new URL('./src/vendor/recharts-scales.ts', import.meta.url));
  return {
    name: 'shell-count:chart-scales',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromRecharts = importer?.replaceAll('\\', '/').includes('/node_modules/recharts/');
      return fromRecharts === true && source === 'victory-vendor/d3-scale' ? picked : null;
    },
  };
}

/**
 * The published dataset of the statements (CONTRACT §6, "Statement data"): `data/statements.json`
 * and `data/statements.csv` beside index.html, made from the records by
 * src/features/sources/dataset.ts when the site is built, and served by the dev server.
 */
function statementData(): Plugin {
  const MODULE = '/src/features/sources/dataset.ts';
  type DatasetModule = typeof import('./src/features/sources/dataset');
  const files = (module: DatasetModule) => {
    const dataset = module.statementsDataset();
    return {
      'data/statements.json': module.datasetJson(dataset),
      'data/statements.csv': module.datasetCsv(dataset),
    };
  };
  return {
    name: 'shell-count:statement-data',
    async generateBundle() {
      const { module } = await runnerImport<DatasetModule>(MODULE, {
        configFile: false,
        plugins: [statementSplit()],
      });
      for (const [fileName, source] of Object.entries(files(module))) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = request.url?.split('?')[0]?.replace(/^\//, '') ?? '';
        if (path !== 'data/statements.json' && path !== 'data/statements.csv') {
          next();
          return;
        }
        server
          .ssrLoadModule(MODULE)
          .then((module) => {
            const body = files(module as DatasetModule)[path];
            response.setHeader(
              'Content-Type',
              path.endsWith('.json') ? 'application/json' : 'text/csv; charset=utf-8',
            );
            response.end(body);
          })
          .catch(next);
      });
    },
  };
}

/** Test files of plain TypeScript that need a window: the embed's messages, the URL sync, sharing. */
const DOM_TEST_FILES = [
  'tests/embed/embed-bridge.test.ts',
  'tests/embed/embed-js.test.ts',
  'tests/embed/embed-js-request.test.ts',
  'tests/embed/embed-js-article.test.ts',
  'tests/features/share-text.test.ts',
  'tests/store/url-sync.test.ts',
  'tests/store/csv-heading.test.ts',
  'tests/ui/chart-export.test.ts',
];

export default defineConfig({
  // Relative asset paths, so the built files work from any folder on any static host.
  base: './',
  plugins: [
    react(),
    statementSplit(),
    contentSecurityPolicy(),
    chartScales(),
    statementData(),
    staticPreviews(CONTENT_SECURITY_POLICY),
  ],
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
    globals: true,
    restoreMocks: true,
    // A guard against a test that hangs, not a speed limit (speed is `npm run bench`): a busy
    // machine may take many times longer than usual to render the whole page and type into it.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/setup/property-seed.ts'],
    // Vitest leaves a core to itself by default; on a two-core machine that halves the speed.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Pure logic runs in Node; jsdom (about half a second a file) only where a test needs a DOM:
    // the components (*.tsx) and the few modules that talk to a window.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', ...DOM_TEST_FILES],
          setupFiles: ['tests/setup/common.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // One jsdom per worker, each test file in a fresh VM context of it: a third of the time
          // of a new jsdom per file (the default), with the same isolation of modules.
          pool: 'vmThreads',
          include: ['tests/**/*.test.tsx', ...DOM_TEST_FILES],
          exclude: ['tests/e2e/**'],
          setupFiles: ['tests/setup/common.ts', 'tests/setup/dom.ts'],
        },
      },
    ],
  },
});
