/**
 * Invariants: a container's packed mass is perContainer × shellKg × (1 + packaging/100); a load
 * fits a payload when its mass is at most the payload (as CONTRACT §1's `plausible`); the largest
 * count is the most whole rounds whose mass is at most the payload. Expected values worked by hand.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import type { Inputs } from '../../src/model/inputs';
import { computeResults } from '../../src/model/results';
import { maxCountByMass, weightCheck, type ContainerRating } from '../../src/model/weight-check';

const RATINGS: ContainerRating[] = [
  { id: '20ft', payloadKg: 28_180 },
  { id: '20ft-old', payloadKg: 21_920 },
  { id: '40ft', payloadKg: 26_730 },
];

function check(changes: Partial<Inputs>, range?: { low: number; high: number }) {
  return weightCheck({ ...DEFAULT_INPUTS, ...changes }, RATINGS, range);
}

const fitsById = (result: ReturnType<typeof check>) =>
  Object.fromEntries(result.ratings.map((rating) => [rating.id, rating.fits]));

describe(weightCheck, () => {
  it('defaults: 448 × 43.56 kg = 19,514.88 kg fits all three ratings', () => {
    const result = check({});
    expect(result.packedKgPerRound).toBe(43.56);
    expect(result.packedMassKg).toBeCloseTo(19_514.88, 9);
    // 28,180 − 19,514.88 = 8,665.12 kg spare; 19,514.88 ÷ 28,180 = 69% full
    expect(result.spareKg).toBeCloseTo(8_665.12, 9);
    expect(result.verdict).toBe('fits');
    expect(fitsById(result)).toEqual({ '20ft': true, '20ft-old': true, '40ft': true });
    // 21,920 − 19,514.88 = 2,405.12; 26,730 − 19,514.88 = 7,215.12
    expect(result.ratings.map((rating) => rating.spareKg)).toEqual([
      expect.closeTo(8_665.12, 9),
      expect.closeTo(2_405.12, 9),
      expect.closeTo(7_215.12, 9),
    ]);
    expect(result.highEnd).toBeNull();
  });

  it('with no packaging matches the contract’s massPerContainerKg and plausible exactly', () => {
    const results = computeResults(DEFAULT_INPUTS);
    const result = check({});
    expect(result.packedMassKg).toBe(results.massPerContainerKg);
    expect(result.verdict !== 'too-heavy').toBe(results.plausible);
  });

  it('largest counts by mass: 646 / 503 / 613 rounds of 43.56 kg', () => {
    // 28,180 ÷ 43.56 = 646.9; 21,920 ÷ 43.56 = 503.2; 26,730 ÷ 43.56 = 613.6
    const result = check({});
    expect(result.maxPerContainer).toBe(646);
    expect(result.ratings.map((rating) => rating.maxCount)).toEqual([646, 503, 613]);
  });

  it('480 Grad rockets of 66 kg = 31,680 kg fit none and are too heavy', () => {
    const result = check({ perContainer: 480, shellKg: 66 });
    expect(result.packedMassKg).toBe(31_680);
    expect(result.verdict).toBe('too-heavy');
    // 28,180 − 31,680 = −3,500 kg
    expect(result.spareKg).toBe(-3_500);
    expect(fitsById(result)).toEqual({ '20ft': false, '20ft-old': false, '40ft': false });
    // 28,180 ÷ 66 = 426.97
    expect(result.maxPerContainer).toBe(426);
  });

  it('20% packaging: 448 × 52.272 kg = 23,417.856 kg fits 28,180 and 26,730 but not 21,920', () => {
    const result = check({ packaging: 20 });
    // 43.56 × 1.2 = 52.272
    expect(result.packedKgPerRound).toBeCloseTo(52.272, 12);
    expect(result.packedMassKg).toBeCloseTo(23_417.856, 9);
    expect(fitsById(result)).toEqual({ '20ft': true, '20ft-old': false, '40ft': true });
    // 21,920 − 23,417.856 = −1,497.856 kg over
    expect(result.ratings[1]?.spareKg).toBeCloseTo(-1_497.856, 9);
    // 28,180 ÷ 52.272 = 539.1
    expect(result.maxPerContainer).toBe(539);
  });

  it.each([
    // 28,180 × 0.95 = 26,771; 614 × 43.56 = 26,745.84 (94.9%), 615 × 43.56 = 26,789.4 (95.07%)
    { perContainer: 614, verdict: 'fits' },
    { perContainer: 615, verdict: 'just-fits' },
    // 646 × 43.56 = 28,139.76 ≤ 28,180; 647 × 43.56 = 28,183.32 > 28,180
    { perContainer: 646, verdict: 'just-fits' },
    { perContainer: 647, verdict: 'too-heavy' },
  ] as const)('$perContainer rounds of 43.56 kg at 28,180 kg: $verdict', (row) => {
    expect(check({ perContainer: row.perContainer }).verdict).toBe(row.verdict);
  });

  it('with perContainer a range, checks its high end against the chosen payload', () => {
    // 480 × 43.56 = 20,908.8 ≤ 28,180
    const highEnd = check({ perContainer: 357.3 }, { low: 266, high: 480 }).highEnd;
    expect(highEnd?.perContainer).toBe(480);
    expect(highEnd?.packedMassKg).toBeCloseTo(20_908.8, 9);
    expect(highEnd?.fits).toBe(true);
    // 700 × 43.56 = 30,492 > 28,180
    expect(check({ perContainer: 448 }, { low: 300, high: 700 }).highEnd?.fits).toBe(false);
  });
});

describe(maxCountByMass, () => {
  it.each([
    { payloadKg: 28_180, packedKg: 43.56, count: 646 },
    // 500 × 43.56 = 21,780 exactly: the division must not round down to 499
    { payloadKg: 21_780, packedKg: 43.56, count: 500 },
    { payloadKg: 28_180, packedKg: 52.272, count: 539 },
    { payloadKg: 100, packedKg: 1_000, count: 0 },
  ])('$payloadKg kg ÷ $packedKg kg → $count', ({ payloadKg, packedKg, count }) => {
    expect(maxCountByMass(payloadKg, packedKg)).toBe(count);
    expect(count * packedKg).toBeLessThanOrEqual(payloadKg);
    expect((count + 1) * packedKg).toBeGreaterThan(payloadKg);
  });
});
