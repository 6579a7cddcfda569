import { parseIsoDate, type IsoDate } from './calendar';
import { MEAN_MONTH_DAYS } from './constants';
import { numberProblem, numberSpec, type Inputs, type SolveKey } from './inputs';
import { centredInputs, type Interval, type Ranges } from './ranges';
import type { Reason } from './reason';
import { computeResults, deliveryDays, totalShells } from './results';

/** What the reader wants the shells to achieve. */
export type SolveTarget =
  | { kind: 'months'; months: number }
  | { kind: 'total'; shells: number }
  | { kind: 'lastDay'; date: IsoDate };

/** The assumption worked out to meet the target. */
export type SolveUnknown = SolveKey;

/** The inputs that multiply into the total: one of them at 0 leaves nothing to fire. */
type TotalKey = 'containers' | 'perContainer' | 'share' | 'usable';
const TOTAL_KEYS: readonly TotalKey[] = ['containers', 'perContainer', 'share', 'usable'];

/** Why no value of the unknown meets the target. Data, not sentences: the UI words them. */
export type SolveFailure =
  /** The target is not a finite number. */
  | { kind: 'target-not-a-number' }
  /** A month count or a total of 0 or less. */
  | { kind: 'target-not-positive' }
  /** The target date is not a real calendar date. */
  | { kind: 'target-not-a-date' }
  /** The shells last at least until the count, so no day on or before it can be the last. */
  | { kind: 'last-day-not-after-count'; end: IsoDate }
  /** How fast Russia fires does not change how many shells were delivered. */
  | { kind: 'total-ignores-daily' }
  /** Another input multiplying into the total is 0, so no value of the unknown can help. */
  | { kind: 'nothing-delivered'; zeroKey: TotalKey }
  /** The delivery period cannot be computed (a bad start or count date). */
  | { kind: 'no-delivery-period'; reason: Reason }
  /** The value needed is too large for a number. */
  | { kind: 'beyond-numbers' };

/** The value that meets a target, with the value to apply and whether it is valid; or why none can. */
export type Solution =
  | {
      ok: true;
      /** The exact value that meets the target. */
      value: number;
      /** The value to apply: rounded as its field shows it, or exact where rounding misses. */
      applied: number;
      /** Why `applied` is not a valid value of its input (outside INPUT_BOUNDS), or null. */
      problem: Reason | null;
    }
  | { ok: false; failure: SolveFailure };

/** Percent either side of a target total that a rounded solution may land: 0.05%. */
const TOTAL_TOLERANCE = 0.0005;

/**
 * A solved value rounded to its field's precision.
 * `roundedSolution('perContainer', 545.138)` → 545.1; `roundedSolution('daily', 8218.1)` → 8218.
 */
export function roundedSolution(unknown: SolveUnknown, value: number): number {
  const scale = 10 ** numberSpec(unknown).decimals;
  return Math.round(value * scale) / scale;
}

/** Tenths of a month, as the page shows months of fire. */
function monthTenths(months: number): number {
  return Math.round(months * 10);
}

/** Whether inputs meet a target as the page would show it: months to 0.1, totals to 0.05%, days exactly. */
function targetMet(inputs: Inputs, target: SolveTarget): boolean {
  const results = computeResults(inputs);
  switch (target.kind) {
    case 'months':
      return monthTenths(results.monthsOfFire) === monthTenths(target.months);
    case 'total':
      return Math.abs(results.totalShells - target.shells) <= target.shells * TOTAL_TOLERANCE;
    case 'lastDay':
      return results.lastsUntil.ok && results.lastsUntil.value === target.date;
  }
}

type Needed = { ok: true; value: number } | { ok: false; failure: SolveFailure };

/**
 * Days of fire that reach a target date: the middle of its day, n + 0.5 days from the first
 * delivery, so that rounding never lands on the day before. Dates not after the count fail:
 * lastsUntil is never before the count date.
 */
function daysToLastDay(inputs: Inputs, date: IsoDate): Needed {
  const period = deliveryDays(inputs);
  if (!period.ok)
    return { ok: false, failure: { kind: 'no-delivery-period', reason: period.reason } };
  const target = parseIsoDate(date);
  const start = parseIsoDate(inputs.start);
  if (!target.ok || !start.ok) return { ok: false, failure: { kind: 'target-not-a-date' } };
  const days = target.value - start.value;
  if (days <= period.value) {
    return { ok: false, failure: { kind: 'last-day-not-after-count', end: inputs.end } };
  }
  return { ok: true, value: days + 0.5 };
}

/** The target as a positive number of days of fire (months, dates) or shells (totals). */
function targetProblem(target: SolveTarget): SolveFailure | null {
  if (target.kind === 'lastDay') return null;
  const amount = target.kind === 'months' ? target.months : target.shells;
  if (!Number.isFinite(amount)) return { kind: 'target-not-a-number' };
  return amount > 0 ? null : { kind: 'target-not-positive' };
}

