/**
 * CONTRACT §6, "The calibre mix": the worked examples by hand, and random mixes against a
 * reference implementation written here from the contract's own words (not the code's):
 * totalShells = containers × perContainer × share/100 × usable/100 × (1 − rocketShare/100);
 * totalRockets = containers × perContainerRockets × share/100 × usable/100 × rocketShare/100;
 * the other results stay about the 152 mm shells. Every case must agree to 1e-6 (relative).
 */
import fc from 'fast-check';
import { PRESETS } from '../../src/facts/presets';
import { numberSpec, type Inputs } from '../../src/model/inputs';
import { computeResults } from '../../src/model/results';
import { CONTRACT_DEFAULTS } from '../contract-defaults';

/** The contract's formulas, in the contract's order of operations. */
function reference(inputs: Inputs) {
  const kept = inputs.containers * (inputs.share / 100) * (inputs.usable / 100);
  const totalShells = kept * inputs.perContainer * (1 - inputs.rocketShare / 100);
  const totalRockets = kept * inputs.perContainerRockets * (inputs.rocketShare / 100);
  return { totalShells, totalRockets, daysOfFire: totalShells / inputs.daily };
}

function close(actual: number, expected: number): boolean {
  return expected === 0 ? actual === 0 : Math.abs(actual / expected - 1) <= 1e-6;
}

const preset = (id: string) => {
  const found = PRESETS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.inputs;
};

describe('the calibre mix (CONTRACT §6)', () => {
  it('leaves every older result alone with no rockets, the default', () => {
    // 6,700 × 448 × 1 × 1 × (1 − 0) = 3,001,600: section 1's worked example.
    const results = computeResults(CONTRACT_DEFAULTS);
    expect(results.totalShells).toBe(3_001_600);
    expect(results.totalRockets).toBe(0);
  });

  it('splits Shin’s containers half and half: 1,500,800 shells and 251,250 rockets', () => {
    // ?scenario=shin-2024-02&rocketShare=50
    // shells: 6,700 × 448 × 0.5 = 1,500,800; rockets: 6,700 × 75 × 0.5 = 251,250
    const results = computeResults({ ...preset('shin-2024-02'), rocketShare: 50 });
    expect(results.totalShells).toBe(1_500_800);
    expect(results.totalRockets).toBe(251_250);
    // Days of fire stay about the shells: 1,500,800 ÷ 10,000 = 150.08.
    expect(results.daysOfFire).toBeCloseTo(150.08, 10);
  });

  it('fills them all with rockets: no shells, 502,500 rockets', () => {
    // 6,700 × 75 = 502,500
    const results = computeResults({ ...preset('shin-2024-02'), rocketShare: 100 });
    expect(results.totalShells).toBe(0);
    expect(results.totalRockets).toBe(502_500);
    expect(results.daysOfFire).toBe(0);
  });

  it('takes rockets per container from the statements that give a 122 mm figure', () => {
    // shin-2023-12: 400,000 ÷ 5,000 = 80; mil-2023-11: 200,000 ÷ 2,000 = 100; shin-2024-02: 500,000 ÷ 6,700 = 74.6 → 75
    expect(preset('shin-2023-12').perContainerRockets).toBe(80);
    expect(preset('mil-2023-11').perContainerRockets).toBe(100);
    expect(preset('shin-2024-02').perContainerRockets).toBe(75);
    // Every other preset keeps the default, 75.
    for (const { id, inputs } of PRESETS) {
      if (['shin-2023-12', 'mil-2023-11'].includes(id)) continue;
      expect([id, inputs.perContainerRockets]).toEqual([id, 75]);
      expect([id, inputs.rocketShare]).toEqual([id, 0]);
    }
  });

  it('agrees with the contract’s formulas to 1e-6 for any mix', () => {
    const valid = (
      key:
        | 'containers'
        | 'perContainer'
        | 'share'
        | 'usable'
        | 'rocketShare'
        | 'perContainerRockets'
        | 'daily',
    ) =>
      fc.double({
        noNaN: true,
        noDefaultInfinity: true,
        min: numberSpec(key).min,
        max: numberSpec(key).max,
      });
    const mixes = fc.record({
      containers: valid('containers'),
      perContainer: valid('perContainer'),
      share: valid('share'),
      usable: valid('usable'),
      rocketShare: fc.oneof(valid('rocketShare'), fc.constantFrom(0, 50, 100)),
      perContainerRockets: valid('perContainerRockets'),
      daily: valid('daily'),
    });
    fc.assert(
      fc.property(mixes, (mix) => {
        const inputs = { ...CONTRACT_DEFAULTS, ...mix };
        const actual = computeResults(inputs);
        const expected = reference(inputs);
        // Below 1e-300 the doubles are subnormal and keep only a few bits: no reader's number.
        const tiny = (value: number) => Math.abs(value) < 1e-300;
        return (
          (tiny(expected.totalShells) || close(actual.totalShells, expected.totalShells)) &&
          (tiny(expected.totalRockets) || close(actual.totalRockets, expected.totalRockets)) &&
          (tiny(expected.daysOfFire) || close(actual.daysOfFire, expected.daysOfFire))
        );
      }),
      { numRuns: 2_000 },
    );
  });
});
