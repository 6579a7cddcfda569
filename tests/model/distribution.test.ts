/** Invariants: percentiles interpolate between sorted neighbours (type 7); histograms count every sample between the 0.5th and 99.5th percentiles once. */
import { mapSpread, pointSpread } from '../../src/model/distribution';
import { histogramOf, quantileOfSorted, spreadOfSorted } from '../../src/model/percentiles';

describe(quantileOfSorted, () => {
  const values = Float64Array.of(1, 2, 3, 4);
  it.each([
    [0, 1],
    [0.5, 2.5],
    [1, 4],
    [1 / 3, 2],
    [0.05, 1.15],
  ])('at %f gives %f', (p, expected) => {
    expect(quantileOfSorted(values, p)).toBeCloseTo(expected, 12);
  });
});

describe(spreadOfSorted, () => {
  it('gives the 5th, 50th and 95th percentiles of 0…100', () => {
    const values = Float64Array.from({ length: 101 }, (_, index) => index);
    expect(spreadOfSorted(values)).toEqual({ median: 50, low: 5, high: 95 });
  });
});

describe(mapSpread, () => {
  it('passes every percentile through an increasing function', () => {
    expect(mapSpread({ median: 2, low: 1, high: 3 }, (x) => x * 10)).toEqual({
      median: 20,
      low: 10,
      high: 30,
    });
  });
});

describe(histogramOf, () => {
  it('has shares that sum to the 99% of samples between its ends', () => {
    const values = Float64Array.from({ length: 10_000 }, (_, index) => index);
    const histogram = histogramOf(values, 10);
    expect(histogram.shares).toHaveLength(10);
    const sum = histogram.shares.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(0.99, 2);
  });

  it('has no NaN when every sample is the same', () => {
    const histogram = histogramOf(new Float64Array(100).fill(7), 5);
    expect(histogram).toEqual({ from: 7, to: 7, shares: [0, 0, 0, 0, 0] });
    expect(pointSpread(7)).toEqual({ median: 7, low: 7, high: 7 });
  });
});
