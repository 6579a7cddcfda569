import type { Histogram, Spread } from '../../model/distribution';

/** A bar of a histogram, placed in shares (0 to 1) of the plot's width and of its tallest bar. */
interface HistogramBar {
  x: number;
  width: number;
  height: number;
  /** Whether the bin's middle lies inside the 90% interval. */
  inside: boolean;
}

interface HistogramTick {
  value: number;
  /** Share (0 to 1) of the plot's width. */
  x: number;
}

export interface HistogramShape {
  bars: HistogramBar[];
  /** Where the median is, as a share of the plot's width. */
  median: number;
  ticks: HistogramTick[];
  /** Power of ten of the ticks' last digit, for writing them: 5 for steps of 500,000, −1 for 0.5. */
  tickExponent: number;
}

/** Share of a bin's width left empty, half on each side, so that neighbouring bars stand apart. */
const BAR_GAP = 0.15;

/** Width of the one bar of a histogram with no width, as a share of the plot. */
const LONE_BAR_WIDTH = 0.08;

const MAX_TICKS = 5;

/** Steps between ticks, times a power of ten; consecutive steps differ by at most 1.5×, so 3 to 5 fit. */
const STEP_MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * Round ticks inside a span, 3 to 5 of them, on the smallest step that gives at most 5.
 * `spanTicks(2.3e6, 9.1e6)` → 3, 4.5, 6, 7.5 and 9 million, exponent 5 (steps of 1.5 million).
 */
export function spanTicks(from: number, to: number): { values: number[]; exponent: number } {
  const span = to - from;
  if (!(span > 0) || !Number.isFinite(span)) return { values: [], exponent: 0 };
  const power = Math.floor(Math.log10(span / MAX_TICKS));
  let values: number[] = [];
  let exponent = power;
  for (const mantissa of STEP_MANTISSAS) {
    const step = mantissa * 10 ** power;
    const first = Math.ceil(from / step - 1e-9);
    const last = Math.floor(to / step + 1e-9);
    values = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) =>
      Number(((first + i) * step).toPrecision(12)),
    );
    exponent = power + (mantissa === 10 ? 1 : Number.isInteger(mantissa) ? 0 : -1);
    if (values.length <= MAX_TICKS) break;
  }
  return { values, exponent };
}

/**
 * A histogram laid out for drawing: its bars, the median and round ticks, all in shares of the
 * plot. A histogram with no width (every sample the same) is one bar in the middle, unticked.
 * `histogramShape({ from: 0, to: 2, shares: [0.25, 0.5] }, { median: 1, low: 0.2, high: 1.8 })`
 * → bars at 0.0375 and 0.5375 wide 0.425, heights 0.5 and 1; median 0.5; ticks 0, 0.5, 1, 1.5, 2.
 */
export function histogramShape(histogram: Histogram, spread: Spread): HistogramShape {
  const { from, to, shares } = histogram;
  const tallest = Math.max(0, ...shares);
  const span = to - from;
  if (!(span > 0) || !(tallest > 0) || !Number.isFinite(span)) {
    return {
      bars: [{ x: 0.5 - LONE_BAR_WIDTH / 2, width: LONE_BAR_WIDTH, height: 1, inside: true }],
      median: 0.5,
      ticks: [],
      tickExponent: 0,
    };
  }
  const binWidth = 1 / shares.length;
  const bars = shares.map((share, bin) => {
    const middle = from + (bin + 0.5) * binWidth * span;
    return {
      x: (bin + BAR_GAP / 2) * binWidth,
      width: (1 - BAR_GAP) * binWidth,
      height: share / tallest,
      inside: middle >= spread.low && middle <= spread.high,
    };
  });
  const at = (value: number) => Math.min(1, Math.max(0, (value - from) / span));
  const ticks = spanTicks(from, to);
  return {
    bars,
    median: at(spread.median),
    ticks: ticks.values.map((value) => ({ value, x: at(value) })),
    tickExponent: ticks.exponent,
  };
}
