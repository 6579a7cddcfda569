import { seriesShare, type DatedRate } from '../../src/model/fire-series';

/** Syrskyi's series as FACTS.md gives it (src/facts/daily-fire.ts). */
const SYRSKYI: DatedRate[] = [
  { from: '2023-08-01', to: '2023-09-30', perDay: 20_000, atLeast: false },
  { from: '2023-10-01', to: '2023-12-31', perDay: 30_000, atLeast: true },
  { from: '2024-08-06', to: '2024-08-14', perDay: 44_500, atLeast: false },
];

describe(seriesShare, () => {
  it('the defaults: 18 days at 20,000 and 92 at more than 30,000, so at most 63.7%', () => {
    const perDay = 3_001_600 / 166;
    const share = seriesShare('2023-09-13', 166, perDay, SYRSKYI);
    // Sep 13–30: 18 days; Oct 1 – Dec 31: 92 days. Fired 360,000 + 2,760,000 = 3,120,000.
    expect(share).toMatchObject({
      coveredDays: 110,
      from: '2023-09-13',
      to: '2023-12-31',
      fired: 3_120_000,
      atMost: true,
    });
    expect(share?.delivered).toBeCloseTo(110 * perDay, 6);
    expect(share?.percent).toBeCloseTo(((110 * perDay) / 3_120_000) * 100, 9);
    expect(share?.percent).toBeCloseTo(63.75, 2);
  });

  it('stops at the last delivery day: 10 days from Sep 25 are 6 at 20,000 and 4 at 30,000', () => {
    const share = seriesShare('2023-09-25', 10, 1_000, SYRSKYI);
    expect(share).toMatchObject({ coveredDays: 10, fired: 6 * 20_000 + 4 * 30_000 });
    expect(share?.to).toBe('2023-10-04');
  });

  it('is exact, not a ceiling, where only "about" rates apply', () => {
    const share = seriesShare('2023-08-01', 30, 10_000, SYRSKYI);
    expect(share).toMatchObject({ coveredDays: 30, fired: 600_000, atMost: false, percent: 50 });
  });

  it('is null when the series covers none of the days, or there are none', () => {
    expect(seriesShare('2022-01-01', 100, 1_000, SYRSKYI)).toBeNull();
    expect(seriesShare('2023-09-13', 0, 1_000, SYRSKYI)).toBeNull();
    expect(seriesShare('2023-09-13', 166, Number.NaN, SYRSKYI)).toBeNull();
  });
});
