/**
 * The doubt the sensitivity chart varies, about one statement (issue 14): its own hedges, the
 * published 152 mm conversions, its "could be a mix", the published working share and the
 * published Russian rates; never the counts of other dates. Values worked by hand from FACTS.md.
 */
import { STATEMENTS } from '../../src/facts/all-statements';
import { doubtAbout } from '../../src/facts/doubt';
import { PRESETS } from '../../src/facts/presets';

describe(doubtAbout, () => {
  it('reads Shin, Feb 2024 by its own hedges and calibres', () => {
    const doubt = doubtAbout('shin-2024-02');
    // "about 6,700": 6,700 × 0.9 = 6,030 to 6,700 × 1.1 = 7,370 (our reading of "about")
    expect(doubt.containers).toEqual({
      interval: { low: 6_030, high: 7_370 },
      basis: { kind: 'hedge', statementId: 'shin-2024-02', hedge: 'about', value: 6_700 },
    });
    // 152 mm conversions: Shin, Dec 2023, 2 million ÷ 5,000 = 400; the military, Nov 2023, 1 million ÷ 2,000 = 500
    expect(doubt.perContainer).toEqual({
      interval: { low: 400, high: 500 },
      basis: { kind: 'conversions', lowId: 'shin-2023-12', highId: 'mil-2023-11' },
    });
    // "it could be a mix": all 152 mm to all 122 mm rockets
    expect(doubt.rocketShare).toEqual({
      interval: { low: 0, high: 100 },
      basis: { kind: 'mix', statementId: 'shin-2024-02' },
    });
    // Skibitskyi: half do not work; at best all do
    expect(doubt.usable).toEqual({
      interval: { low: 50, high: 100 },
      basis: { kind: 'working', statementId: 'hur-2024-02' },
    });
    // RUSI's 10,000 (early 2024) to the General Staff's 70,000 (April 2024, the high end of 60–70,000)
    expect(doubt.daily).toEqual({
      interval: { low: 10_000, high: 70_000 },
      basis: { kind: 'rates', lowId: 'rusi-2024', highId: 'ukr-gs-2024-04' },
    });
    expect(doubt.share).toEqual({ interval: null, why: 'unpublished' });
  });

  it('leaves an exact count alone and takes a statement’s own span (the satellite count)', () => {
    const doubt = doubtAbout('osc-2025-04');
    expect(doubt.containers).toEqual({ interval: null, why: 'exact' });
    // 4 million ÷ 15,809 = 253.0 (down) to 6 million ÷ 15,809 = 379.5 (up to 380)
    expect(doubt.perContainer).toEqual({
      interval: { low: 253, high: 380 },
      basis: { kind: 'own-span', statementId: 'osc-2025-04' },
    });
    expect(doubt.rocketShare).toEqual({ interval: null, why: 'one-calibre' });
  });

  it('opens "at least" upwards and "as many as" downwards (Shin, June 2024)', () => {
    const doubt = doubtAbout('shin-2024-06');
    // at least 10,000 → 10,000 to 12,000
    expect(doubt.containers.interval).toEqual({ low: 10_000, high: 12_000 });
    // as many as 4.8 million over 10,000 = 480 → 384 to 480
    expect(doubt.perContainer).toEqual({
      interval: { low: 384, high: 480 },
      basis: { kind: 'hedge', statementId: 'shin-2024-06', hedge: 'as-many-as', value: 4_800_000 },
    });
  });

  it('never spans another date’s count: each preset’s containers stay within a fifth of its own', () => {
    for (const preset of PRESETS) {
      const count = STATEMENTS.find(({ id }) => id === preset.id)?.containers?.value ?? Number.NaN;
      const { interval } = doubtAbout(preset.id).containers;
      if (interval === null) continue;
      expect([preset.id, interval.low >= count * 0.9 - 1e-9]).toEqual([preset.id, true]);
      expect([preset.id, interval.high <= count * 1.2 + 1e-9]).toEqual([preset.id, true]);
    }
  });
});
