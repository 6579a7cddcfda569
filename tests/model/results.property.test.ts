/**
 * Properties of `computeResults` over valid inputs (CONTRACT §1, column "valid"), beside the worked
 * examples of results.test.ts: more shells in never means fewer out and more fire a day never means
 * more days; the results agree with each other (months × 30.436875 × daily is the total, coverage ×
 * daily × delivery days is the total); whole-number inputs give the exact whole-number total; every
 * number is finite and non-negative; `lastsUntil` lies exactly floor(max(deliveryDays, daysOfFire))
 * days after `start`, so never before `end`, and is refused as beyond the year 9999 only when that
 * day is; and dates that are not a period refuse only the results that need one.
 *
 * Day numbers are worked out here by arithmetic (Howard Hinnant's days-from-civil), apart from the
 * model's calendar, which uses `Date`.
 */
import fc from 'fast-check';
import { numberSpec, type Inputs, type NumericInputKey } from '../../src/model/inputs';
import type { Outcome } from '../../src/model/reason';
import { computeResults, type Results } from '../../src/model/results';

const RUNS = { numRuns: 2_000 };

/** CONTRACT §1: the mean Gregorian month, 365.2425 ÷ 12, written out. */
const MEAN_MONTH = 30.436875;
/** CONTRACT §1: the EU's pledge of one million shells. */
const EU_PLEDGE = 1_000_000;

// ---- Calendar, apart from the model's ------------------------------------------------------------

/** Days since 1970-01-01 of a proleptic Gregorian date (years 1–9999). */
function dayOfCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function dayOfIso(iso: string): number {
  const [year = NaN, month = NaN, day = NaN] = iso.split('-').map(Number);
  return dayOfCivil(year, month, day);
}

const FIRST_DAY = dayOfCivil(1, 1, 1);
const LAST_DAY = dayOfCivil(9999, 12, 31);

/** An ISO date from a day number, by `Date` (exact for 0001–9999). */
const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

// ---- Generators ----------------------------------------------------------------------------------

const NUMERIC_KEYS = [
  'containers',
  'perContainer',
  'share',
  'usable',
  'rocketShare',
  'perContainerRockets',
  'daily',
  'shellKg',
  'payloadKg',
  'packaging',
] as const satisfies readonly NumericInputKey[];

/** A valid value of `key`: any double in its bounds, a whole number, or a bound itself. */
function valid(key: NumericInputKey): fc.Arbitrary<number> {
  const { min, max } = numberSpec(key);
  return fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min, max }),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
    fc.constantFrom(min, max),
  );
}

/** Any day of the calendar, or one near the real deliveries (so that lastsUntil often fits). */
const calendarDay = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  fc.integer({ min: dayOfCivil(2015, 1, 1), max: dayOfCivil(2030, 12, 31) }),
);

/** Often every container of 152 mm shells (every link before CONTRACT §6), else any mix. */
const rocketShare = fc.oneof(fc.constant(0), valid('rocketShare'));

const numbers = fc.record({
  ...(Object.fromEntries(NUMERIC_KEYS.map((key) => [key, valid(key)])) as Record<
    NumericInputKey,
    fc.Arbitrary<number>
  >),
  rocketShare,
});

/** Valid inputs: every number in its bounds, `end` after `start`. */
const validInputs: fc.Arbitrary<Inputs> = fc
  .tuple(numbers, calendarDay, fc.integer({ min: 1, max: 20_000 }))
  .map(([values, start, length]) => ({
    ...values,
    start: isoOfDay(start),
    end: isoOfDay(Math.min(start + length, LAST_DAY + 1)),
  }))
  .filter((inputs) => dayOfIso(inputs.end) <= LAST_DAY);

/** Two valid values of one input, lower first. */
const ordered = (key: NumericInputKey): fc.Arbitrary<readonly [number, number]> =>
  fc.tuple(valid(key), valid(key)).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

// ---- Helpers ---------------------------------------------------------------------------------------

function valueOf<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`expected a value, got ${outcome.reason.kind}`);
  return outcome.value;
}

