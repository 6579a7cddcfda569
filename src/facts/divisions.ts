import type { Interval } from '../model/ranges';
import type { Calibre, RoundsFigure, StatementFigures } from './statement';

/**
 * Rounds per container implied by each of a statement's figures (FACTS.md: always our division,
 * never a published number), or an empty list without a container count. One figure gives a whole
 * number; a published span gives its ends rounded outwards. `impliedPerContainer(shin-2024-02)` →
 * `[{ calibre: '152mm', value: 448 }, { calibre: '122mm-rockets', value: 75 }]`.
 */
export function impliedPerContainer(
  statement: StatementFigures,
): { calibre: RoundsFigure['calibre']; value: number | Interval }[] {
  const containers = statement.containers?.value;
  if (containers === undefined) return [];
  return statement.rounds.map(({ low, high, calibre }) => ({
    calibre,
    value:
      low === high
        ? Math.round(high / containers)
        : { low: Math.floor(low / containers), high: Math.ceil(high / containers) },
  }));
}

/** Which of a statement's figures an input divides: its first (the 152 mm or widest), or the one of a calibre. */
export type FigurePick = 'first' | Calibre;

/**
 * A statement's figure of rounds that an input divides, or undefined when it gives none:
 * `figureOf(shin-2024-02, 'first').high` → 3,000,000; `figureOf(osc-2025-04, '152mm')` → undefined.
 */
export function figureOf(statement: StatementFigures, pick: FigurePick): RoundsFigure | undefined {
  return pick === 'first'
    ? statement.rounds[0]
    : statement.rounds.find(({ calibre }) => calibre === pick);
}

/**
 * Our division of a statement's figure by its containers, or undefined without a container count
 * or such a figure: `dividedFigure(shin-2024-02, '152mm')` → 448; a span stays a span
 * (`osc-2025-04`, 'first' → 253 to 380).
 */
export function dividedFigure(
  statement: StatementFigures,
  pick: FigurePick,
): number | Interval | undefined {
  const implied = impliedPerContainer(statement);
  return pick === 'first'
    ? implied[0]?.value
    : implied.find(({ calibre }) => calibre === pick)?.value;
}
