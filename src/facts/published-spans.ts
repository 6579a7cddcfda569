import type { SolveKey } from '../model/inputs';
import type { Interval } from '../model/ranges';
import { RUSSIAN_FIRE_RATES } from './daily-fire';
import { PRESETS } from './presets';

/**
 * The lowest and highest value of an input across the presets, reading a preset's range by its
 * ends: `presetSpan('perContainer')` → 253 (the satellite count's low end) to 615 (the NIS, Oct 2024).
 */
function presetSpan(key: 'containers' | 'perContainer'): Interval {
  const lows = PRESETS.map((preset) => preset.ranges?.[key]?.low ?? preset.inputs[key]);
  const highs = PRESETS.map((preset) => preset.ranges?.[key]?.high ?? preset.inputs[key]);
  return { low: Math.min(...lows), high: Math.max(...highs) };
}

/** Russian daily rates only, a span by its ends: Ukraine's own rate is for comparison only. */
const russianRates = RUSSIAN_FIRE_RATES.flatMap(({ perDay }) =>
  typeof perDay === 'number' ? [perDay] : [perDay.low, perDay.high],
);

/**
 * For each assumption the solver works out, the span of every published value, whatever its date:
 * where a solved value sits among them, and the spans the spread section offers to try.
 * `PUBLISHED_SPANS.daily` → 10,000 to 70,000. (The sensitivity chart does not use these: it varies
 * the doubt about one statement, `doubt.ts`.)
 */
export const PUBLISHED_SPANS: Record<SolveKey, Interval> = {
  containers: presetSpan('containers'),
  perContainer: presetSpan('perContainer'),
  daily: { low: Math.min(...russianRates), high: Math.max(...russianRates) },
};
