/**
 * Invariants: `computeResults` follows the formulas of CONTRACT §1 exactly (the expected values
 * below are worked by hand, with the arithmetic beside them); it never throws; a result that needs
 * a delivery period (`deliveryDays`, `deliveredPerDay`, `dailyCoverage`, `lastsUntil`) is an
 * outcome that carries a reason when `end` is not after `start`, while every other result still
 * computes; and no numeric result is ever NaN or ±Infinity for inputs inside the valid ranges.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import type { Inputs } from '../../src/model/inputs';
import type { Outcome } from '../../src/model/reason';
import { computeResults, type Results } from '../../src/model/results';

function withInputs(changes: Partial<Inputs>): Inputs {
  return { ...DEFAULT_INPUTS, ...changes };
}

/** The value of an outcome that must have succeeded. */
function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected a value, got ${outcome.reason.kind}`);
  return outcome.value;
}

/** Every plain number and every successful numeric outcome of a result set. */
function numbersOf(results: Results): number[] {
  const outcomes = [results.deliveryDays, results.deliveredPerDay, results.dailyCoverage];
  return [
    results.totalShells,
    results.daysOfFire,
    results.monthsOfFire,
    results.massPerContainerKg,
    results.euMultiple,
    results.containersReturned,
    ...outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value] : [])),
  ];
}

describe(computeResults, () => {
  describe('the worked example of CONTRACT §1 (default inputs)', () => {
    const results = computeResults(DEFAULT_INPUTS);

    it('counts 3,001,600 shells', () => {
      // 6,700 containers × 448 shells × 100/100 × 100/100 = 3,001,600
      expect(results.totalShells).toBe(3_001_600);
    });

    it('turns them into days and months of fire', () => {
      // 3,001,600 ÷ 10,000 a day = 300.16 days
      expect(results.daysOfFire).toBeCloseTo(300.16, 10);
      // 300.16 ÷ 30.436875 (365.2425 ÷ 12) = 9.861722006…
      expect(results.monthsOfFire).toBeCloseTo(9.861722006, 8);
    });

    it('counts 166 delivery days from 2023-09-13 to 2024-02-26', () => {
      // Sep 17 (13→30) + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 26 = 166
      expect(results.deliveryDays).toEqual({ ok: true, value: 166 });
    });

    it('delivers 18,081.93 shells a day, 180.82% of the daily fire', () => {
      // 3,001,600 ÷ 166: 166 × 18,081 = 3,001,446, remainder 154, 154 ÷ 166 = 0.927710…
      expect(valueOf(results.deliveredPerDay)).toBeCloseTo(18_081.92771, 4);
      // 18,081.92771… ÷ 10,000 × 100 = 180.8192771…%
      expect(valueOf(results.dailyCoverage)).toBeCloseTo(180.8192771, 6);
    });

    it('lasts until 2024-07-09', () => {
      // max(166, 300.16) → 300 days after 2023-09-13: Sep 17 → Oct 48 → Nov 78 → Dec 109 →
      // Jan 140 → Feb 169 (29 days, 2024 is leap) → Mar 200 → Apr 230 → May 261 → Jun 291 → Jul 9 = 300
      expect(results.lastsUntil).toEqual({ ok: true, value: '2024-07-09' });
    });

    it('checks the container mass: 19,514.88 kg, under the 28,180 kg payload', () => {
      // 448 × 43.56 = 448 × 43 + 448 × 0.56 = 19,264 + 250.88 = 19,514.88
      expect(results.massPerContainerKg).toBeCloseTo(19_514.88, 8);
      expect(results.plausible).toBe(true);
    });

    it('compares with the EU pledge and counts the containers sent back', () => {
      // 3,001,600 ÷ 1,000,000 = 3.0016
      expect(results.euMultiple).toBeCloseTo(3.0016, 12);
      // 6,700 × 1.3 = 8,710
      expect(results.containersReturned).toBeCloseTo(8_710, 8);
    });
  });

  it('reads the June 2024 statement as 480 days of fire', () => {
    const results = computeResults(withInputs({ containers: 10_000, perContainer: 480 }));
    // 10,000 × 480 = 4,800,000 shells; ÷ 10,000 a day = 480 days
    expect(results.totalShells).toBe(4_800_000);
    expect(results.daysOfFire).toBe(480);
    // 480 ÷ 30.436875 = 15.770344…
    expect(results.monthsOfFire).toBeCloseTo(15.770344, 5);
    // 4,800,000 ÷ 1,000,000 = 4.8
    expect(results.euMultiple).toBeCloseTo(4.8, 12);
  });

  it('applies the share of containers with shells and the share that work', () => {
    // 6,700 × 448 × 50/100 × 80/100 = 3,001,600 × 0.5 × 0.8 = 1,500,800 × 0.8 = 1,200,640
    expect(computeResults(withInputs({ share: 50, usable: 80 })).totalShells).toBe(1_200_640);
  });

  describe.each([
    { case: 'end before start', start: '2023-09-13', end: '2023-09-01' },
    { case: 'end equal to start', start: '2023-09-13', end: '2023-09-13' },
  ])('$case', ({ start, end }) => {
    const results = computeResults(withInputs({ start, end }));
    const refused = { ok: false, reason: { kind: 'end-not-after-start', start } };

    it.each(['deliveryDays', 'deliveredPerDay', 'dailyCoverage', 'lastsUntil'] as const)(
      '%s carries the reason end-not-after-start',
      (key) => {
        expect(results[key]).toEqual(refused);
      },
    );

    it('still computes the results that need no delivery period', () => {
      expect(results.totalShells).toBe(3_001_600);
      expect(results.daysOfFire).toBeCloseTo(300.16, 10);
      expect(results.plausible).toBe(true);
    });

    it('has no NaN or Infinity anywhere', () => {
      expect(numbersOf(results).every(Number.isFinite)).toBe(true);
    });
  });

  it('refuses an unreadable date with not-a-date instead of a number', () => {
    const results = computeResults(withInputs({ start: '2023-02-30' }));
    expect(results.deliveryDays).toEqual({ ok: false, reason: { kind: 'not-a-date' } });
    expect(results.lastsUntil).toEqual({ ok: false, reason: { kind: 'not-a-date' } });
  });

  describe('leap years', () => {
    it.each([
      // 2024 is divisible by 4: Feb 28 → Feb 29 → Mar 1
      { start: '2024-02-28', end: '2024-03-01', days: 2 },
      // 2023 is not: Feb 28 → Mar 1
      { start: '2023-02-28', end: '2023-03-01', days: 1 },
      // 2000 is divisible by 400: leap
      { start: '2000-02-28', end: '2000-03-01', days: 2 },
      // 1900 is divisible by 100 but not 400: not leap
      { start: '1900-02-28', end: '1900-03-01', days: 1 },
      // a whole leap year, 2024-01-01 → 2025-01-01: 366; a common one: 365
      { start: '2024-01-01', end: '2025-01-01', days: 366 },
      { start: '2023-01-01', end: '2024-01-01', days: 365 },
    ])('$start → $end is $days delivery days', ({ start, end, days }) => {
      expect(computeResults(withInputs({ start, end })).deliveryDays).toEqual({
        ok: true,
        value: days,
      });
    });

    it.each([
      // 300 × 1,000 ÷ 10,000 = 30 days of fire. 2024: Feb 1 + 28 = Feb 29, + 2 = Mar 2
      { start: '2024-02-01', end: '2024-02-02', lastsUntil: '2024-03-02' },
      // 2023: Feb 1 + 27 = Feb 28, + 3 = Mar 3
      { start: '2023-02-01', end: '2023-02-02', lastsUntil: '2023-03-03' },
    ])('30 days of fire from $start last until $lastsUntil', ({ start, end, lastsUntil }) => {
      const inputs = withInputs({ containers: 300, perContainer: 1_000, start, end });
      expect(computeResults(inputs).lastsUntil).toEqual({ ok: true, value: lastsUntil });
    });
  });

  describe('plausibility of the container mass', () => {
    it('is false when the shells outweigh the payload limit', () => {
      const results = computeResults(withInputs({ perContainer: 700 }));
      // 700 × 43.56 = 30,492 kg > 28,180 kg
      expect(results.massPerContainerKg).toBeCloseTo(30_492, 8);
      expect(results.plausible).toBe(false);
    });

    it('is true when they weigh exactly the payload limit', () => {
      // 500 × 40 = 20,000 kg = 20,000 kg
      const inputs = withInputs({ perContainer: 500, shellKg: 40, payloadKg: 20_000 });
      expect(computeResults(inputs).plausible).toBe(true);
    });

    it('is false one kilogram over the limit', () => {
      // 500 × 40 = 20,000 kg > 19,999 kg
      const inputs = withInputs({ perContainer: 500, shellKg: 40, payloadKg: 19_999 });
      expect(computeResults(inputs).plausible).toBe(false);
    });
  });

  it('counts lastsUntil from the delivery period when fire runs out before it ends', () => {
    const results = computeResults(withInputs({ daily: 100_000 }));
    // 3,001,600 ÷ 100,000 = 30.016 days of fire < 166 delivery days → 2023-09-13 + 166 = 2024-02-26
    expect(results.daysOfFire).toBeCloseTo(30.016, 10);
    expect(results.lastsUntil).toEqual({ ok: true, value: '2024-02-26' });
  });

  it('refuses a lastsUntil beyond the year 9999', () => {
    // 1,000,000 × 5,000 ÷ 1 a day = 5,000,000,000 days ≈ 13.7 million years after 2023
    const inputs = withInputs({ containers: 1_000_000, perContainer: 5_000, daily: 1 });
    const results = computeResults(inputs);
    expect(results.daysOfFire).toBe(5_000_000_000);
    expect(results.lastsUntil).toEqual({ ok: false, reason: { kind: 'beyond-calendar' } });
  });

  it('gives zeros, not NaN, for no containers', () => {
    const results = computeResults(withInputs({ containers: 0 }));
    expect(results).toMatchObject({
      totalShells: 0,
      daysOfFire: 0,
      monthsOfFire: 0,
      deliveredPerDay: { ok: true, value: 0 },
      dailyCoverage: { ok: true, value: 0 },
      euMultiple: 0,
      containersReturned: 0,
    });
    // max(166, 0) = 166 days → the count date itself
    expect(results.lastsUntil).toEqual({ ok: true, value: '2024-02-26' });
    expect(numbersOf(results).every(Number.isFinite)).toBe(true);
  });

  it.each([
    { case: 'the lowest valid inputs', containers: 0, perContainer: 0, share: 0, daily: 1 },
    { case: 'the highest', containers: 1e6, perContainer: 5_000, share: 100, daily: 1e6 },
  ])('stays finite at $case', ({ containers, perContainer, share, daily }) => {
    const results = computeResults(withInputs({ containers, perContainer, share, daily }));
    expect(numbersOf(results).every(Number.isFinite)).toBe(true);
  });
});