/** The first input other than the unknown that is 0 and so zeroes the total, if any. */
function zeroTotalKey(inputs: Inputs, unknown: SolveUnknown): TotalKey | null {
  return TOTAL_KEYS.find((key) => key !== unknown && inputs[key] === 0) ?? null;
}

/**
 * The exact value of the unknown that meets the target, before rounding. Every input but daily is
 * a factor of the total, so the total with the unknown at 1 is what one unit of it adds.
 */
function exactValue(inputs: Inputs, target: SolveTarget, unknown: SolveUnknown): Needed {
  if (target.kind === 'total') {
    return { ok: true, value: target.shells / totalShells({ ...inputs, [unknown]: 1 }) };
  }
  const days: Needed =
    target.kind === 'months'
      ? { ok: true, value: target.months * MEAN_MONTH_DAYS }
      : daysToLastDay(inputs, target.date);
  if (!days.ok) return days;
  if (unknown === 'daily') return { ok: true, value: totalShells(inputs) / days.value };
  const shells = days.value * inputs.daily;
  return { ok: true, value: shells / totalShells({ ...inputs, [unknown]: 1 }) };
}

/**
 * "What would have to be true": the value of one assumption that meets a target, every other
 * input as it is (ranges at their centres), or why none can. Worked example, defaults, 12 months,
 * solving perContainer: 12 × 30.436875 × 10,000 ÷ 6,700 = 545.138… shells, applied as 545.1.
 */
export function targetSolution(
  inputs: Inputs,
  ranges: Ranges,
  target: SolveTarget,
  unknown: SolveUnknown,
): Solution {
  const centred = centredInputs(inputs, ranges);
  const targetFailure = targetProblem(target);
  if (targetFailure) return { ok: false, failure: targetFailure };
  if (unknown === 'daily' && target.kind === 'total') {
    return { ok: false, failure: { kind: 'total-ignores-daily' } };
  }
  const zeroKey = zeroTotalKey(centred, unknown);
  if (zeroKey) return { ok: false, failure: { kind: 'nothing-delivered', zeroKey } };
  const needed = exactValue(centred, target, unknown);
  if (!needed.ok) return needed;
  const value = needed.value;
  if (!Number.isFinite(value)) return { ok: false, failure: { kind: 'beyond-numbers' } };
  const rounded = roundedSolution(unknown, value);
  const applied = targetMet({ ...centred, [unknown]: rounded }, target) ? rounded : value;
  return { ok: true, value, applied, problem: numberProblem(unknown, applied) };
}

/** Where a value sits against the published figures for its assumption. */
type SpanPosition = 'below' | 'within' | 'above';

/** How believable a solved value is. Data, not sentences: the UI words them. */
export interface SolutionPlausibility {
  /** The published span and where the value sits in it; null when nothing was published. */
  published: { span: Interval; position: SpanPosition } | null;
  /** Shells per container only: the mass of a container's shells against its payload limit. */
  payload: { massKg: number; payloadKg: number; fits: boolean } | null;
  /** Why the value is not a valid value of its input (INPUT_BOUNDS), or null. */
  bounds: Reason | null;
  /** Physically impossible or not accepted; else beyond every published figure; else plausible. */
  verdict: 'implausible' | 'beyond-published' | 'plausible';
}

/** `spanPosition({ low: 266, high: 480 }, 545.1)` → 'above'. */
function spanPosition(span: Interval, value: number): SpanPosition {
  if (value < span.low) return 'below';
  return value > span.high ? 'above' : 'within';
}

/**
 * Judges a solved value against physics and the published figures. `span` is the published span of
 * the unknown (null if none). Worked example, defaults: 545.1 shells × 43.56 kg = 23,744.56 kg,
 * under a 28,180 kg payload, but above the published 266–480: 'beyond-published'.
 */
export function solutionPlausibility(
  inputs: Inputs,
  unknown: SolveUnknown,
  value: number,
  span: Interval | null,
): SolutionPlausibility {
  const bounds = numberProblem(unknown, value);
  const published = span ? { span, position: spanPosition(span, value) } : null;
  let payload: SolutionPlausibility['payload'] = null;
  if (unknown === 'perContainer') {
    const results = computeResults({ ...inputs, perContainer: value });
    payload = {
      massKg: results.massPerContainerKg,
      payloadKg: inputs.payloadKg,
      fits: results.plausible,
    };
  }
  const implausible = bounds !== null || payload?.fits === false;
  const beyond = published !== null && published.position !== 'within';
  return {
    published,
    payload,
    bounds,
    verdict: implausible ? 'implausible' : beyond ? 'beyond-published' : 'plausible',
  };
}
