import type { SwingKey } from '../model/inputs';
import type { Interval } from '../model/ranges';
import { statementById, STATEMENTS } from './all-statements';
import { RUSSIAN_FIRE_RATES } from './daily-fire';
import { impliedPerContainer } from './divisions';
import { rocketsPerContainer } from './presets';
import { REFERENCE_INPUTS } from './reference-inputs';
import type { Hedge, StatementFigures } from './statement';

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

/**
 * What a bar of the sensitivity chart spans, about one statement, as data (each language words
 * it): never counts made at different dates, only the doubt that applies to the statement chosen.
 * - `hedge`: the statement's own hedge on its figure, read as `HEDGE_READINGS` says;
 * - `own-span`: the statement's own span ("4 to 6 million" over its containers);
 * - `conversions`: the published conversions of containers to 152 mm shells, lowest to highest
 *   (our divisions of each statement's figures);
 * - `mix`: the statement's "could be a mix": from all 152 mm shells to all 122 mm rockets;
 * - `working`: from the published share that works (half, Ukrainian military intelligence) to all;
 * - `rates`: the published rates of Russian fire, lowest to highest.
 */
export type DoubtBasis =
  | { kind: 'hedge'; statementId: string; hedge: Hedge; value: number }
  | { kind: 'own-span'; statementId: string }
  | { kind: 'conversions'; lowId: string; highId: string }
  | { kind: 'mix'; statementId: string }
  | { kind: 'working'; statementId: string }
  | { kind: 'rates'; lowId: string; highId: string };

/** Why an assumption is not varied about a statement. */
type Undoubted =
  /** The statement gives the figure without a hedge (15,809 containers). */
  | 'exact'
  /** Nothing published to vary it across. */
  | 'unpublished'
  /** The statement gives one calibre: no mix to vary. */
  | 'one-calibre';

export type Doubt = { interval: Interval; basis: DoubtBasis } | { interval: null; why: Undoubted };

/** A figure opened by its hedge: `hedgeSpan(10_000, 'at-least')` → 10,000 to 12,000. */
function hedgeSpan(value: number, hedge: Hedge): Interval | null {
  const reading = HEDGE_READINGS[hedge];
  // To 12 digits: 6,700 × 1.1 is 7,370, not 7,370.000000000001.
  const times = (factor: number) => Number((value * factor).toPrecision(12));
  return reading ? { low: times(reading.low), high: times(reading.high) } : null;
}

/** The published 152 mm conversions: our division of every statement's 152 mm figure by its containers. */
const CONVERSIONS = STATEMENTS.flatMap((statement) =>
  impliedPerContainer(statement).flatMap(({ calibre, value }) =>
    calibre === '152mm' && typeof value === 'number' ? [{ id: statement.id, value }] : [],
  ),
);

/** The lowest and highest of a list of values with their sources. */
function extremes(values: readonly { id: string; value: number }[]) {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const [low, high] = [sorted[0], sorted.at(-1)];
  if (!low || !high) throw new Error('no published values');
  return { low, high };
}

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

function containersDoubt(statement: StatementFigures): Doubt {
  const count = statement.containers;
  const span = count ? hedgeSpan(count.value, count.hedge) : null;
  if (!count || !span) return { interval: null, why: 'exact' };
  return {
    interval: span,
    basis: { kind: 'hedge', statementId: statement.id, hedge: count.hedge, value: count.value },
  };
}

function perContainerDoubt(statement: StatementFigures): Doubt {
  const [first] = statement.rounds;
  const [implied] = impliedPerContainer(statement);
  if (!first || !implied) return { interval: null, why: 'unpublished' };
  if (typeof implied.value !== 'number') {
    return { interval: implied.value, basis: { kind: 'own-span', statementId: statement.id } };
  }
  if (statement.kind === 'capacity' && first.calibre === '152mm') {
    const { low, high } = extremes(CONVERSIONS);
    return {
      interval: { low: low.value, high: high.value },
      basis: { kind: 'conversions', lowId: low.id, highId: high.id },
    };
  }
  const span = hedgeSpan(implied.value, first.hedge);
  return span
    ? {
        interval: span,
        basis: { kind: 'hedge', statementId: statement.id, hedge: first.hedge, value: first.high },
      }
    : { interval: null, why: 'exact' };
}

/**
 * The doubt about each assumption that months of fire depend on, for one statement (CONTRACT §6
 * and issue 14: never counts made at different dates). `doubtAbout('shin-2024-02').containers` →
 * 6,030 to 7,370 ("about 6,700"); `.perContainer` → 400 to 500 (the 152 mm conversions);
 * `.rocketShare` → 0 to 100 ("could be a mix"); `.share` → not varied (nothing published).
 */
export function doubtAbout(statementId: string): Record<SwingKey, Doubt> {
  const statement = statementById(statementId);
  const none: Doubt = { interval: null, why: 'unpublished' };
  return {
    containers: statement ? containersDoubt(statement) : none,
    perContainer: statement ? perContainerDoubt(statement) : none,
    share: none,
    usable: WORKING
      ? {
          interval: { low: WORKING.workingPercent ?? 0, high: REFERENCE_INPUTS.usable },
          basis: { kind: 'working', statementId: WORKING.id },
        }
      : none,
    rocketShare:
      statement && rocketsPerContainer(statement) !== undefined
        ? { interval: { low: 0, high: 100 }, basis: { kind: 'mix', statementId } }
        : { interval: null, why: 'one-calibre' },
    daily: {
      interval: { low: RATES.low.value, high: RATES.high.value },
      basis: { kind: 'rates', lowId: RATES.low.id, highId: RATES.high.id },
    },
  };
}
