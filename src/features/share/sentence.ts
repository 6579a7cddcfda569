/**
 * The sentence a reporter can paste: the total and how long it lasts, rounded honestly, with the
 * assumptions behind it, who published each, and the link to the calculation. Pure: the words of
 * a language come in as `words`, so that each language can be checked without React.
 */
import { DAILY_FIRE_PRESETS } from '../../facts/daily-fire';
import { presetById } from '../../facts/presets';
import type { DailyFireId, ScenarioId } from '../../facts/types';
import { formatApprox, formatExact, formatInput, formatPercent } from '../../i18n/format';
import { formatInputRange } from '../../i18n/format-range';
import type {
  SentenceAmount,
  SentenceFigure,
  SentenceParts,
  share,
} from '../../i18n/messages/en/share';
import { MEAN_MONTH_DAYS } from '../../model/constants';
import type { Spread } from '../../model/distribution';
import type { Inputs } from '../../model/inputs';
import { sameInterval, type RangeKey, type Ranges } from '../../model/ranges';

export type SentenceWords = (typeof share)['sentence'];

/** Below this many days of fire the sentence counts days, not months ("some 29 days"). */
const DAYS_BELOW = 60;

/** Where shells per container are not simply the statement's shells ÷ its containers. */
const PER_CONTAINER_FROM: Partial<Record<ScenarioId, 'borrowed' | 'statement'>> = {
  // The NIS gave no ratio: the February 2024 statement's is used.
  'nis-2023-11': 'borrowed',
  // The satellite count published its own span of shells per container.
  'osc-2025-04': 'statement',
};

export interface SentenceInput {
  /** The statement the figures started from. */
  scenarioId: ScenarioId;
  inputs: Inputs;
  ranges: Ranges;
  /** The exact results (of the inputs, ranged ones at their centre). */
  results: { totalShells: number; daysOfFire: number };
  /** The sampled 90% intervals when any input is a range, else null. */
  spread: { totalShells: Spread; daysOfFire: Spread } | null;
  /** The permalink to this calculation. */
  link: string;
}

/** Whether an input is still the statement's own: same value, and a range only if the statement's. */
function isPreset(key: RangeKey, { scenarioId, inputs, ranges }: SentenceInput): boolean {
  const preset = presetById(scenarioId);
  return inputs[key] === preset.inputs[key] && sameInterval(ranges[key], preset.ranges?.[key]);
}

/**
 * Who published each assumption, or "your assumption" where the reader changed it.
 * Defaults of June 2024 → containers "South Korea's defence minister, June 2024", shells per
 * container "worked out from the same statement", daily fire "RUSI and NATO, early 2024".
 */
export function sentenceSources(
  input: SentenceInput,
  words: SentenceWords,
): Record<RangeKey, string> {
  const { scenarioId, inputs, ranges } = input;
  const statement = words.statements[scenarioId];
  const from = PER_CONTAINER_FROM[scenarioId];
  const perContainer =
    from === 'borrowed' ? words.borrowed : from === 'statement' ? statement : words.derived;
  const dailySources: Partial<Record<DailyFireId, string>> = words.dailySources;
  const rate = ranges.daily
    ? undefined
    : DAILY_FIRE_PRESETS.find((p) => !p.comparisonOnly && p.shellsPerDay === inputs.daily);
  return {
    containers: isPreset('containers', input) ? statement : words.yours,
    perContainer: isPreset('perContainer', input) ? perContainer : words.yours,
    daily: (rate && dailySources[rate.id]) ?? words.yours,
  };
}

function figure(key: RangeKey, input: SentenceInput, source: string, lang: string): SentenceFigure {
  const range = input.ranges[key];
  if (range) {
    return { text: formatInputRange(range.low, range.high, lang), count: range.high, source };
  }
  return { text: formatInput(input.inputs[key], lang), count: input.inputs[key], source };
}

/** Two significant digits, as formatApprox shows them: 4,812,345 → 4,800,000. */
const twoDigits = (value: number) => Number(value.toPrecision(2));

/** One amount, or two when the range's ends round apart: "4.8 million", or "3.0 million" and "5.8 million". */
function shellsAmount(low: number, high: number | null, lang: string): SentenceAmount {
  const lowText = formatApprox(low, lang);
  const highText = high === null ? null : formatApprox(high, lang);
  if (high === null || highText === lowText)
    return { low: lowText, high: null, count: twoDigits(low) };
  return { low: lowText, high: highText, count: twoDigits(high) };
}

/**
 * How long the shells last: whole months ("16", from 15.77), two digits from 100 months on, or
 * days below two months ("29"). A range counts both ends in the unit its low end needs.
 */
function fireAmount(lowDays: number, highDays: number | null, lang: string): SentenceParts['fire'] {
  const unit = lowDays < DAYS_BELOW ? 'days' : 'months';
  const round = (days: number) => {
    const value = unit === 'days' ? days : days / MEAN_MONTH_DAYS;
    return value >= 100 ? twoDigits(value) : Math.round(value);
  };
  const low = round(lowDays);
  const high = highDays === null ? null : round(highDays);
  if (high === null || high === low) {
    return { unit, low: formatExact(low, lang), high: null, count: low };
  }
  return { unit, low: formatExact(low, lang), high: formatExact(high, lang), count: high };
}

/** The parts of the sentence, formatted for `lang`. */
function sentenceParts(input: SentenceInput, words: SentenceWords, lang: string): SentenceParts {
  const sources = sentenceSources(input, words);
  const { spread, results, inputs } = input;
  const shells = spread
    ? shellsAmount(spread.totalShells.low, spread.totalShells.high, lang)
    : shellsAmount(results.totalShells, null, lang);
  const fire = spread
    ? fireAmount(spread.daysOfFire.low, spread.daysOfFire.high, lang)
    : fireAmount(results.daysOfFire, null, lang);
  const allCounted = inputs.share === 100 && inputs.usable === 100;
  return {
    perContainer: figure('perContainer', input, sources.perContainer, lang),
    containers: figure('containers', input, sources.containers, lang),
    daily: figure('daily', input, sources.daily, lang),
    shells,
    fire,
    shares: allCounted
      ? null
      : { share: formatPercent(inputs.share, lang), usable: formatPercent(inputs.usable, lang) },
    link: input.link,
  };
}

/**
 * The sentence in `lang`: with the June 2024 defaults, "At 480 shells a container (worked out from
 * the same statement), 10,000 containers (South Korea's defence minister, June 2024) hold about
 * 4.8 million shells, some 16 months of Russian fire at 10,000 shells a day (RUSI and NATO, early
 * 2024). Calculation: https://…".
 */
export function buildSentence(input: SentenceInput, words: SentenceWords, lang: string): string {
  return words.text(sentenceParts(input, words, lang));
}
