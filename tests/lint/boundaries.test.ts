/**
 * Invariant: lint keeps the layers apart (see eslint.config.js): no feature reaches another, not
 * even with a dynamic `import()`, and `src/model` uses no browser global. Checked on code written
 * here as if it stood in those folders, with the project's own ESLint configuration.
 */
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

// Only the boundary rules run: the type-aware ones need the file on disk.
const BOUNDARY_RULES = new Set(['import/no-restricted-paths', 'no-restricted-globals']);
const eslint = new ESLint({
  overrideConfig: [tseslint.configs.disableTypeChecked],
  ruleFilter: ({ ruleId }) => BOUNDARY_RULES.has(ruleId),
});

async function rulesBroken(filePath: string, code: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('lint boundaries', () => {
  it('refuses a dynamic import from one feature into another', async () => {
    const rules = await rulesBroken(
      'src/features/results/probe.ts',
      "export const probe = () => import('../share/clipboard');\n",
    );
    expect(rules).toContain('import/no-restricted-paths');
  });

  it('lets a feature import its own files dynamically', async () => {
    const rules = await rulesBroken(
      'src/features/timeline/probe.ts',
      "export const probe = () => import('./timeline-chart');\n",
    );
    expect(rules).not.toContain('import/no-restricted-paths');
  });

  it('refuses window and document in src/model', async () => {
    const rules = await rulesBroken(
      'src/model/probe.ts',
      'export const where = (): string => window.location.href + document.title;\n',
    );
    expect(rules.filter((rule) => rule === 'no-restricted-globals')).toHaveLength(2);
  });
});
