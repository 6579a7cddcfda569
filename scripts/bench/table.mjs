// @ts-check
/** A plain-text table for the terminal. */

/**
 * @param {string[]} header
 * @param {string[][]} rows
 * @param {('left' | 'right')[]} align one per column; columns not listed are left-aligned
 * @returns {string}
 */
export function formatTable(header, rows, align) {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  /** @param {string[]} row */
  const line = (row) =>
    widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return align[column] === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
