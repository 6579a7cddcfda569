import type { StatementKind } from '../facts/statement';

/**
 * How a published figure is marked on a chart, by its kind: a capacity conversion ("could hold",
 * FACTS.md CAP) as a hollow diamond, an estimate of rounds sent (EST) as a filled dot, so that the
 * two read apart in colour or in grey. One drawing for the page's chart, its files and the static
 * images. `publishedMark('capacity', 10, 20, 7)` → the outline of a diamond 14 high at (10, 20).
 */
export function publishedMark(
  kind: StatementKind,
  cx: number,
  cy: number,
  size: number,
): { d: string; filled: boolean } {
  const n = (value: number) => String(Math.round(value * 10) / 10);
  if (kind === 'capacity') {
    const w = size * 0.75;
    return {
      d: `M${n(cx)} ${n(cy - size)}L${n(cx + w)} ${n(cy)}L${n(cx)} ${n(cy + size)}L${n(cx - w)} ${n(cy)}Z`,
      filled: false,
    };
  }
  const r = size * 0.7;
  return {
    d: `M${n(cx - r)} ${n(cy)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`,
    filled: true,
  };
}
