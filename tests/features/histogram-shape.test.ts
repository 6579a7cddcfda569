/**
 * The histograms' geometry, worked by hand. Invariant: whatever the histogram, every number in
 * its shape is finite and every position lies between 0 and 1 (a share of the plot's width).
 */
import { histogramShape, spanTicks } from '../../src/features/spread/histogram-shape';
import type { Histogram, Spread } from '../../src/model/distribution';

/** Every number in a shape, with where it was found. */
function numbersIn(shape: ReturnType<typeof histogramShape>): [string, number][] {
  return [
    ...shape.bars.flatMap((bar, i): [string, number][] => [
      [`bars[${i}].x`, bar.x],
      [`bars[${i}].width`, bar.width],
      [`bars[${i}].height`, bar.height],
    ]),
    ...shape.ticks.flatMap((tick, i): [string, number][] => [
      [`ticks[${i}].value`, tick.value],
      [`ticks[${i}].x`, tick.x],
    ]),
    ['median', shape.median],
    ['tickExponent', shape.tickExponent],
  ];
}

describe(histogramShape, () => {
  const twoBins: Histogram = { from: 0, to: 2, shares: [0.25, 0.5] };
  const spread: Spread = { median: 1, low: 0.2, high: 1.8 };

  it('places each bar in its bin with a gap, as tall as its share of the tallest', () => {
    // Bins 0–1 and 1–2 are halves of the plot; 15% of each is gap, 7.5% a side.
    const { bars } = histogramShape(twoBins, spread);
    expect(bars).toHaveLength(2);
    expect(bars[0]?.x).toBeCloseTo(0.0375, 12);
    expect(bars[1]?.x).toBeCloseTo(0.5375, 12);
    expect(bars[0]?.width).toBeCloseTo(0.425, 12);
    expect(bars.map((bar) => bar.height)).toEqual([0.5, 1]);
  });

  it('puts the median where it falls between the ends', () => {
    expect(histogramShape(twoBins, spread).median).toBe(0.5);
    expect(histogramShape(twoBins, { ...spread, median: 1.5 }).median).toBe(0.75);
  });

  it.each([
    ['both middles inside', { median: 1, low: 0.2, high: 1.8 }, [true, true]],
    [
      'the first middle (0.5) below the 5th percentile',
      { median: 1, low: 0.6, high: 1.8 },
      [false, true],
    ],
    ['the second middle (1.5) above the 95th', { median: 1, low: 0.2, high: 1.4 }, [true, false]],
  ])('marks bars inside the 90%% interval by their middles: %s', (_, interval, inside) => {
    expect(histogramShape(twoBins, interval).bars.map((bar) => bar.inside)).toEqual(inside);
  });

  it('labels 0 to 2 every 0.5, one decimal', () => {
    const { ticks, tickExponent } = histogramShape(twoBins, spread);
    expect(ticks).toEqual([
      { value: 0, x: 0 },
      { value: 0.5, x: 0.25 },
      { value: 1, x: 0.5 },
      { value: 1.5, x: 0.75 },
      { value: 2, x: 1 },
    ]);
    expect(tickExponent).toBe(-1);
  });

  describe('with nothing to spread, nothing is NaN', () => {
    it.each<[string, Histogram, Spread]>([
      [
        'every sample the same',
        { from: 5, to: 5, shares: [0, 0, 0] },
        { median: 5, low: 5, high: 5 },
      ],
      ['no bins', { from: 1, to: 2, shares: [] }, { median: 1.5, low: 1.1, high: 1.9 }],
      [
        'no samples',
        { from: Number.NaN, to: Number.NaN, shares: [0] },
        { median: Number.NaN, low: Number.NaN, high: Number.NaN },
      ],
    ])('%s: one bar in the middle, no ticks', (_, histogram, flat) => {
      const shape = histogramShape(histogram, flat);
      for (const [where, value] of numbersIn(shape))
        expect(Number.isFinite(value), where).toBe(true);
      expect(shape.bars).toHaveLength(1);
      expect(shape.bars[0]?.x).toBeCloseTo(0.46, 12);
      expect(shape.median).toBe(0.5);
      expect(shape.ticks).toEqual([]);
    });
  });

  it('keeps every position on the plot for a lognormal-looking histogram', () => {
    const shares = Array.from({ length: 36 }, (_, i) => Math.exp(-((Math.log(i + 1) - 2) ** 2)));
    const total = shares.reduce((sum, share) => sum + share, 0);
    const histogram = {
      from: 2_050_000,
      to: 6_930_000,
      shares: shares.map((s) => (s / total) * 0.99),
    };
    const shape = histogramShape(histogram, { median: 3_300_000, low: 2_100_000, high: 5_200_000 });
    for (const [where, value] of numbersIn(shape)) {
      expect(Number.isFinite(value), where).toBe(true);
      if (where !== 'tickExponent' && !where.endsWith('.value')) {
        expect(value, where).toBeGreaterThanOrEqual(0);
        expect(value, where).toBeLessThanOrEqual(1);
      }
    }
    expect(Math.max(...shape.bars.map((bar) => bar.height))).toBe(1);
  });
});

describe(spanTicks, () => {
  it.each<[string, number, number, number[], number]>([
    ['2.3–9.1 million: steps of 1.5 million', 2.3e6, 9.1e6, [3e6, 4.5e6, 6e6, 7.5e6, 9e6], 5],
    ['2.05–6.93 million: steps of a million', 2.05e6, 6.93e6, [3e6, 4e6, 5e6, 6e6], 6],
    ['1.9–20.4 months: steps of 4', 1.9, 20.4, [4, 8, 12, 16, 20], 0],
    ['4.12–4.31 months: steps of 0.04', 4.12, 4.31, [4.12, 4.16, 4.2, 4.24, 4.28], -2],
    ['0–10: steps of 2.5, as steps of 2 give six', 0, 10, [0, 2.5, 5, 7.5, 10], -1],
  ])('%s', (_, from, to, values, exponent) => {
    const ticks = spanTicks(from, to);
    expect(ticks.values).toEqual(values);
    expect(ticks.exponent).toBe(exponent);
  });

  it.each([
    [1, 1.01],
    [0.003, 0.0071],
    [17, 3_000_000],
    [123_456, 9_876_543_210],
    [9.99, 10.01],
  ])('gives 3 to 5 ticks inside %d to %d', (from, to) => {
    const { values } = spanTicks(from, to);
    expect(values.length).toBeGreaterThanOrEqual(3);
    expect(values.length).toBeLessThanOrEqual(5);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(from);
      expect(value).toBeLessThanOrEqual(to);
    }
  });

  it('gives none on a span with no width', () => {
    expect(spanTicks(3, 3)).toEqual({ values: [], exponent: 0 });
    expect(spanTicks(Number.NaN, 1)).toEqual({ values: [], exponent: 0 });
  });
});
