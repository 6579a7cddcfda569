/** The middle and the ends of a 90% interval: the 50th, 5th and 95th percentiles. */
export interface Spread {
  median: number;
  low: number;
  high: number;
}

/** Shares of the samples in equal-width bins from `from` to `to`; the tails outside are left out. */
export interface Histogram {
  from: number;
  to: number;
  /** One share (0 to 1) per bin, lowest bin first. */
  shares: number[];
}

/** The same spread through an increasing function: percentiles commute with it. */
export function mapSpread(spread: Spread, f: (value: number) => number): Spread {
  return { median: f(spread.median), low: f(spread.low), high: f(spread.high) };
}

/** A spread with no width, for a result that the ranges do not move. */
export function pointSpread(value: number): Spread {
  return { median: value, low: value, high: value };
}
