/**
 * One way to compute: the exact results and the sampled ones come from the same formulas, so that
 * inputs without ranges give the same numbers either way, to the last bit. For random valid inputs
 * (any calibre mix, any period), the sampler given no ranges returns every spread as the exact
 * result three times over (low = median = high = `computeResults`' value), and the evaluation the
 * page shows for exact inputs is that same set.
 */
import fc from 'fast-check';
import { exactEvaluation, type Evaluation } from '../../src/model/evaluate';
import { numberSpec, NUMERIC_INPUT_KEYS, type Inputs } from '../../src/model/inputs';
import type { Outcome } from '../../src/model/reason';
import { computeResults, type Results } from '../../src/model/results';
import { sampleResults } from '../../src/model/sampling';

const valid = (key: (typeof NUMERIC_INPUT_KEYS)[number]) => {
  const { min, max } = numberSpec(key);
  return fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min, max }),
    fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
  );
};

const day = fc.integer({ min: 0, max: 40_000 });
const isoOfDay = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

/** Valid inputs; the period is sometimes backwards, so that the refused results are compared too. */
const inputs: fc.Arbitrary<Inputs> = fc
  .tuple(
    fc.record(
      Object.fromEntries(NUMERIC_INPUT_KEYS.map((key) => [key, valid(key)])) as Record<
        (typeof NUMERIC_INPUT_KEYS)[number],
        fc.Arbitrary<number>
      >,
    ),
    day,
    fc.integer({ min: -30, max: 3_000 }),
  )
  .map(([numbers, start, length]) => ({
    ...numbers,
    start: isoOfDay(start),
    end: isoOfDay(start + length),
  }));

/** A spread is the exact value when all three of its numbers are that value, bit for bit. */
function isPoint(spread: { low: unknown; median: unknown; high: unknown }, value: unknown) {
  return (
    Object.is(spread.low, value) && Object.is(spread.median, value) && Object.is(spread.high, value)
  );
}

function samePoint<T>(spread: Outcome<{ low: T; median: T; high: T }>, exact: Outcome<T>) {
  if (spread.ok !== exact.ok) return false;
  if (!spread.ok || !exact.ok) return JSON.stringify(spread) === JSON.stringify(exact);
  return isPoint(spread.value, exact.value);
}

/** Every result of the evaluation, against the exact results; the first that differs, or null. */
function difference(evaluation: Evaluation, exact: Results): string | null {
  const checks: [string, boolean][] = [
    ['totalShells', isPoint(evaluation.totalShells, exact.totalShells)],
    ['totalRockets', isPoint(evaluation.totalRockets, exact.totalRockets)],
    ['daysOfFire', isPoint(evaluation.daysOfFire, exact.daysOfFire)],
    ['monthsOfFire', isPoint(evaluation.monthsOfFire, exact.monthsOfFire)],
    ['deliveryDays', samePoint(evaluation.deliveryDays, exact.deliveryDays)],
    ['deliveredPerDay', samePoint(evaluation.deliveredPerDay, exact.deliveredPerDay)],
    ['dailyCoverage', samePoint(evaluation.dailyCoverage, exact.dailyCoverage)],
    ['lastsUntil', samePoint(evaluation.lastsUntil, exact.lastsUntil)],
    ['massPerContainerKg', isPoint(evaluation.massPerContainerKg, exact.massPerContainerKg)],
    ['plausible', evaluation.plausible === exact.plausible],
    ['euMultiple', isPoint(evaluation.euMultiple, exact.euMultiple)],
    ['containersReturned', isPoint(evaluation.containersReturned, exact.containersReturned)],
  ];
  return checks.find(([, same]) => !same)?.[0] ?? null;
}

describe('one way to compute', () => {
  it('samples inputs without ranges to exactly the exact results', () => {
    fc.assert(
      fc.property(inputs, fc.integer({ min: 1, max: 64 }), (values, count) => {
        const sampled = sampleResults(values, {}, { count });
        const differs = difference(sampled, computeResults(values));
        if (differs) throw new Error(`${differs} differs`);
      }),
      { numRuns: 1_000 },
    );
  });

  it('shows exact inputs as those same results, spreads of width zero', () => {
    fc.assert(
      fc.property(inputs, (values) => {
        const differs = difference(exactEvaluation(values), computeResults(values));
        if (differs) throw new Error(`${differs} differs`);
      }),
      { numRuns: 1_000 },
    );
  });

  it('says which result differs when one does (the check can fail)', () => {
    const values = {
      ...exactEvaluation(computeInputs()),
      totalRockets: { low: 0, median: 1, high: 0 },
    };
    expect(difference(values, computeResults(computeInputs()))).toBe('totalRockets');
  });
});

function computeInputs(): Inputs {
  return {
    containers: 6_700,
    perContainer: 448,
    share: 100,
    usable: 100,
    rocketShare: 50,
    perContainerRockets: 75,
    daily: 10_000,
    start: '2023-09-13',
    end: '2024-02-26',
    shellKg: 43.56,
    payloadKg: 28_180,
    packaging: 0,
  };
}
