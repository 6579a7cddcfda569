/**
 * Months of fire with one assumption at a time at each end of its interval, worked by hand.
 * Defaults: 6,700 containers × 448 shells × 100% × 100% = 3,001,600 shells; ÷ 10,000 a day ÷
 * 30.436875 days a month = 9.8617 months.
 * Invariants: each swing varies its own key alone (all others as they are, ranges at their
 * centres); swings are sorted by size, largest first; a key with no interval is listed as unvaried.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { monthsSwings, type Swing, type SwingSpans } from '../../src/model/sensitivity';

/** The published spans of FACTS §1–2, written out so these sums do not move with the facts. */
const SPANS: SwingSpans = {
  containers: { low: 1_000, high: 28_000 },
  perContainer: { low: 266, high: 480 },
  share: null,
  usable: { low: 50, high: 100 },
  daily: { low: 10_000, high: 44_500 },
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
    // 1,000 × 448 = 448,000 shells ÷ 10,000 ÷ 30.436875 = 1.47190; 28,000 × 448 = 12,544,000 → 41.21317
    ['containers', 1.4719, 41.21317],
    // 6,700 × 266 = 1,782,200 → 5.85540; 6,700 × 480 = 3,216,000 → 10.56613
    ['perContainer', 5.8554, 10.56613],
    // half of 3,001,600 work → 4.93086; all of them → 9.86172
    ['usable', 4.93086, 9.86172],
    // 3,001,600 ÷ 10,000 ÷ 30.436875 = 9.86172; ÷ 44,500 instead → 2.21612
    ['daily', 9.86172, 2.21612],
  ] as const)('puts %s alone at each end of its published span', (key, atLow, atHigh) => {
    const swing = swingOf(swings, key);
    expect(swing.source).toBe('published');
    expect(swing.interval).toEqual(SPANS[key]);
    expect(swing.monthsAtLow).toBeCloseTo(atLow, 4);
    expect(swing.monthsAtHigh).toBeCloseTo(atHigh, 4);
  });

  it('sorts by the size of the swing, largest first', () => {
    // containers 39.74, daily 7.65, usable 4.93, perContainer 4.71 months
    expect(swings.map((swing) => swing.key)).toEqual([
      'containers',
      'daily',
      'usable',
      'perContainer',
    ]);
  });

  it('lists an assumption with no interval as not varied', () => {
    expect(unvaried).toEqual(['share']);
    expect(swings.some((swing) => swing.key === 'share')).toBe(false);
  });

  it("uses the reader's range instead of the published span, and centres the other ranges", () => {
    // daily 20,000..40,000 is centred at √(20,000 × 40,000) = 28,284 for the other swings.
    const ranged = monthsSwings(DEFAULT_INPUTS, { daily: { low: 20_000, high: 40_000 } }, SPANS);
    const daily = swingOf(ranged.swings, 'daily');
    expect(daily.source).toBe('range');
    expect(daily.interval).toEqual({ low: 20_000, high: 40_000 });
    // 3,001,600 ÷ 20,000 ÷ 30.436875 = 4.93086; ÷ 40,000 → 2.46543
    expect(daily.monthsAtLow).toBeCloseTo(4.93086, 4);
    expect(daily.monthsAtHigh).toBeCloseTo(2.46543, 4);
    // 1,000 × 448 = 448,000 ÷ 28,284 ÷ 30.436875 = 0.52040
    expect(swingOf(ranged.swings, 'containers').monthsAtLow).toBeCloseTo(0.5204, 4);
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
      daily: null,
    };
    const result = monthsSwings(DEFAULT_INPUTS, {}, nothing);
    expect(result.swings).toEqual([]);
    expect(result.unvaried).toEqual(['containers', 'perContainer', 'share', 'usable', 'daily']);
  });
});
