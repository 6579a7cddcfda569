/**
 * CONTRACT §6, "Flags": each flag holds exactly when its condition does, tested on both sides of
 * each boundary with hand-worked inputs. Defaults: 3,001,600 shells over 166 days = 18,081.9 a
 * day, 180.8% of 10,000; 300.16 days of fire.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { exactEvaluation } from '../../src/model/evaluate';
import { flagsOf } from '../../src/model/flags';
import type { Inputs } from '../../src/model/inputs';
import { sampleResults } from '../../src/model/sampling';

const flags = (changes: Partial<Inputs>) =>
  flagsOf(exactEvaluation({ ...DEFAULT_INPUTS, ...changes }));

describe(flagsOf, () => {
  describe('dailyCoverage above 100%', () => {
    it('flags the defaults: 180.8% of Russia’s fire', () => {
      expect(flags({}).dailyCoverage).toBe(true);
    });

    it('does not flag exactly 100%', () => {
      // 1,660 containers × 1,000 shells = 1,660,000 over 166 days = 10,000 a day = 100% of 10,000
      expect(flags({ containers: 1_660, perContainer: 1_000 }).dailyCoverage).toBe(false);
    });

    it('flags the next shell: 1,660,001 over 166 days is 100.0000602%', () => {
      // 1,660.001 containers × 1,000 shells = 1,660,001
      expect(flags({ containers: 1_660_001 / 1_000, perContainer: 1_000 }).dailyCoverage).toBe(
        true,
      );
    });

    it('does not flag a rate the deliveries fall short of: 60,000 a day', () => {
      // 18,081.9 ÷ 60,000 = 30.1%
      expect(flags({ daily: 60_000 }).dailyCoverage).toBe(false);
    });

    it('says nothing when there is no delivery period', () => {
      expect(flags({ end: '2023-01-01' }).dailyCoverage).toBe(false);
    });
  });

  describe('rounds used as fast as they came', () => {
    it('does not flag the defaults: 300.16 days of fire, 166 delivery days', () => {
      expect(flags({}).lastsUntil).toBe(false);
    });

    it('flags days of fire equal to the delivery days', () => {
      // 1,660 × 1,000 = 1,660,000 ÷ 10,000 = 166 days of fire, 166 delivery days
      expect(flags({ containers: 1_660, perContainer: 1_000 }).lastsUntil).toBe(true);
    });

    it('does not flag one shell more: 166.0001 days of fire', () => {
      expect(flags({ containers: 1_660_001 / 1_000, perContainer: 1_000 }).lastsUntil).toBe(false);
    });

    it('flags a fast rate: 3,001,600 ÷ 20,000 = 150.08 days, under 166', () => {
      expect(flags({ daily: 20_000 }).lastsUntil).toBe(true);
    });

    it('says nothing when there is no delivery period', () => {
      expect(flags({ end: '2023-01-01', daily: 1_000_000 }).lastsUntil).toBe(false);
    });
  });

  it('reads the medians of a ranged result', () => {
    // containers 1,000..3,000: median ≈ √3,000,000 = 1,732 × 448 = 776,000 shells ÷ 166 = 4,675 a day
    // (46.8%, not flagged) and 77.6 days (under 166, flagged)
    const ranged = sampleResults(DEFAULT_INPUTS, { containers: { low: 1_000, high: 3_000 } });
    expect(ranged.dailyCoverage.ok && ranged.dailyCoverage.value.high).toBeLessThan(100);
    expect(flagsOf(ranged)).toEqual({ dailyCoverage: false, lastsUntil: true });
  });
});
