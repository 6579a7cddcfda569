import type { StatementFigures, StatementWords } from './statement';

/** A record's id, from its file's path: `'./statements/shin-2024-06.ts?figures'` → 'shin-2024-06'. */
function idOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ts(\?.*)?$/, '');
}

/**
 * Every statement of FACTS.md §1, one record per file in `./statements/` (a new file is all it
 * takes to add one), oldest first (ties by id): `STATEMENTS[0]?.id` → 'wh-2023-10'. The records'
 * figures only: each language's words come with that language's messages (`wordsById`), so that
 * a page loads one language (see scripts/vite/statement-split.ts).
 */
export const STATEMENTS: readonly StatementFigures[] = Object.values(
  import.meta.glob<StatementFigures>('./statements/*.ts', {
    eager: true,
    import: 'statement',
    query: '?figures',
  }),
).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

const BY_ID = new Map(STATEMENTS.map((statement) => [statement.id, statement]));

/** A statement by its id, or undefined: `statementById('shin-2024-06')?.containers?.value` → 10000. */
export function statementById(id: string): StatementFigures | undefined {
  return BY_ID.get(id);
}

/** The words of one language's glob of the records (`?words=<lang>`), by statement id. */
export function wordsById(modules: Record<string, StatementWords>): Record<string, StatementWords> {
  return Object.fromEntries(Object.entries(modules).map(([path, words]) => [idOf(path), words]));
}
