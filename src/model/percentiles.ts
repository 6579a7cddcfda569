/**
 * The statistics of sorted samples: percentiles, the median and 90% interval, histograms. Only
 * the sampler needs them, so they load with it, not with the first screen (`distribution.ts`
 * has the shapes every view reads).
 */
import type { Histogram, Spread } from './distribution';

/**
 * A percentile of values sorted ascending, interpolating between neighbours (R's type 7, numpy's
 * default). `quantileOfSorted(Float64Array.of(1, 2, 3, 4), 0.5)` → 2.5.
 */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const lower = sorted[below] ?? Number.NaN;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (position - below) * (upper - lower);
}

/** The median and 90% interval of values sorted ascending: `spreadOfSorted(Float64Array.of(5))` → all 5. */
export function spreadOfSorted(sorted: Float64Array): Spread {
  return {
    median: quantileOfSorted(sorted, 0.5),
    low: quantileOfSorted(sorted, 0.05),
    high: quantileOfSorted(sorted, 0.95),
  };
}

/** Share of the samples left out of a histogram at each end. */
const HISTOGRAM_TAIL = 0.005;

/**
 * Counts values sorted ascending into `bins` equal bins between their 0.5th and 99.5th
 * percentiles. `histogramOf(Float64Array.of(0, 1, 2, 3), 2)` → from ≈0.015, to ≈2.985, shares [0.25, 0.25].
 */
export function histogramOf(sorted: Float64Array, bins: number): Histogram {
  const from = quantileOfSorted(sorted, HISTOGRAM_TAIL);
  const to = quantileOfSorted(sorted, 1 - HISTOGRAM_TAIL);
  const counts = new Array<number>(bins).fill(0);
  const width = (to - from) / bins;
  if (!(width > 0)) return { from, to, shares: counts };
  for (const value of sorted) {
    if (value < from || value > to) continue;
    const bin = Math.min(bins - 1, Math.floor((value - from) / width));
    counts[bin] = (counts[bin] ?? 0) + 1;
  }
  return { from, to, shares: counts.map((count) => count / sorted.length) };
}
