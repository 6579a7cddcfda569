/**
 * Invariants of the seeded Monte Carlo (CONTRACT §2): a range is the 90% interval of a lognormal,
 * so a product or quotient of ranges is again lognormal, with mu the sum (or difference) of the
 * mus and sigma² the sum of the sigma²s, and its percentiles have a closed form:
 * median = e^mu, 5th = e^(mu − 1.6449 sigma), 95th = e^(mu + 1.6449 sigma).
 * The sampled medians must be within 1% of it and the 5th and 95th percentiles within 3%, for
 * narrow, wide and mixed exact/range inputs; the same inputs always give the same numbers.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import type { Inputs } from '../../src/model/inputs';
import { lognormalFromInterval, Z_95 } from '../../src/model/lognormal';
import type { Ranges } from '../../src/model/ranges';
import {
  radicalInverse,
  sampleInputs,
  sampleResults,
  SAMPLE_COUNT,
} from '../../src/model/sampling';
import { MEAN_MONTH_DAYS } from '../../src/model/constants';

/** The closed-form percentiles of daysOfFire = containers × perContainer × kept ÷ daily. */
function closedFormDays(inputs: Inputs, ranges: Ranges) {
  const log = (key: 'containers' | 'perContainer' | 'daily') => {
    const range = ranges[key];
    return range ? lognormalFromInterval(range) : { mu: Math.log(inputs[key]), sigma: 0 };
  };
  const [c, p, d] = [log('containers'), log('perContainer'), log('daily')];
  const kept = (inputs.share / 100) * (inputs.usable / 100);
  const mu = c.mu + p.mu - d.mu + Math.log(kept);
  const sigma = Math.sqrt(c.sigma ** 2 + p.sigma ** 2 + d.sigma ** 2);
  return {
    median: Math.exp(mu),
    low: Math.exp(mu - Z_95 * sigma),
    high: Math.exp(mu + Z_95 * sigma),
  };
}

/** The closed-form percentiles of totalShells (a product only: daily does not enter). */
function closedFormTotal(inputs: Inputs, ranges: Ranges) {
  const { containers, perContainer } = ranges;
  const days = closedFormDays(inputs, {
    ...(containers ? { containers } : {}),
    ...(perContainer ? { perContainer } : {}),
  });
  const scale = inputs.daily;
  return { median: days.median * scale, low: days.low * scale, high: days.high * scale };
}

function relativeError(actual: number, expected: number): number {
  return Math.abs(actual / expected - 1);
}

const CASES: { name: string; inputs: Inputs; ranges: Ranges }[] = [
  {
    name: 'narrow: containers 6,500–6,900 (a product with one range)',
    inputs: DEFAULT_INPUTS,
    ranges: { containers: { low: 6_500, high: 6_900 } },
  },
  {
    name: 'mixed: the satellite count, 15,800 exact × 266–367 a container',
    inputs: { ...DEFAULT_INPUTS, containers: 15_800 },
    ranges: { perContainer: { low: 266, high: 367 } },
  },
  {
    name: 'a quotient: containers 6,700–13,000 over daily fire 10,000–44,500',
    inputs: DEFAULT_INPUTS,
    ranges: { containers: { low: 6_700, high: 13_000 }, daily: { low: 10_000, high: 44_500 } },
  },
  {
    name: 'wide: all three ranges, with half the containers holding shells',
    inputs: { ...DEFAULT_INPUTS, share: 50 },
    ranges: {
      containers: { low: 6_700, high: 13_000 },
      perContainer: { low: 266, high: 480 },
      daily: { low: 10_000, high: 44_500 },
    },
  },
  {
    name: 'very wide: 1,000–28,000 containers over 2,000–44,500 a day',
    inputs: DEFAULT_INPUTS,
    ranges: { containers: { low: 1_000, high: 28_000 }, daily: { low: 2_000, high: 44_500 } },
  },
];

