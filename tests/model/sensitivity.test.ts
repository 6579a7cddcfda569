/**
 * Months of fire with one assumption at a time at each end of its interval, worked by hand.
 * Defaults: 6,700 containers × 448 shells × 100% × 100% = 3,001,600 shells; ÷ 10,000 a day ÷
 * 30.436875 days a month = 9.8617 months.
 * Invariants: each swing varies its own key alone (all others as they are, ranges at their
 * centres); swings are sorted by size, largest first; a key with no interval is listed as unvaried.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { monthsSwings, type Swing, type SwingSpans } from '../../src/model/sensitivity';

/**
 * The doubt about Shin's February 2024 statement, written out so these sums do not move with the
 * facts: "about 6,700" containers ± a tenth, the 152 mm conversions 400–500, "could be a mix",
 * half to all working, the published Russian rates 10,000–70,000.
 */
const SPANS: SwingSpans = {
  containers: { low: 6_030, high: 7_370 },
  perContainer: { low: 400, high: 500 },
  share: null,
  usable: { low: 50, high: 100 },
  rocketShare: { low: 0, high: 100 },
  daily: { low: 10_000, high: 70_000 },
};

function swingOf(swings: Swing[], key: Swing['key']): Swing {
  const swing = swings.find((candidate) => candidate.key === key);
  if (!swing) throw new Error(`no swing for ${key}`);
  return swing;
}

describe(monthsSwings, () => {
  const { months, swings, unvaried } = monthsSwings(DEFAULT_INPUTS, {}, SPANS);

  it('reports months of fire now', () => {
    // 3,001,600 ÷ 10,000 ÷ 30.436875 = 9.861722…
    expect(months).toBeCloseTo(9.861722, 6);
  });

  it.each([
    // 6,030 × 448 = 2,701,440 shells ÷ 10,000 ÷ 30.436875 = 8.87555; 7,370 × 448 = 3,301,760 → 10.84789
    ['containers', 8.87555, 10.84789],
    // 6,700 × 400 = 2,680,000 → 8.80511; 6,700 × 500 = 3,350,000 → 11.00639
    ['perContainer', 8.80511, 11.00639],
    // half of 3,001,600 work → 4.93086; all of them → 9.86172
    ['usable', 4.93086, 9.86172],
    // all 152 mm → 9.86172; all rockets: no shells → 0
    ['rocketShare', 9.86172, 0],
    // 3,001,600 ÷ 10,000 ÷ 30.436875 = 9.86172; ÷ 70,000 instead → 1.40882
    ['daily', 9.86172, 1.40882],
  ] as const)('puts %s alone at each end of its span of doubt', (key, atLow, atHigh) => {
    const swing = swingOf(swings, key);
    expect(swing.source).toBe('doubt');
    expect(swing.interval).toEqual(SPANS[key]);
    expect(swing.monthsAtLow).toBeCloseTo(atLow, 4);
    expect(swing.monthsAtHigh).toBeCloseTo(atHigh, 4);
  });

  it('sorts by the size of the swing, largest first', () => {
    // rocketShare 9.86, daily 8.45, usable 4.93, perContainer 2.20, containers 1.97 months
    expect(swings.map((swing) => swing.key)).toEqual([
      'rocketShare',
      'daily',
      'usable',
      'perContainer',
      'containers',
    ]);
  });

  it('lists an assumption with no interval as not varied', () => {
    expect(unvaried).toEqual(['share']);
    expect(swings.some((swing) => swing.key === 'share')).toBe(false);
  });

  it("uses the reader's range instead of the span of doubt, and centres the other ranges", () => {
    // daily 20,000..40,000 is centred at √(20,000 × 40,000) = 28,284 for the other swings.
    const ranged = monthsSwings(DEFAULT_INPUTS, { daily: { low: 20_000, high: 40_000 } }, SPANS);
    const daily = swingOf(ranged.swings, 'daily');
    expect(daily.source).toBe('range');
    expect(daily.interval).toEqual({ low: 20_000, high: 40_000 });
    // 3,001,600 ÷ 20,000 ÷ 30.436875 = 4.93086; ÷ 40,000 → 2.46543
    expect(daily.monthsAtLow).toBeCloseTo(4.93086, 4);
    expect(daily.monthsAtHigh).toBeCloseTo(2.46543, 4);
    // 6,030 × 448 = 2,701,440 ÷ 28,284 ÷ 30.436875 = 3.13798
    expect(swingOf(ranged.swings, 'containers').monthsAtLow).toBeCloseTo(3.13798, 4);
    // 3,001,600 ÷ 28,284 ÷ 30.436875 = 3.48668
    expect(ranged.months).toBeCloseTo(3.48668, 4);
  });

  it('keeps page order for equal swings: all zero when no container holds shells', () => {
    const none = monthsSwings({ ...DEFAULT_INPUTS, share: 0 }, {}, SPANS);
    expect(none.months).toBe(0);
    expect(none.swings.map((swing) => swing.key)).toEqual([
      'containers',
      'perContainer',
      'usable',
      'rocketShare',
      'daily',
    ]);
    expect(none.swings.every((s) => s.monthsAtLow === 0 && s.monthsAtHigh === 0)).toBe(true);
  });

  it('varies nothing when nothing has an interval', () => {
    const nothing: SwingSpans = {
      containers: null,
      perContainer: null,
      share: null,
      usable: null,
      rocketShare: null,
      daily: null,
    };
    const result = monthsSwings(DEFAULT_INPUTS, {}, nothing);
    expect(result.swings).toEqual([]);
    expect(result.unvaried).toEqual([
      'containers',
      'perContainer',
      'share',
      'usable',
      'rocketShare',
      'daily',
    ]);
  });
});
