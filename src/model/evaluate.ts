import type { IsoDate } from './calendar';
import { mapSpread, pointSpread, type Histogram, type Spread } from './distribution';
import type { Inputs } from './inputs';
import { fail, ok, type Outcome } from './reason';
import {
  deliveryDays,
  euMultipleOf,
  figuresOf,
  FIGURE_KEYS,
  lastsUntilOf,
  monthsOf,
  perDayOf,
  type FigureKey,
  type Results,
} from './results';

export interface DateSpread {
  median: IsoDate;
  low: IsoDate;
  high: IsoDate;
}

/** A spread of each of the figures a sample works out (`Figures`). */
export type FigureSpreads = Record<FigureKey, Spread>;

/**
 * Every result of CONTRACT §1 and §6 as a median and 90% interval: one shape for exact inputs
 * (every spread of width zero, `count` 1) and for ranges (from the seeded samples), so that every
 * view reads results one way.
 */
export interface Evaluation extends Omit<FigureSpreads, 'dailyCoverage'> {
  /** Samples behind the spreads: 1 for exact inputs. */
  count: number;
  monthsOfFire: Spread;
  deliveryDays: Outcome<Spread>;
  deliveredPerDay: Outcome<Spread>;
  dailyCoverage: Outcome<Spread>;
  lastsUntil: Outcome<DateSpread>;
  /** Whether the median container's rounds are within the payload (CONTRACT §1 on the median). */
  plausible: boolean;
  /** Share of the samples (0 to 1) whose rounds are within the payload. */
  fitShare: number;
  euMultiple: Spread;
  /** The spread of the total and of months of fire, with ranges; null for exact inputs. */
  histograms: { totalShells: Histogram; monthsOfFire: Histogram } | null;
}

/** What a sampling sorts for itself; `evaluationOf` derives the rest from it. */
export interface SortedResults {
  count: number;
  /** Each figure's spread; `dailyCoverage` is unused when there is no delivery period. */
  figures: FigureSpreads;
  fitShare: number;
  histograms: Evaluation['histograms'];
}

/** The last day of each end of a spread of days, or the first reason one cannot be had. */
function datesOf(start: IsoDate, period: number, days: Spread): Outcome<DateSpread> {
  const median = lastsUntilOf(start, period, days.median);
  const low = lastsUntilOf(start, period, days.low);
  const high = lastsUntilOf(start, period, days.high);
  if (!median.ok) return median;
  if (!low.ok) return low;
  if (!high.ok) return high;
  return ok({ median: median.value, low: low.value, high: high.value });
}

/**
 * Every result from the ones sorted, each through the formula of `results.ts` that makes it from
 * them (percentiles commute with an increasing function): months from days, shells a day and EU
 * pledges from the total, the last day from days.
 */
export function evaluationOf(inputs: Inputs, sorted: SortedResults): Evaluation {
  const delivery = deliveryDays(inputs);
  const period = delivery.ok ? delivery.value : Number.NaN;
  const { dailyCoverage, ...figures } = sorted.figures;
  return {
    ...figures,
    count: sorted.count,
    monthsOfFire: mapSpread(figures.daysOfFire, monthsOf),
    deliveryDays: delivery.ok ? ok(pointSpread(period)) : delivery,
    deliveredPerDay: delivery.ok
      ? ok(mapSpread(figures.totalShells, (total) => perDayOf(total, period)))
      : delivery,
    dailyCoverage: delivery.ok ? ok(dailyCoverage) : delivery,
    lastsUntil: delivery.ok
      ? datesOf(inputs.start, period, figures.daysOfFire)
      : fail(delivery.reason),
    plausible: figures.massPerContainerKg.median <= inputs.payloadKg,
    fitShare: sorted.fitShare,
    euMultiple: mapSpread(figures.totalShells, euMultipleOf),
    histograms: sorted.histograms,
  };
}

/**
 * The evaluation of exact inputs: each figure of `figuresOf` as a spread of width zero.
 * `exactEvaluation(defaults).totalShells` → { median: 3,001,600, low: 3,001,600, high: 3,001,600 }.
 */
export function exactEvaluation(inputs: Inputs): Evaluation {
  const delivery = deliveryDays(inputs);
  const figures = figuresOf(inputs, delivery.ok ? delivery.value : Number.NaN);
  const spreads = Object.fromEntries(
    FIGURE_KEYS.map((key) => [key, pointSpread(figures[key])]),
  ) as FigureSpreads;
  return evaluationOf(inputs, {
    count: 1,
    figures: spreads,
    fitShare: figures.massPerContainerKg <= inputs.payloadKg ? 1 : 0,
    histograms: null,
  });
}

/** The fields of an evaluation that are not a result of the model's. */
const NOT_RESULTS: ReadonlySet<string> = new Set([
  'count',
  'fitShare',
  'histograms',
  'plausible',
] satisfies (keyof Evaluation)[]);

type SpreadResult = Spread | DateSpread | Outcome<Spread> | Outcome<DateSpread>;

/**
 * Each result of an evaluation that has a spread (all but `plausible`), with its key, so that
 * what lists every result (the CSV, the medians) need not name them:
 * `spreadResults(exactEvaluation(defaults))[0]` → ['totalShells', { median: 3,001,600, … }].
 */
export function spreadResults(evaluation: Evaluation): [string, SpreadResult][] {
  return Object.entries(evaluation).filter(
    (entry): entry is [string, SpreadResult] => !NOT_RESULTS.has(entry[0]),
  );
}

const medianCache = new WeakMap<Evaluation, Results>();

/**
 * Every result at its median (an outcome's reason kept), in the shape of the exact results:
 * for exact inputs, the exact results themselves. `mediansOf(exactEvaluation(defaults)).totalShells`
 * → 3,001,600.
 */
export function mediansOf(evaluation: Evaluation): Results {
  const cached = medianCache.get(evaluation);
  if (cached) return cached;
  const medians: Record<string, unknown> = { plausible: evaluation.plausible };
  for (const [key, spread] of spreadResults(evaluation)) {
    medians[key] = 'ok' in spread ? (spread.ok ? ok(spread.value.median) : spread) : spread.median;
  }
  const results = medians as unknown as Results;
  medianCache.set(evaluation, results);
  return results;
}
