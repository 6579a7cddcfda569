// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---- Architecture boundaries ------------------------------------------------------------------
//
// Which folder of src/ may import what. Each folder gets one `no-restricted-imports` setting
// (a later setting for the same file would replace, not extend, an earlier one), so every
// list below is complete for its folder.

/** @typedef {{ group?: string[], regex?: string, message: string }} Pattern */

/**
 * An npm package and its subpaths (`zustand`, `zustand/middleware`).
 * @param {string} layer
 * @param {string[]} names
 * @returns {Pattern[]}
 */
const packages = (layer, names) =>
  names.map((name) => ({ group: [name, `${name}/*`], message: `${layer} may not use ${name}.` }));

/**
 * A folder of src/, reached by any relative path (`../store`, `../../store/counts`).
 * @param {string} layer
 * @param {string[]} names
 * @returns {Pattern[]}
 */
const folders = (layer, names) =>
  names.map((name) => ({
    group: [`**/${name}`, `**/${name}/**`],
    message: `${layer} may not import from src/${name}.`,
  }));

/**
 * @param {Pattern[][]} patterns
 * @returns {import('eslint').Linter.RuleEntry}
 */
const forbid = (...patterns) => ['error', { patterns: patterns.flat() }];

/** Every chart lives in a feature. */
const RECHARTS_ONLY_IN_FEATURES = 'recharts is only for src/features.';

/**
 * A file `depth` folders below src/features/<feature>/ reaches another feature with exactly
 * `depth` `..` segments followed by something other than `..`: `../other/x` next to the
 * feature's index, `../../other/x` one folder down. Deeper `..` (to src/model...) is fine.
 * @param {number} depth 1 for files directly in src/features/<feature>/
 * @returns {Pattern}
 */
const otherFeature = (depth) => ({
  regex: `^(\\.\\./){${depth - 1}}\\.\\.(/(?!\\.\\.(/|$))|$)`,
  message: 'A feature may not import another feature; move shared code to src/ui or src/model.',
});

const featureRules = (/** @type {number} */ depth) =>
  forbid(folders('src/features', ['app', 'features']), [otherFeature(depth)]);

/**
 * `no-restricted-imports` sees only static imports; `import/no-restricted-paths` sees a dynamic
 * `import()` too. No feature may reach another, either way.
 */
const FEATURES = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'A feature may not import another feature, statically or with import().',
}));

/**
 * What the model may not touch: it runs in a worker and in Node as well as on the page, so no
 * window, document or other browser global (the DOM's types are in tsconfig for the rest of src).
 */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'self',
  'parent',
  'top',
  'frames',
  'screen',
  'matchMedia',
  'getComputedStyle',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'Worker',
  'Element',
  'HTMLElement',
  'Node',
  'ResizeObserver',
  'postMessage',
  'addEventListener',
].map((name) => ({ name, message: 'src/model is pure: no browser globals.' }));

/** @type {import('eslint').Linter.Config[]} */
const boundaries = [
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/**'],
    rules: {
      'no-restricted-imports': forbid([
        { group: ['recharts', 'recharts/*'], message: RECHARTS_ONLY_IN_FEATURES },
      ]),
    },
  },
  {
    files: ['src/model/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
      'no-restricted-imports': forbid(
        packages('src/model', ['react', 'react-dom', 'zustand', 'recharts']),
        folders('src/model', ['url', 'store', 'features', 'app', 'facts', 'i18n', 'ui']),
      ),
    },
  },
  {
    files: ['src/facts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        packages('src/facts', ['react', 'react-dom', 'zustand', 'recharts']),
        folders('src/facts', ['url', 'store', 'features', 'app', 'i18n', 'ui']),
      ),
    },
  },
  {
    files: ['src/url/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        packages('src/url', ['react', 'react-dom', 'zustand', 'recharts']),
        folders('src/url', ['store', 'features', 'app', 'ui']),
      ),
    },
  },
  {
    files: ['src/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        packages('src/i18n', ['zustand', 'recharts']),
        folders('src/i18n', ['store', 'features', 'app']),
      ),
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        packages('src/ui', ['zustand', 'recharts']),
        folders('src/ui', ['store', 'features', 'app']),
      ),
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        packages('src/store', ['react-dom', 'recharts']),
        folders('src/store', ['features', 'app', 'ui']),
      ),
    },
  },
  {
    files: ['src/embed/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': forbid(
        packages('src/embed', ['react', 'react-dom', 'recharts']),
        folders('src/embed', ['features', 'app', 'ui']),
      ),
    },
  },
  // src/features/<feature>/**: no app, no other feature. One block per folder depth, because
  // what `../` means depends on it.
  ...[1, 2, 3, 4, 5].map((depth) => ({
    files: [`src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: { 'no-restricted-imports': featureRules(depth) },
  })),
  {
    files: ['src/features/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': forbid(folders('src/features', ['app'])) },
  },
];

export default defineConfig(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },

  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        {
          allowAny: false,
          allowArray: false,
          allowBoolean: false,
          allowNever: false,
          allowNullish: false,
          allowNumber: true,
          allowRegExp: false,
        },
      ],
    },
  },
  // tsconfig.json has no `allowJs`, so the TypeScript project does not contain the JavaScript
  // files (scripts/*.mjs, this file): lint them without type information.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },

  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    // Playwright fixtures call `use`, which is not React's hook.
    ignores: ['tests/e2e/**'],
    extends: [reactHooks.configs.flat['recommended-latest']],
  },

  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { import: importPlugin },
    settings: {
      'import/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
    },
    rules: {
      'import/no-cycle': 'error',
      'import/no-restricted-paths': ['error', { zones: featureZones }],
    },
  },

  { files: ['src/**'], languageOptions: { globals: globals.browser } },
  { files: ['tests/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['scripts/**', '.ci/**', '*.config.{js,mjs,cjs,ts,mts}'],
    languageOptions: { globals: globals.node },
  },

  boundaries,
);
