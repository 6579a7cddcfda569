/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when it
 * holds a comma, a quote or a line break, quotes inside doubled. Pure: no DOM.
 */

/** One cell: text as given, numbers without floating-point noise (`.` decimals), empty for null. */
export type CsvCell = string | number | boolean | null | undefined;

/** Significant digits a CSV keeps: more than any input or result means, fewer than a double's noise. */
const CSV_DIGITS = 12;

/**
 * A number as a CSV writes it: the shortest decimal that reads back as the value rounded to 12
 * significant digits, so the noise of binary arithmetic stays out (`data-value` keeps the exact
 * number). `csvNumber(20908.800000000003)` → "20908.8"; `csvNumber(87.27272727272728)` →
 * "87.2727272727"; `csvNumber(3001600)` → "3001600"; not finite → "".
 */
export function csvNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(CSV_DIGITS));
  return String(rounded === 0 ? 0 : rounded);
}

/**
 * One field, quoted only when it must be: `csvField('a,b')` → `"a,b"`, `csvField('say "hi"')` →
 * `"say ""hi"""`, `csvField(9.5)` → `9.5`, `csvField(null)` → ``.
 */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? csvNumber(cell) : String(cell);
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