describe(sampleResults, () => {
  describe.each(CASES)('$name', ({ inputs, ranges }) => {
    const sampled = sampleResults(inputs, ranges);
    const days = closedFormDays(inputs, ranges);
    const total = closedFormTotal(inputs, ranges);

    it(`draws ${String(SAMPLE_COUNT)} samples`, () => {
      expect(sampled.count).toBe(10_000);
    });

    it('gives the median of days of fire within 1% of the closed form', () => {
      expect(relativeError(sampled.daysOfFire.median, days.median)).toBeLessThan(0.01);
    });

    it('gives the 5th and 95th percentiles of days of fire within 3%', () => {
      expect(relativeError(sampled.daysOfFire.low, days.low)).toBeLessThan(0.03);
      expect(relativeError(sampled.daysOfFire.high, days.high)).toBeLessThan(0.03);
    });

    it('gives the median and 5th/95th percentiles of total shells within 1% and 3%', () => {
      expect(relativeError(sampled.totalShells.median, total.median)).toBeLessThan(0.01);
      expect(relativeError(sampled.totalShells.low, total.low)).toBeLessThan(0.03);
      expect(relativeError(sampled.totalShells.high, total.high)).toBeLessThan(0.03);
    });

    it('gives months as days ÷ 30.436875 and the EU multiple as total ÷ 1,000,000', () => {
      expect(sampled.monthsOfFire.median).toBeCloseTo(
        sampled.daysOfFire.median / MEAN_MONTH_DAYS,
        9,
      );
      expect(sampled.euMultiple.high).toBeCloseTo(sampled.totalShells.high / 1_000_000, 9);
    });

    it('orders every spread: 5th ≤ median ≤ 95th', () => {
      for (const spread of [sampled.totalShells, sampled.daysOfFire, sampled.massPerContainerKg]) {
        expect(spread.low).toBeLessThanOrEqual(spread.median);
        expect(spread.median).toBeLessThanOrEqual(spread.high);
      }
    });

    it('gives the same numbers every time (a fixed seed)', () => {
      expect(sampleResults(inputs, ranges)).toEqual(sampled);
    });
  });

  it('stays within the tolerances for other seeds too, not only the one the app uses', () => {
    const { inputs, ranges } = CASES[3] ?? { inputs: DEFAULT_INPUTS, ranges: {} };
    const days = closedFormDays(inputs, ranges);
    for (const seed of [1, 2, 3, 42, 2024]) {
      const sampled = sampleResults(inputs, ranges, { seed });
      expect(relativeError(sampled.daysOfFire.median, days.median)).toBeLessThan(0.01);
      expect(relativeError(sampled.daysOfFire.low, days.low)).toBeLessThan(0.03);
      expect(relativeError(sampled.daysOfFire.high, days.high)).toBeLessThan(0.03);
    }
  });

  it('gives a different (but as accurate) draw for another seed', () => {
    const ranges: Ranges = { containers: { low: 6_700, high: 13_000 } };
    const a = sampleResults(DEFAULT_INPUTS, ranges, { seed: 1 });
    const b = sampleResults(DEFAULT_INPUTS, ranges, { seed: 2 });
    expect(a.totalShells.median).not.toBe(b.totalShells.median);
  });

  it('reads the 90% interval of a single range back as its own ends (low 6,700, high 13,000)', () => {
    const sampled = sampleResults(DEFAULT_INPUTS, { containers: { low: 6_700, high: 13_000 } });
    // containers × 448: the ends are 6,700 × 448 = 3,001,600 and 13,000 × 448 = 5,824,000.
    expect(relativeError(sampled.totalShells.low, 3_001_600)).toBeLessThan(0.001);
    expect(relativeError(sampled.totalShells.high, 5_824_000)).toBeLessThan(0.001);
    // The median is 448 × √(6,700 × 13,000) = 448 × 9,332.74 = 4,181,067.
    expect(relativeError(sampled.totalShells.median, 4_181_067)).toBeLessThan(0.001);
  });

  it('keeps results the ranges do not move exact: 166 delivery days, 19,514.88 kg a container', () => {
    const sampled = sampleResults(DEFAULT_INPUTS, { daily: { low: 10_000, high: 44_500 } });
    expect(sampled.deliveryDays).toEqual({ ok: true, value: { median: 166, low: 166, high: 166 } });
    expect(sampled.massPerContainerKg.low).toBeCloseTo(19_514.88, 6);
    expect(sampled.massPerContainerKg.high).toBeCloseTo(19_514.88, 6);
    expect(sampled.fitShare).toBe(1);
  });

  it('counts the share of samples whose rounds fit the payload', () => {
    // 266–1,000 a container at 43.56 kg: 646 fit a 28,180 kg payload (646 × 43.56 = 28,139.76).
    const sampled = sampleResults(DEFAULT_INPUTS, { perContainer: { low: 266, high: 1_000 } });
    expect(sampled.fitShare).toBeGreaterThan(0.5);
    expect(sampled.fitShare).toBeLessThan(1);
  });

  it('gives the reason when there is no delivery period, and still the other results', () => {
    const inputs = { ...DEFAULT_INPUTS, end: '2023-01-01' };
    const sampled = sampleResults(inputs, { containers: { low: 6_700, high: 13_000 } });
    expect(sampled.lastsUntil).toEqual({
      ok: false,
      reason: { kind: 'end-not-after-start', start: '2023-09-13' },
    });
    expect(sampled.totalShells.median).toBeGreaterThan(0);
  });

  it('gives lastsUntil as the dates of the days-of-fire percentiles, firing from the start', () => {
    const sampled = sampleResults(DEFAULT_INPUTS, { containers: { low: 6_700, high: 13_000 } });
    if (!sampled.lastsUntil.ok) throw new Error('expected dates');
    // The 5th percentile of days is 3,001,600 ÷ 10,000 = 300.16 → 2023-09-13 + 300 = 2024-07-09.
    expect(sampled.lastsUntil.value.low).toBe('2024-07-09');
    expect(sampled.lastsUntil.value.median <= sampled.lastsUntil.value.high).toBe(true);
  });
});

describe(sampleInputs, () => {
  it('repeats an exact input in every sample', () => {
    const samples = sampleInputs(DEFAULT_INPUTS, { daily: { low: 10_000, high: 44_500 } });
    expect(new Set(samples.containers)).toEqual(new Set([6_700]));
  });

  it('leaves the draws of one input unchanged when another becomes a range', () => {
    const alone = sampleInputs(DEFAULT_INPUTS, { containers: { low: 6_700, high: 13_000 } });
    const both = sampleInputs(DEFAULT_INPUTS, {
      containers: { low: 6_700, high: 13_000 },
      daily: { low: 10_000, high: 44_500 },
    });
    expect(both.containers).toEqual(alone.containers);
  });

  it('draws only values inside the valid range of a lognormal: positive and finite', () => {
    const samples = sampleInputs(DEFAULT_INPUTS, { perContainer: { low: 1, high: 5_000 } });
    expect(samples.perContainer.every((value) => value > 0 && Number.isFinite(value))).toBe(true);
  });
});

describe(radicalInverse, () => {
  it.each([
    [1, 2, 0.5],
    [2, 2, 0.25],
    [3, 2, 0.75],
    [6, 2, 0.375],
    [1, 3, 1 / 3],
    [4, 3, 1 / 3 + 1 / 9],
  ])('mirrors %i in base %i behind the point: %f', (index, base, expected) => {
    expect(radicalInverse(index, base)).toBeCloseTo(expected, 12);
  });
});
