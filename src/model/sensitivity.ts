import { SWING_KEYS, type Inputs, type SwingKey } from './inputs';
import { centredInputs, isRangeKey, type Interval, type Ranges } from './ranges';
import { computeResults } from './results';

export type { SwingKey };

/** For each assumption, the span of its doubt, or null when it is not varied. */
export type SwingSpans = Record<SwingKey, Interval | null>;

/** Months of fire with one assumption alone at each end of its interval. */
export interface Swing {
  key: SwingKey;
  /** Where the interval comes from: the reader's own 90% range, or the doubt about the statement. */
  source: 'range' | 'doubt';
  interval: Interval;
  monthsAtLow: number;
  monthsAtHigh: number;
}

export interface Sensitivity {
  /** Months of fire with every input as it is (ranges at their centres). */
  months: number;
  /** One swing per assumption with an interval, the largest swing in months first. */
  swings: Swing[];
  /** Assumptions with neither a range nor a span of doubt: not varied. */
  unvaried: SwingKey[];
}

/** How far a swing moves months of fire: `swingSize({ monthsAtLow: 9.9, monthsAtHigh: 2.2 })` → 7.7. */
function swingSize(swing: Pick<Swing, 'monthsAtLow' | 'monthsAtHigh'>): number {
  return Math.abs(swing.monthsAtHigh - swing.monthsAtLow);
}

/**
 * What each assumption does to months of fire on its own: that assumption at the low and at the
 * high end of its interval (the reader's range if it is one, else the span of doubt), every other
 * input as it is, ranges at their centres. Sorted by the size of the swing, largest first; ties
 * keep the order of `SWING_KEYS`. Worked example, defaults with daily spanning 10,000–44,500:
 * 3,001,600 shells ÷ 10,000 ÷ 30.436875 = 9.86 months at the low end, ÷ 44,500 → 2.22 at the high.
 */
export function monthsSwings(inputs: Inputs, ranges: Ranges, doubt: SwingSpans): Sensitivity {
  const centred = centredInputs(inputs, ranges);
  const monthsWith = (key: SwingKey, value: number) =>
    computeResults({ ...centred, [key]: value }).monthsOfFire;
  const swings: Swing[] = [];
  const unvaried: SwingKey[] = [];
  for (const key of SWING_KEYS) {
    const range = isRangeKey(key) ? ranges[key] : undefined;
    const interval = range ?? doubt[key];
    if (!interval) {
      unvaried.push(key);
      continue;
    }
    swings.push({
      key,
      source: range ? 'range' : 'doubt',
      interval,
      monthsAtLow: monthsWith(key, interval.low),
      monthsAtHigh: monthsWith(key, interval.high),
    });
  }
  // Array.prototype.sort is stable, so equal swings stay in page order.
  swings.sort((a, b) => swingSize(b) - swingSize(a));
  return { months: computeResults(centred).monthsOfFire, swings, unvaried };
}
