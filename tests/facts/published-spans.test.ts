/**
 * The spans of published values that the tornado chart varies each assumption across (FACTS §1–2).
 * Invariants: every preset's value (and every end of a preset's range) lies inside its span; every
 * Russian daily rate lies inside the daily span, and Ukraine's own rate is left out.
 */
import { FIRE_RATES } from '../../src/facts/daily-fire';
import { PRESETS } from '../../src/facts/presets';
import { PUBLISHED_SPANS } from '../../src/facts/published-spans';

describe('PUBLISHED_SPANS', () => {
  it.each([
    // Oct 2023, 1,000 containers (defence ministry) to Jul 2025, 28,000 (DIA)
    ['containers', 1_000, 28_000],
    // the satellite count's low end, 4 million ÷ 15,809 ≈ 253, to the NIS's 8 million ÷ 13,000 ≈ 615
    ['perContainer', 253, 615],
    // "half of them do not function" to every shell working
    ['usable', 50, 100],
    // RUSI/NATO's 10,000 a day to the Ukrainian General Staff's 60,000–70,000
    ['daily', 10_000, 70_000],
  ] as const)('spans %s from %d to %d, with its basis', (key, low, high) => {
    const span = PUBLISHED_SPANS[key];
    expect(span).toMatchObject({ low, high });
    expect(span.basis).toMatch(/\w{3,}/);
  });

  it('has no span for the share of containers holding shells: nothing was published', () => {
    expect(PUBLISHED_SPANS.share).toBeNull();
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    'holds every figure of %s',
    (_, preset) => {
      for (const key of ['containers', 'perContainer'] as const) {
        const span = PUBLISHED_SPANS[key];
        const values = [preset.inputs[key], preset.ranges?.[key]?.low, preset.ranges?.[key]?.high];
        for (const value of values.filter((v) => v !== undefined)) {
          expect(value).toBeGreaterThanOrEqual(span.low);
          expect(value).toBeLessThanOrEqual(span.high);
        }
      }
    },
  );

  it.each(FIRE_RATES.map((rate) => [rate.id, rate] as const))(
    'holds the daily rate %s unless it is Ukraine’s own',
    (_, rate) => {
      const { low, high } = PUBLISHED_SPANS.daily;
      const ends =
        typeof rate.perDay === 'number' ? [rate.perDay] : [rate.perDay.low, rate.perDay.high];
      const inside = ends.every((end) => end >= low && end <= high);
      expect(inside).toBe(rate.side === 'russia');
    },
  );
});
