import type { IsoDate } from './calendar';
import { mapSpread, pointSpread, type Histogram, type Spread } from './distribution';
import type { Inputs } from './inputs';
import { fail, ok, type Outcome } from './reason';
import {
  computeResults,
  deliveryDays,
  euMultipleOf,
  lastsUntilOf,
  monthsOf,
  perDayOf,
  returnedOf,
} from './results';

export interface DateSpread {
  median: IsoDate;
  low: IsoDate;
  high: IsoDate;
}

/**
 * Every result of CONTRACT §1 and §6 as a median and 90% interval: one shape for exact inputs
 * (every spread of width zero, `count` 1) and for ranges (from the seeded samples), so that every
 * view reads results one way.
 */
export interface Evaluation {
  /** Samples behind the spreads: 1 for exact inputs. */
  count: number;
  totalShells: Spread;
  totalRockets: Spread;
  daysOfFire: Spread;
  monthsOfFire: Spread;
  deliveryDays: Outcome<Spread>;
  deliveredPerDay: Outcome<Spread>;
  dailyCoverage: Outcome<Spread>;
  lastsUntil: Outcome<DateSpread>;
  massPerContainerKg: Spread;
  /** Whether the median container's rounds are within the payload (CONTRACT §1 on the median). */
  plausible: boolean;
  /** Share of the samples (0 to 1) whose rounds are within the payload. */
  fitShare: number;
  euMultiple: Spread;
  containersReturned: Spread;
  /** The spread of the total and of months of fire, with ranges; null for exact inputs. */
  histograms: { totalShells: Histogram; monthsOfFire: Histogram } | null;
}

/** The results a sampling sorts for itself; `evaluationOf` derives the rest from them. */
export interface SortedResults {
  count: number;
  totalShells: Spread;
  totalRockets: Spread;
  daysOfFire: Spread;
  /** Unused when the delivery period cannot be worked out. */
  dailyCoverage: Spread;
  massPerContainerKg: Spread;
  containers: Spread;
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
 * pledges from the total, the last day from days, containers returned from containers.
 */
export function evaluationOf(inputs: Inputs, sorted: SortedResults): Evaluation {
  const delivery = deliveryDays(inputs);
  const period = delivery.ok ? delivery.value : Number.NaN;
  return {
    count: sorted.count,
    totalShells: sorted.totalShells,
    totalRockets: sorted.totalRockets,
    daysOfFire: sorted.daysOfFire,
    monthsOfFire: mapSpread(sorted.daysOfFire, monthsOf),
    deliveryDays: delivery.ok ? ok(pointSpread(period)) : delivery,
    deliveredPerDay: delivery.ok
      ? ok(mapSpread(sorted.totalShells, (total) => perDayOf(total, period)))
      : delivery,
    dailyCoverage: delivery.ok ? ok(sorted.dailyCoverage) : delivery,
    lastsUntil: delivery.ok
      ? datesOf(inputs.start, period, sorted.daysOfFire)
      : fail(delivery.reason),
    massPerContainerKg: sorted.massPerContainerKg,
    plausible: sorted.massPerContainerKg.median <= inputs.payloadKg,
    fitShare: sorted.fitShare,
    euMultiple: mapSpread(sorted.totalShells, euMultipleOf),
    containersReturned: mapSpread(sorted.containers, returnedOf),
    histograms: sorted.histograms,
  };
}

/**
 * The evaluation of exact inputs: each result of `computeResults` as a spread of width zero.
 * `exactEvaluation(defaults).totalShells` → { median: 3,001,600, low: 3,001,600, high: 3,001,600 }.
 */
export function exactEvaluation(inputs: Inputs): Evaluation {
  const results = computeResults(inputs);
  return evaluationOf(inputs, {
    count: 1,
    totalShells: pointSpread(results.totalShells),
    totalRockets: pointSpread(results.totalRockets),
    daysOfFire: pointSpread(results.daysOfFire),
    dailyCoverage: pointSpread(results.dailyCoverage.ok ? results.dailyCoverage.value : Number.NaN),
    massPerContainerKg: pointSpread(results.massPerContainerKg),
    containers: pointSpread(inputs.containers),
    fitShare: results.plausible ? 1 : 0,
    histograms: null,
  });
}
