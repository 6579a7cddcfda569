import type { RangeKey } from '../model/ranges';
import type { SwingKey } from '../model/sensitivity';
import { RUSSIAN_FIRE_RATES } from './daily-fire';
import { STATEMENTS } from './all-statements';
import { PRESETS } from './presets';
import { REFERENCE_INPUTS } from './reference-inputs';

/** The lowest and highest published value of an assumption, and where they come from. */
export interface PublishedSpan {
  low: number;
  high: number;
  /** Where the span comes from, in a sentence. */
  basis: string;
}

/**
 * Ukrainian military intelligence (Skibitskyi, Feb 2024) on the shells received: "half of the
 * shells do not function" (`hur-2024-02`). The only published figure for the usable share.
 */
const USABLE_REPORTED_PERCENT =
  STATEMENTS.find((statement) => statement.workingPercent !== undefined)?.workingPercent ?? 100;

/**
 * The lowest and highest value of an input across the presets, reading a preset's range by its
 * ends: `presetSpan('perContainer')` → 266 (the satellite count's low end) to 480 (Shin, Jun 2024).
 */
function presetSpan(key: RangeKey): Pick<PublishedSpan, 'low' | 'high'> {
  const lows = PRESETS.map((preset) => preset.ranges?.[key]?.low ?? preset.inputs[key]);
  const highs = PRESETS.map((preset) => preset.ranges?.[key]?.high ?? preset.inputs[key]);
  return { low: Math.min(...lows), high: Math.max(...highs) };
}

/** Russian daily rates only, a span by its ends: Ukraine's own rate is for comparison only. */
const russianRates = RUSSIAN_FIRE_RATES.flatMap(({ perDay }) =>
  typeof perDay === 'number' ? [perDay] : [perDay.low, perDay.high],
);

/**
 * For each assumption that months of fire depend on, the span of published values, or null when
 * nothing was published. `PUBLISHED_SPANS.daily` → 10,000 to 44,500; `PUBLISHED_SPANS.share` → null.
 */
export const PUBLISHED_SPANS = {
  containers: {
    ...presetSpan('containers'),
    basis: 'The smallest and largest container counts among the published estimates.',
  },
  perContainer: {
    ...presetSpan('perContainer'),
    basis:
      "From the low end of the satellite count's 266–367 a container to the highest government figure; government counts imply about 430–480.",
  },
  share: null,
  usable: {
    low: USABLE_REPORTED_PERCENT,
    high: REFERENCE_INPUTS.usable,
    basis:
      'Ukrainian military intelligence said half of the shells received do not work; at best, all of them do.',
  },
  daily: {
    low: Math.min(...russianRates),
    high: Math.max(...russianRates),
    basis:
      "The published Russian rates, from RUSI and NATO's to Ukraine's commander-in-chief's; Ukraine's own rate is left out.",
  },
} satisfies Record<SwingKey, PublishedSpan | null>;
