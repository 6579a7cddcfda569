import { numberSpec, RANGE_KEYS, type Inputs, type RangeKey } from './inputs';
import type { Reason } from './reason';

export { RANGE_KEYS, type RangeKey };

/** A 90% interval: the 5th percentile `low` and the 95th percentile `high` of a lognormal. */
export interface Interval {
  low: number;
  high: number;
}

/** The inputs given as ranges; a key that is absent is an exact value. */
export type Ranges = Partial<Record<RangeKey, Interval>>;

/** Whether an input key may be a range: `isRangeKey('daily')` → true; `isRangeKey('share')` → false. */
export function isRangeKey(key: string): key is RangeKey {
  return (RANGE_KEYS as readonly string[]).includes(key);
}

/**
 * Why an interval is not a valid range of an input, or null when it is: both ends inside the
 * input's valid values and above 0, low below high. The low end is checked first.
 * `intervalProblem('containers', { low: 13000, high: 6700 })` → `{ kind: 'range-not-increasing' }`.
 */
export function intervalProblem(key: RangeKey, interval: Interval): Reason | null {
  const { low, high } = interval;
  const { min, max } = numberSpec(key);
  if (!Number.isFinite(low) || !Number.isFinite(high)) return { kind: 'not-a-number' };
  if (low <= 0) return { kind: 'range-not-positive' };
  if (low < min) return { kind: 'below-min', min };
  if (high > max) return { kind: 'above-max', max };
  if (low >= high) return { kind: 'range-not-increasing' };
  return null;
}

/**
 * The median of a range's lognormal, √(low × high), rounded as the field shows it: the exact
 * value a range stands for when one number is needed (a slider, switching back to exact).
 * `intervalCentre('perContainer', { low: 266, high: 367 })` → 312.4.
 */
export function intervalCentre(key: RangeKey, interval: Interval): number {
  const scale = 10 ** numberSpec(key).decimals;
  return Math.round(Math.sqrt(interval.low * interval.high) * scale) / scale;
}

/**
 * Inputs with every ranged key set to its range's centre: what the exact model sees of a ranged
 * state. `centredInputs(defaults, { containers: { low: 6700, high: 13000 } }).containers` → 9333.
 */
export function centredInputs(inputs: Inputs, ranges: Ranges): Inputs {
  const centred = { ...inputs };
  for (const key of RANGE_KEYS) {
    const interval = ranges[key];
    if (interval) centred[key] = intervalCentre(key, interval);
  }
  return centred;
}

/** Whether any input is a range: `hasRanges({})` → false. */
export function hasRanges(ranges: Ranges): boolean {
  return RANGE_KEYS.some((key) => ranges[key] !== undefined);
}

/** Whether two optional intervals are the same. */
export function sameInterval(a: Interval | undefined, b: Interval | undefined): boolean {
  return a === b || (a?.low === b?.low && a?.high === b?.high && a !== undefined);
}
