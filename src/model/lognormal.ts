import type { Interval } from './ranges';

/** The standard normal's 95th percentile: a 90% interval spans ±Z_95 standard deviations. */
export const Z_95 = 1.6448536269514722;

/** A lognormal distribution: the logarithm of the value is normal with mean `mu` and sd `sigma`. */
export interface Lognormal {
  mu: number;
  sigma: number;
}

/**
 * The lognormal whose 5th and 95th percentiles are an interval's ends, as Squiggle reads
 * `low to high`. `lognormalFromInterval({ low: 1, high: Math.E ** 2 })` → mu 1, sigma 2 ÷ (2 × 1.6449).
 */
export function lognormalFromInterval({ low, high }: Interval): Lognormal {
  const logLow = Math.log(low);
  const logHigh = Math.log(high);
  return { mu: (logLow + logHigh) / 2, sigma: (logHigh - logLow) / (2 * Z_95) };
}

// Coefficients of Acklam's rational approximation of the normal quantile (relative error < 1.2e-9).
const A = [
  -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [
  -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function tail(q: number): number {
  const [c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0] = C;
  const [d0 = 0, d1 = 0, d2 = 0, d3 = 0] = D;
  return (
    (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) /
    ((((d0 * q + d1) * q + d2) * q + d3) * q + 1)
  );
}

/**
 * The standard normal's quantile (inverse CDF) for 0 < p < 1, by Acklam's algorithm.
 * `normalQuantile(0.95)` → 1.6448536…; `normalQuantile(0.5)` → 0.
 */
export function normalQuantile(p: number): number {
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const [a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0] = A;
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0] = B;
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

/** A lognormal's quantile: `lognormalQuantile({ mu: 0, sigma: 1 }, 0.5)` → 1. */
export function lognormalQuantile({ mu, sigma }: Lognormal, p: number): number {
  return Math.exp(mu + sigma * normalQuantile(p));
}
