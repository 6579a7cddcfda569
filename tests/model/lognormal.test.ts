/**
 * Invariants: a 90% interval becomes the lognormal whose 5th and 95th percentiles are its ends;
 * the normal quantile matches published values of the standard normal to 1e-8.
 */
import {
  lognormalFromInterval,
  lognormalQuantile,
  normalQuantile,
  Z_95,
} from '../../src/model/lognormal';

describe(normalQuantile, () => {
  it.each([
    [0.5, 0],
    [0.95, 1.6448536269514722],
    [0.05, -1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167813],
    [0.001, -3.090232306167813],
    [0.01, -2.3263478740408408],
    [0.8413447460685429, 1],
  ])('gives the standard normal quantile at %f: %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 8);
  });

  it('is increasing across the whole open interval', () => {
    let previous = -Infinity;
    for (let p = 1e-9; p < 1; p += 0.0137) {
      const z = normalQuantile(p);
      expect(z).toBeGreaterThan(previous);
      previous = z;
    }
  });
});

describe(lognormalFromInterval, () => {
  it('puts the median at the geometric middle: √(266 × 367) = √97,622 = 312.445', () => {
    const d = lognormalFromInterval({ low: 266, high: 367 });
    expect(Math.exp(d.mu)).toBeCloseTo(312.445, 3);
  });

  it('spreads ±Z_95 sigma to the ends: sigma = ln(13,000 ÷ 6,700) ÷ (2 × 1.6449) = 0.66285 ÷ 3.2897 = 0.2015', () => {
    const d = lognormalFromInterval({ low: 6_700, high: 13_000 });
    expect(d.sigma).toBeCloseTo(Math.log(13_000 / 6_700) / (2 * Z_95), 12);
    expect(d.sigma).toBeCloseTo(0.2015, 4);
  });

  it.each([
    [1, 10],
    [6_700, 13_000],
    [10_000, 44_500],
  ])('gives back %i and %i as its 5th and 95th percentiles', (low, high) => {
    const d = lognormalFromInterval({ low, high });
    // Acklam's quantile is good to about 1e-9 relative: so are the ends.
    expect(lognormalQuantile(d, 0.05) / low).toBeCloseTo(1, 8);
    expect(lognormalQuantile(d, 0.95) / high).toBeCloseTo(1, 8);
  });
});
