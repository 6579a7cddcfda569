/**
 * The doubt the sensitivity chart varies, about one statement, for any input months of fire
 * depend on: of the kind its facts name (`input-facts.ts`), never from a list of inputs here.
 */
import { SWING_KEYS, type SwingKey } from '../model/inputs';
import type { Interval } from '../model/ranges';
import { statementById, STATEMENTS } from './all-statements';
import { RUSSIAN_FIRE_RATES } from './daily-fire';
import { dividedFigure } from './divisions';
import { factsOf, type Doubt, type DoubtBasis } from './input-facts';
import type { Hedge, StatementFigures } from './statement';

export type { Doubt, DoubtBasis };

/**
 * How far a hedge leaves a figure open, as we read it (our reading, said as ours wherever it is
 * shown): "about" within a tenth either way; "more than" and "at least" up to a fifth more, as
 * they give no upper bound; "as many as" down to a fifth less; "about or more" a tenth less to a
 * fifth more. A figure given without a hedge is not varied.
 */
const HEDGE_READINGS: Record<Hedge, { low: number; high: number } | null> = {
  about: { low: 0.9, high: 1.1 },
  some: { low: 0.9, high: 1.1 },
  'more-than': { low: 1, high: 1.2 },
  'at-least': { low: 1, high: 1.2 },
  'as-many-as': { low: 0.8, high: 1 },
  'about-or-more': { low: 0.9, high: 1.2 },
  exactly: null,
};

const UNPUBLISHED: Doubt = { interval: null, why: 'unpublished' };

/** A figure opened by its hedge: `hedgeSpan(10_000, 'at-least')` → 10,000 to 12,000. */
function hedgeSpan(value: number, hedge: Hedge): Interval | null {
  const reading = HEDGE_READINGS[hedge];
  // To 12 digits: 6,700 × 1.1 is 7,370, not 7,370.000000000001.
  const times = (factor: number) => Number((value * factor).toPrecision(12));
  return reading ? { low: times(reading.low), high: times(reading.high) } : null;
}

/** The lowest and highest of a list of values with their sources. */
function extremes(values: readonly { id: string; value: number }[]) {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const [low, high] = [sorted[0], sorted.at(-1)];
  if (!low || !high) throw new Error('no published values');
  return { low, high };
}

/** The published 152 mm conversions: our division of every statement's 152 mm figure by its containers. */
const CONVERSIONS = extremes(
  STATEMENTS.flatMap((statement) => {
    const value = dividedFigure(statement, '152mm');
    return typeof value === 'number' ? [{ id: statement.id, value }] : [];
  }),
);

const RATES = extremes(
  RUSSIAN_FIRE_RATES.flatMap(({ id, perDay }) =>
    typeof perDay === 'number'
      ? [{ id, value: perDay }]
      : [
          { id, value: perDay.low },
          { id, value: perDay.high },
        ],
  ),
);

/** The one statement that gave a share of the rounds that work (Skibitskyi, Feb 2024: half). */
const WORKING = STATEMENTS.find((statement) => statement.workingPercent !== undefined);

/** A statement's container count opened by its hedge: "about 6,700" → 6,030 to 7,370. */
function countDoubt(statement: StatementFigures): Doubt {
  const count = statement.containers;
  const span = count ? hedgeSpan(count.value, count.hedge) : null;
  if (!count || !span) return { interval: null, why: 'exact' };
  return {
    interval: span,
    basis: { kind: 'hedge', statementId: statement.id, hedge: count.hedge, value: count.value },
  };
}

/**
 * Rounds per container about a statement, our division of its first figure: its own span; for a
 * conversion to 152 mm shells, the published conversions; else opened by the hedge on its figure.
 */
function perContainerDoubt(statement: StatementFigures): Doubt {
  const [first] = statement.rounds;
  const implied = dividedFigure(statement, 'first');
  if (!first || implied === undefined) return UNPUBLISHED;
  if (typeof implied !== 'number') {
    return { interval: implied, basis: { kind: 'own-span', statementId: statement.id } };
  }
  if (statement.kind === 'capacity' && first.calibre === '152mm') {
    const { low, high } = CONVERSIONS;
    return {
      interval: { low: low.value, high: high.value },
      basis: { kind: 'conversions', lowId: low.id, highId: high.id },
    };
  }
  const span = hedgeSpan(implied, first.hedge);
  return span
    ? {
        interval: span,
        basis: { kind: 'hedge', statementId: statement.id, hedge: first.hedge, value: first.high },
      }
    : { interval: null, why: 'exact' };
}

/** The doubt about one input for a statement, of the kind its facts name. */
function doubtOf(key: SwingKey, statement: StatementFigures): Doubt {
  const { doubt, fallback } = factsOf(key);
  switch (doubt?.kind) {
    case undefined:
      return UNPUBLISHED;
    case 'count':
      return countDoubt(statement);
    case 'per-container':
      return perContainerDoubt(statement);
    case 'working':
      // From the published share that works to the input's fallback, all of them, whichever the statement.
      return WORKING && fallback
        ? {
            interval: { low: WORKING.workingPercent ?? 0, high: fallback.value },
            basis: { kind: 'working', statementId: WORKING.id },
          }
        : UNPUBLISHED;
    case 'rates':
      return {
        interval: { low: RATES.low.value, high: RATES.high.value },
        basis: { kind: 'rates', lowId: RATES.low.id, highId: RATES.high.id },
      };
    case 'statement':
      return doubt.about(statement);
  }
}

/**
 * The doubt about each assumption that months of fire depend on, for one statement (CONTRACT §6
 * and issue 14: never counts made at different dates); an unknown statement leaves them all
 * unvaried. `doubtAbout('shin-2024-02').containers` → 6,030 to 7,370 ("about 6,700");
 * `.perContainer` → 400 to 500 (the 152 mm conversions); `.daily` → 10,000 to 70,000 (the
 * published rates); `.share` → not varied (nothing published).
 */
export function doubtAbout(statementId: string): Record<SwingKey, Doubt> {
  const statement = statementById(statementId);
  return Object.fromEntries(
    SWING_KEYS.map((key) => [key, statement ? doubtOf(key, statement) : UNPUBLISHED]),
  ) as Record<SwingKey, Doubt>;
}
