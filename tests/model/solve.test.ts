/**
 * "What would have to be true", worked by hand. Defaults: 6,700 containers × 448 shells × 100% ×
 * 100% = 3,001,600 shells; 10,000 a day; first delivery 2023-09-13, count 2024-02-26 (166 days).
 * A month is 30.436875 days, so 12 months are 365.2425 days.
 * Invariants: the value applied meets the target as the page shows it (months to 0.1, totals to
 * 0.05%, last days exactly), whether rounded or not; a target that no value can meet is a typed
 * failure, never NaN or Infinity.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import type { Inputs } from '../../src/model/inputs';
import { computeResults } from '../../src/model/results';
import {
  roundedSolution,
  solutionPlausibility,
  targetSolution,
  type Solution,
  type SolveTarget,
  type SolveUnknown,
} from '../../src/model/solve';

const TWELVE_MONTHS: SolveTarget = { kind: 'months', months: 12 };

function solved(solution: Solution): Extract<Solution, { ok: true }> {
  if (!solution.ok) throw new Error(`expected a value, got ${solution.failure.kind}`);
  return solution;
}

function failureOf(solution: Solution) {
  if (solution.ok) throw new Error(`expected a failure, got ${String(solution.value)}`);
  return solution.failure;
}

describe(targetSolution, () => {
  it('finds 545.1 shells a container for 12 months at the defaults (the hand-worked check)', () => {
    // 12 × 30.436875 × 10,000 ÷ 6,700 = 3,652,425 ÷ 6,700 = 545.1380597…
    const solution = solved(targetSolution(DEFAULT_INPUTS, {}, TWELVE_MONTHS, 'perContainer'));
    expect(solution.value).toBeCloseTo(545.1380597, 6);
    // 6,700 × 545.1 = 3,652,170 shells ÷ 10,000 ÷ 30.436875 = 11.999 months, shown as 12.0
    expect(solution.applied).toBe(545.1);
    expect(solution.problem).toBeNull();
  });

  it.each<[string, SolveTarget, SolveUnknown, number, number]>([
    // 3,652,425 ÷ 448 = 8,152.734 containers; 8,153 × 448 = 3,652,544 → 12.0004 months
    ['12 months', TWELVE_MONTHS, 'containers', 8_152.734375, 8_153],
    // 3,001,600 ÷ 365.2425 = 8,218.10 a day; at 8,218: 365.247 days = 12.0002 months
    ['12 months', TWELVE_MONTHS, 'daily', 8_218.101672, 8_218],
    // 5,000,000 ÷ 6,700 = 746.2687; 6,700 × 746.3 = 5,000,210, 0.004% over
    ['5 million shells', { kind: 'total', shells: 5_000_000 }, 'perContainer', 746.268657, 746.3],
    // 5,000,000 ÷ 448 = 11,160.71; 11,161 × 448 = 5,000,128
    ['5 million shells', { kind: 'total', shells: 5_000_000 }, 'containers', 11_160.714286, 11_161],
    // 2023-09-13 to 2024-09-13 is 366 days (2024 is a leap year); aim at 366.5 days of fire:
    // 366.5 × 10,000 ÷ 6,700 = 547.0149; 6,700 × 547 = 3,664,900 → 366.49 days → 2024-09-13
    ['2024-09-13', { kind: 'lastDay', date: '2024-09-13' }, 'perContainer', 547.014925, 547],
    // 3,001,600 ÷ 366.5 = 8,189.90 a day; at 8,190: 366.48 days → 2024-09-13
    ['2024-09-13', { kind: 'lastDay', date: '2024-09-13' }, 'daily', 8_189.904502, 8_190],
    // the day after the count: 167.5 days × 10,000 ÷ 6,700 = 250 exactly
    ['2024-02-27', { kind: 'lastDay', date: '2024-02-27' }, 'perContainer', 250, 250],
  ])('meets %s by %s', (_, target, unknown, value, applied) => {
    const solution = solved(targetSolution(DEFAULT_INPUTS, {}, target, unknown));
    expect(solution.value).toBeCloseTo(value, 5);
    expect(solution.applied).toBe(applied);
  });

  it('works from the centre of a range for the other inputs', () => {
    // containers 6,700..13,000 centre at √(6,700 × 13,000) = 9,333; 3,652,425 ÷ 9,333 = 391.345
    const ranges = { containers: { low: 6_700, high: 13_000 } };
    const solution = solved(targetSolution(DEFAULT_INPUTS, ranges, TWELVE_MONTHS, 'perContainer'));
    expect(solution.value).toBeCloseTo(391.345227, 5);
  });

  it('keeps the exact value when rounding would miss the target', () => {
    // 1,000,000 containers: 3,652,425 ÷ 1,000,000 = 3.652425 a container; rounded to 3.7 that is
    // 3,700,000 shells = 12.156 months, shown as 12.2, so 3.652425 is applied as it is.
    const inputs = { ...DEFAULT_INPUTS, containers: 1_000_000 };
    const solution = solved(targetSolution(inputs, {}, TWELVE_MONTHS, 'perContainer'));
    expect(solution.applied).toBeCloseTo(3.652425, 9);
    expect(solution.applied).toBe(solution.value);
  });

  it('flags a value outside the valid bounds and still returns it', () => {
    // 1,000 months: 365,242.5 days × 10,000 ÷ 6,700 = 45,428.17 shells, above the 5,000 allowed
    const target: SolveTarget = { kind: 'months', months: 1_000 };
    const solution = solved(targetSolution(DEFAULT_INPUTS, {}, target, 'perContainer'));
    expect(solution.value).toBeCloseTo(45_428.171642, 5);
    expect(solution.problem).toEqual({ kind: 'above-max', max: 5_000 });
  });

  it.each<[string, SolveTarget, SolveUnknown, Partial<Inputs>, unknown]>([
    [
      'a total by daily fire',
      { kind: 'total', shells: 5e6 },
      'daily',
      {},
      { kind: 'total-ignores-daily' },
    ],
    [
      '0 months',
      { kind: 'months', months: 0 },
      'perContainer',
      {},
      { kind: 'target-not-positive' },
    ],
    ['−3 months', { kind: 'months', months: -3 }, 'daily', {}, { kind: 'target-not-positive' }],
    ['0 shells', { kind: 'total', shells: 0 }, 'containers', {}, { kind: 'target-not-positive' }],
    [
      'NaN months',
      { kind: 'months', months: Number.NaN },
      'containers',
      {},
      { kind: 'target-not-a-number' },
    ],
    [
      'a date that is not one',
      { kind: 'lastDay', date: '2024-02-30' },
      'daily',
      {},
      { kind: 'target-not-a-date' },
    ],
    [
      'the count date itself',
      { kind: 'lastDay', date: '2024-02-26' },
      'perContainer',
      {},
      { kind: 'last-day-not-after-count', end: '2024-02-26' },
    ],
    [
      'a day before the count',
      { kind: 'lastDay', date: '2023-12-01' },
      'daily',
      {},
      { kind: 'last-day-not-after-count', end: '2024-02-26' },
    ],
    [
      '12 months with no containers holding shells',
      TWELVE_MONTHS,
      'perContainer',
      { share: 0 },
      { kind: 'nothing-delivered', zeroKey: 'share' },
    ],
    [
      '12 months with no shell working',
      TWELVE_MONTHS,
      'daily',
      { usable: 0 },
      { kind: 'nothing-delivered', zeroKey: 'usable' },
    ],
    [
      '12 months with no shells in a container',
      TWELVE_MONTHS,
      'containers',
      { perContainer: 0 },
      { kind: 'nothing-delivered', zeroKey: 'perContainer' },
    ],
    [
      'a last day with the count before the start',
      { kind: 'lastDay', date: '2025-01-01' },
      'daily',
      { end: '2023-01-01' },
      { kind: 'no-delivery-period', reason: { kind: 'end-not-after-start', start: '2023-09-13' } },
    ],
    [
      '1e308 months',
      { kind: 'months', months: 1e308 },
      'perContainer',
      {},
      { kind: 'beyond-numbers' },
    ],
  ])('refuses %s', (_, target, unknown, changes, failure) => {
    const inputs = { ...DEFAULT_INPUTS, ...changes };
    expect(failureOf(targetSolution(inputs, {}, target, unknown))).toEqual(failure);
  });

  it('solves for an input that is itself 0', () => {
    // containers at 0 is the unknown, so it does not block: 3,652,425 ÷ 448 = 8,152.73
    const inputs = { ...DEFAULT_INPUTS, containers: 0 };
    expect(solved(targetSolution(inputs, {}, TWELVE_MONTHS, 'containers')).applied).toBe(8_153);
  });

  describe.each<SolveUnknown>(['perContainer', 'containers', 'daily'])(
    'lands on the target date exactly, solving %s',
    (unknown) => {
      it.each(['2024-02-27', '2024-07-09', '2024-07-10', '2024-12-31', '2025-06-30', '2030-01-01'])(
        'last day %s',
        (date) => {
          const solution = solved(
            targetSolution(DEFAULT_INPUTS, {}, { kind: 'lastDay', date }, unknown),
          );
          for (const value of [solution.value, solution.applied]) {
            const results = computeResults({ ...DEFAULT_INPUTS, [unknown]: value });
            expect(results.lastsUntil).toEqual({ ok: true, value: date });
          }
        },
      );
    },
  );
});

describe(roundedSolution, () => {
  it.each<[SolveUnknown, number, number]>([
    ['perContainer', 545.1380597, 545.1],
    ['perContainer', 3.652425, 3.7],
    ['containers', 8_152.734375, 8_153],
    ['containers', 11_160.4, 11_160],
    ['daily', 8_218.101672, 8_218],
    ['daily', 0.4, 0],
  ])('rounds %s %d to %d', (unknown, value, rounded) => {
    expect(roundedSolution(unknown, value)).toBe(rounded);
  });
});

describe(solutionPlausibility, () => {
  const perContainerSpan = { low: 266, high: 480 };

  it('finds 545.1 shells a container heavy but possible, and beyond every published figure', () => {
    // 545.1 × 43.56 kg = 23,744.556 kg, under the 28,180 kg payload
    expect(solutionPlausibility(DEFAULT_INPUTS, 'perContainer', 545.1, perContainerSpan)).toEqual({
      published: { span: perContainerSpan, position: 'above' },
      payload: { massKg: expect.closeTo(23_744.556, 6) as number, payloadKg: 28_180, fits: true },
      bounds: null,
      verdict: 'beyond-published',
    });
  });

  it('finds 4,542.8 shells a container physically impossible', () => {
    // 4,542.8 × 43.56 kg = 197,884.368 kg, seven times the 28,180 kg payload
    const judged = solutionPlausibility(DEFAULT_INPUTS, 'perContainer', 4_542.8, perContainerSpan);
    expect(judged.payload?.fits).toBe(false);
    expect(judged.payload?.massKg).toBeCloseTo(197_884.368, 6);
    expect(judged.verdict).toBe('implausible');
  });

  it.each<[SolveUnknown, number, { low: number; high: number } | null, string, string | null]>([
    ['perContainer', 300, perContainerSpan, 'plausible', 'within'],
    ['containers', 30_000, { low: 1_000, high: 28_000 }, 'beyond-published', 'above'],
    ['containers', 8_153, { low: 1_000, high: 28_000 }, 'plausible', 'within'],
    ['containers', 2_000_000, { low: 1_000, high: 28_000 }, 'implausible', 'above'],
    ['daily', 8_218, { low: 10_000, high: 44_500 }, 'beyond-published', 'below'],
    ['daily', 0.4, { low: 10_000, high: 44_500 }, 'implausible', 'below'],
    ['daily', 20_000, null, 'plausible', null],
  ])('judges %s at %d', (unknown, value, span, verdict, position) => {
    const judged = solutionPlausibility(DEFAULT_INPUTS, unknown, value, span);
    expect(judged.verdict).toBe(verdict);
    expect(judged.published?.position ?? null).toBe(position);
    expect(judged.payload === null).toBe(unknown !== 'perContainer');
  });

  it('names the bound a value breaks', () => {
    expect(solutionPlausibility(DEFAULT_INPUTS, 'containers', 2_000_000, null).bounds).toEqual({
      kind: 'above-max',
      max: 1_000_000,
    });
    expect(solutionPlausibility(DEFAULT_INPUTS, 'daily', 0.4, null).bounds).toEqual({
      kind: 'below-min',
      min: 1,
    });
  });
});