/** lastsUntil as a day number, with "beyond the year 9999" as +∞. */
function lastsUntilDay(results: Results): number {
  const { lastsUntil } = results;
  if (lastsUntil.ok) return dayOfIso(lastsUntil.value);
  if (lastsUntil.reason.kind === 'beyond-calendar') return Infinity;
  throw new Error(`lastsUntil refused: ${lastsUntil.reason.kind}`);
}

/**
 * Fails the run with a message. Plain comparisons instead of `expect`: thousands of runs with a
 * dozen `expect`s each take seconds; fast-check still shrinks and prints the inputs.
 */
function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}

/**
 * Below this many shells the days and months of fire (total ÷ up to 1,000,000 ÷ 30.44) fall under
 * the smallest normal double (2.2e-308) and keep only a few bits: `usable = 6.4e-323` gives
 * totalShells 5e-324 and monthsOfFire 0. No reader means such a number; the identities below hold
 * to a relative 1e-9 above it and to this absolute amount under it.
 */
const SUBNORMAL_SHELLS = 1e-300;

/** `actual` equals `expected` to a relative 1e-9 (absolute 1e-300 shells), exactly when it is 0. */
function checkClose(actual: number, expected: number, what: string): void {
  const close =
    expected === 0
      ? actual === 0
      : Math.abs(actual - expected) <= 1e-9 * Math.abs(expected) + SUBNORMAL_SHELLS;
  check(close, `${what}: ${actual} is not ${expected}`);
}

const same = (actual: unknown, expected: unknown, what: string) => {
  check(Object.is(actual, expected), `${what}: ${String(actual)} is not ${String(expected)}`);
};
const atMost = (actual: number, most: number, what: string) => {
  check(actual <= most, `${what}: ${actual} > ${most}`);
};

// ---- Properties ----------------------------------------------------------------------------------

