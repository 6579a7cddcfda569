/**
 * The spans of every published value, whatever its date, that the solver places a solved value
 * among and the spread section offers to try (FACTS §1–2).
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
    // RUSI/NATO's 10,000 a day to the Ukrainian General Staff's 60,000–70,000
    ['daily', 10_000, 70_000],
  ] as const)('spans %s from %d to %d', (key, low, high) => {
    expect(PUBLISHED_SPANS[key]).toEqual({ low, high });
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
