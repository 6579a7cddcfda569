/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote or a line break, quotes inside doubled. Pure: no DOM.
 */

/** One cell: text as given, numbers as JavaScript writes them (`.` decimals), empty for null. */
export type CsvCell = string | number | boolean | null | undefined;

/**
 * One field, quoted only when it must be: `csvField('a,b')` → `"a,b"`, `csvField('say "hi"')` →
 * `"say ""hi"""`, `csvField(9.5)` → `9.5`, `csvField(null)` → ``.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows as CSV text, each record ending in CRLF:
 * `toCsv([['key', 'value'], ['totalShells', 3001600]])` → `key,value\r\ntotalShells,3001600\r\n`.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The byte-order mark that makes Excel read a CSV as UTF-8 (Korean, Ukrainian). */
export const UTF8_BOM = '\uFEFF';