describe('computeResults over valid inputs', () => {
  describe.each(['containers', 'perContainer', 'share', 'usable'] as const)(
    'raising %s alone',
    (key) => {
      it('never lowers totalShells, daysOfFire, monthsOfFire or lastsUntil', () => {
        fc.assert(
          fc.property(validInputs, ordered(key), (inputs, [low, high]) => {
            const before = computeResults({ ...inputs, [key]: low });
            const after = computeResults({ ...inputs, [key]: high });
            atMost(before.totalShells, after.totalShells, 'totalShells');
            atMost(before.daysOfFire, after.daysOfFire, 'daysOfFire');
            atMost(before.monthsOfFire, after.monthsOfFire, 'monthsOfFire');
            atMost(lastsUntilDay(before), lastsUntilDay(after), 'lastsUntil');
          }),
          RUNS,
        );
      });
    },
  );

  it('raising daily alone never raises daysOfFire, monthsOfFire, dailyCoverage or lastsUntil', () => {
    fc.assert(
      fc.property(validInputs, ordered('daily'), (inputs, [low, high]) => {
        const before = computeResults({ ...inputs, daily: low });
        const after = computeResults({ ...inputs, daily: high });
        same(after.totalShells, before.totalShells, 'totalShells');
        atMost(after.daysOfFire, before.daysOfFire, 'daysOfFire');
        atMost(after.monthsOfFire, before.monthsOfFire, 'monthsOfFire');
        atMost(valueOf(after.dailyCoverage), valueOf(before.dailyCoverage), 'dailyCoverage');
        atMost(lastsUntilDay(after), lastsUntilDay(before), 'lastsUntil');
      }),
      RUNS,
    );
  });

  it('gives monthsOfFire × 30.436875 × daily = totalShells (relative 1e-9), and so daysOfFire × daily and euMultiple × 1,000,000', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const results = computeResults(inputs);
        const total = results.totalShells;
        checkClose(
          results.monthsOfFire * MEAN_MONTH * inputs.daily,
          total,
          'months × 30.44 × daily',
        );
        checkClose(results.daysOfFire * inputs.daily, total, 'days × daily');
        checkClose(results.euMultiple * EU_PLEDGE, total, 'euMultiple × 1e6');
      }),
      { numRuns: 10_000 },
    );
  });

  it('gives finite, non-negative numbers and a boolean everywhere', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const results = computeResults(inputs);
        const numbersOut = {
          totalShells: results.totalShells,
          daysOfFire: results.daysOfFire,
          monthsOfFire: results.monthsOfFire,
          massPerContainerKg: results.massPerContainerKg,
          euMultiple: results.euMultiple,
          containersReturned: results.containersReturned,
          deliveryDays: valueOf(results.deliveryDays),
          deliveredPerDay: valueOf(results.deliveredPerDay),
          dailyCoverage: valueOf(results.dailyCoverage),
        };
        for (const [key, value] of Object.entries(numbersOut)) {
          check(Number.isFinite(value) && value >= 0, `${key} = ${value}`);
        }
        check(typeof results.plausible === 'boolean', 'plausible');
      }),
      RUNS,
    );
  });

  it('gives 0 shells, 0 days and 0% coverage when any factor of the total is 0', () => {
    fc.assert(
      fc.property(
        validInputs,
        fc.constantFrom('containers', 'perContainer', 'share', 'usable'),
        (inputs, key) => {
          const results = computeResults({ ...inputs, [key]: 0 });
          same(results.totalShells, 0, 'totalShells');
          same(results.daysOfFire, 0, 'daysOfFire');
          same(results.monthsOfFire, 0, 'monthsOfFire');
          same(results.euMultiple, 0, 'euMultiple');
          same(valueOf(results.dailyCoverage), 0, 'dailyCoverage');
          // No fire to last: the rounds last exactly the delivery period.
          same(valueOf(results.lastsUntil), inputs.end, 'lastsUntil');
        },
      ),
      RUNS,
    );
  });

  it('never counts more shells than containers × perContainer', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const { totalShells } = computeResults(inputs);
        // Two divisions by 100 may each round up by half a unit in the last place.
        const most = inputs.containers * inputs.perContainer * (1 + 4 * Number.EPSILON);
        atMost(totalShells, most, 'totalShells');
      }),
      RUNS,
    );
  });

  describe('whole-number inputs', () => {
    const whole = (key: NumericInputKey) =>
      fc.integer({ min: numberSpec(key).min, max: numberSpec(key).max });
    const percent = (key: NumericInputKey) =>
      fc.oneof(whole(key), fc.constantFrom(10, 20, 25, 40, 50, 75, 80));

    it('with share and usable at 100%, totalShells is exactly containers × perContainer', () => {
      fc.assert(
        fc.property(validInputs, whole('containers'), whole('perContainer'), (inputs, c, p) => {
          const changed = {
            containers: c,
            perContainer: p,
            share: 100,
            usable: 100,
            rocketShare: 0,
          };
          same(computeResults({ ...inputs, ...changed }).totalShells, c * p, 'totalShells');
        }),
        RUNS,
      );
    });

    it('totalShells is the exact product ÷ 10,000, exactly when that is whole', () => {
      let wholeTotals = 0;
      fc.assert(
        fc.property(
          validInputs,
          whole('containers'),
          whole('perContainer'),
          percent('share'),
          percent('usable'),
          (inputs, c, p, s, u) => {
            const changed = { containers: c, perContainer: p, share: s, usable: u, rocketShare: 0 };
            const { totalShells } = computeResults({ ...inputs, ...changed });
            // At most 5e13: exact in BigInt and in a double.
            const product = BigInt(c) * BigInt(p) * BigInt(s) * BigInt(u);
            if (product % 10_000n === 0n) {
              wholeTotals += 1;
              same(totalShells, Number(product / 10_000n), 'whole totalShells');
            } else {
              const exact = Number(product) / 10_000;
              atMost(Math.abs(totalShells - exact), 4 * Number.EPSILON * exact, 'rounding');
            }
          },
        ),
        RUNS,
      );
      // The exact branch is exercised, not left to chance.
      expect(wholeTotals).toBeGreaterThan(0);
    });
  });

  it('delivers totalShells over deliveryDays, and dailyCoverage is that per day as % of daily', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const results = computeResults(inputs);
        const days = dayOfIso(inputs.end) - dayOfIso(inputs.start);
        same(valueOf(results.deliveryDays), days, 'deliveryDays');
        const perDay = valueOf(results.deliveredPerDay);
        const coverage = valueOf(results.dailyCoverage);
        checkClose(perDay * days, results.totalShells, 'deliveredPerDay × deliveryDays');
        checkClose((coverage / 100) * inputs.daily, perDay, 'dailyCoverage × daily');
        // Coverage above 100% means the deliveries outpaced the fire, so the rounds outlast the
        // period; below 100%, they run out within it (clear of rounding at exactly 100%).
        if (coverage > 100 * (1 + 1e-9)) check(results.daysOfFire > days, 'over 100%');
        if (coverage < 100 * (1 - 1e-9)) check(results.daysOfFire < days, 'under 100%');
      }),
      RUNS,
    );
  });

  it('lastsUntil is start + floor(max(deliveryDays, daysOfFire)), never before end, or beyond 9999', () => {
    const seen = { inCalendar: 0, beyond: 0 };
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const results = computeResults(inputs);
        const start = dayOfIso(inputs.start);
        const period = dayOfIso(inputs.end) - start;
        const last = start + Math.floor(Math.max(period, results.daysOfFire));
        if (last <= LAST_DAY) {
          seen.inCalendar += 1;
          const until = valueOf(results.lastsUntil);
          same(until, isoOfDay(last), 'lastsUntil');
          check(until >= inputs.end, `lastsUntil ${until} is before end ${inputs.end}`);
          // The rounds alone keep up the rate for floor(daysOfFire) days from the first delivery.
          check(dayOfIso(until) - start >= Math.floor(results.daysOfFire), 'days of fire');
        } else {
          seen.beyond += 1;
          const { lastsUntil } = results;
          check(!lastsUntil.ok && lastsUntil.reason.kind === 'beyond-calendar', 'beyond 9999');
        }
      }),
      RUNS,
    );
    // Both branches are exercised, not left to chance.
    expect(seen.inCalendar).toBeGreaterThan(0);
    expect(seen.beyond).toBeGreaterThan(0);
  });

  it('refuses only the period results when end is not after start', () => {
    fc.assert(
      fc.property(validInputs, calendarDay, calendarDay, (inputs, a, b) => {
        const [startDay, endDay] = a >= b ? [a, b] : [b, a];
        const dates = { start: isoOfDay(startDay), end: isoOfDay(endDay) };
        const results = computeResults({ ...inputs, ...dates });
        for (const key of [
          'deliveryDays',
          'deliveredPerDay',
          'dailyCoverage',
          'lastsUntil',
        ] as const) {
          const outcome = results[key];
          check(
            !outcome.ok &&
              outcome.reason.kind === 'end-not-after-start' &&
              outcome.reason.start === dates.start,
            `${key}: ${JSON.stringify(outcome)}`,
          );
        }
        // Everything that needs no period is what it is with a valid one.
        const withPeriod = computeResults(inputs);
        for (const key of [
          'totalShells',
          'daysOfFire',
          'monthsOfFire',
          'massPerContainerKg',
          'plausible',
          'euMultiple',
          'containersReturned',
        ] as const) {
          same(results[key], withPeriod[key], key);
        }
      }),
      RUNS,
    );
  });

  it('is plausible exactly when perContainer × shellKg ≤ payloadKg, and stays so for a larger payload', () => {
    fc.assert(
      fc.property(validInputs, ordered('payloadKg'), (inputs, [low, high]) => {
        const results = computeResults({ ...inputs, payloadKg: low });
        const mass = inputs.perContainer * inputs.shellKg;
        same(results.massPerContainerKg, mass, 'massPerContainerKg');
        same(results.plausible, mass <= low, 'plausible');
        if (results.plausible) {
          same(computeResults({ ...inputs, payloadKg: high }).plausible, true, 'larger payload');
        }
      }),
      RUNS,
    );
  });
});
