/**
 * The sentence a reporter can paste: the figures, rounded honestly, each with where it comes
 * from, and the link to the calculation. When the figures are a statement's own, the sentence
 * quotes the statement with its hedges ("at least 10,000 containers could hold as many as 4.8
 * million shells"), a capacity conversion as one; otherwise it says the total is our calculation
 * and credits each assumption to its source, or to the reader. Never credits a derived figure to a
 * speaker. Pure: the words of a language come in as arguments, so each language can be checked
 * without React.
 */
import { statementById } from '../../facts/all-statements';
import { provenanceOf } from '../../facts/provenance';
import type { ScenarioId } from '../../facts/presets';
import type { StatementWords } from '../../facts/statement';
import type { LaterMessages } from '../../i18n/catalogue';
import {
  formatApprox,
  formatDate,
  formatExact,
  formatInput,
  formatPercent,
} from '../../i18n/format';
import { formatInputRange } from '../../i18n/format-range';
import type {
  SentenceAmount,
  SentenceClaim,
  SentenceFigure,
  SentenceParts,
  share,
} from '../../i18n/messages/en/share';
import { provenanceText } from '../../i18n/provenance-text';
import {
  hedgedContainers,
  hedgedRounds,
  monthYearLong,
  speakerOf,
  statementCredit,
} from '../../i18n/statement-text';
import { MEAN_MONTH_DAYS } from '../../model/constants';
import type { Spread } from '../../model/distribution';
import { numberSpec, type Inputs, type NumericInputKey } from '../../model/inputs';
import { isRangeKey, type Ranges } from '../../model/ranges';
import { scenarioPreset } from '../../url/migrations';
import type { Lang } from '../../url/view-options';

type SentenceWords = (typeof share)['sentence'];

/** Below this many days of fire the sentence counts days, not months ("some 29 days"). */
const DAYS_BELOW = 60;

/** A claim's figures may differ from the statement's by rounding our division: 1% at most. */
const SAME_FIGURE = 0.01;

export interface SentenceInput {
  /** The statement the figures started from. */
  scenarioId: ScenarioId;
  inputs: Inputs;
  ranges: Ranges;
  /** The results on screen (exact, or the sampled medians). */
  results: { totalShells: number; totalRockets: number; daysOfFire: number };
  /** The sampled 90% intervals when any input is a range, else null. */
  spread: { totalShells: Spread; totalRockets: Spread; daysOfFire: Spread } | null;
  /** The permalink to this calculation. */
  link: string;
  /** The day the facts were last reviewed, `YYYY-MM-DD`. */
  reviewed: string;
}

/** The language's words the sentence needs. */
export interface SentenceLanguage {
  sentence: SentenceWords;
  facts: LaterMessages['facts'];
  statements: Record<string, StatementWords>;
  lang: Lang;
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

/**
 * The statement's own claim, when the reader's containers, shells per container and shares are
 * the preset's and its total is the statement's figure (within our division's rounding): the
 * sentence then quotes the statement itself. Null otherwise, and for a count without shells.
 */
function claimOf(input: SentenceInput, language: SentenceLanguage): SentenceClaim | null {
  const { facts, lang } = language;
  const statement = statementById(input.scenarioId);
  const preset = scenarioPreset(input.scenarioId);
  const [rounds] = statement?.rounds ?? [];
  if (!statement || !rounds || !statement.containers || statement.kind === 'count') return null;
  // A statement's figure is all of one calibre: with a mix, the sentence is our calculation.
  if (input.inputs.rocketShare > 0) return null;
  const untouched = (['containers', 'perContainer', 'share', 'usable'] as const).every(
    (key) => provenanceOf(key, input, preset).kind === 'preset',
  );
  if (!untouched) return null;
  const { inputs, ranges } = input;
  const kept = (inputs.share / 100) * (inputs.usable / 100);
  const perContainer = ranges.perContainer ?? {
    low: inputs.perContainer,
    high: inputs.perContainer,
  };
  const close = (ours: number, theirs: number) => Math.abs(ours / theirs - 1) <= SAME_FIGURE;
  const matches =
    close(inputs.containers * perContainer.low * kept, rounds.low) &&
    close(inputs.containers * perContainer.high * kept, rounds.high);
  if (!matches) return null;
  const counter = statement.containersFrom ? statementById(statement.containersFrom) : undefined;
  return {
    who: speakerOf(statement, lang).credit,
    when: monthYearLong(statement.date, lang),
    kind: statement.kind,
    containers: hedgedContainers(statement.containers, facts, lang),
    countedBy: counter ? statementCredit(counter, facts, lang) : null,
    rounds: hedgedRounds(rounds, facts, lang),
    calibre: facts.calibres[rounds.calibre],
    perContainer:
      perContainer.low === perContainer.high
        ? formatInput(perContainer.low, lang)
        : formatInputRange(perContainer.low, perContainer.high, lang),
    perContainerCount: perContainer.high,
  };
}

/** An input as the sentence shows it, with where its value comes from. */
function figure(
  key: NumericInputKey,
  input: SentenceInput,
  language: SentenceLanguage,
): SentenceFigure {
  const { facts, statements, lang } = language;
  const from = provenanceText(
    provenanceOf(key, input, scenarioPreset(input.scenarioId)),
    statements,
    facts,
    lang,
  );
  const range = isRangeKey(key) ? input.ranges[key] : undefined;
  const value = input.inputs[key];
  if (numberSpec(key).unit === 'percent') {
    return { text: formatPercent(value, lang), count: value, source: from.text };
  }
  if (key === 'containers') {
    // A published count keeps its hedge: "at least 10,000 containers", "more than 16,500".
    const provenance = provenanceOf(key, input, scenarioPreset(input.scenarioId));
    const counter =
      provenance.kind === 'preset' || provenance.kind === 'count'
        ? statementById(provenance.statementId)?.containers
        : undefined;
    const text = range
      ? facts.containers('exactly', range.high, formatInputRange(range.low, range.high, lang))
      : counter?.value === value
        ? hedgedContainers(counter, facts, lang)
        : facts.containers('exactly', value, formatInput(value, lang));
    return { text, count: range?.high ?? value, source: from.text };
  }
  if (range) {
    return {
      text: formatInputRange(range.low, range.high, lang),
      count: range.high,
      source: from.text,
    };
  }
  return { text: formatInput(value, lang), count: value, source: from.text };
}

/** The parts of the sentence, formatted for the language. */
function sentenceParts(input: SentenceInput, language: SentenceLanguage): SentenceParts {
  const { lang } = language;
  const { spread, results, inputs } = input;
  const fire = spread
    ? fireAmount(spread.daysOfFire.low, spread.daysOfFire.high, lang)
    : fireAmount(results.daysOfFire, null, lang);
  const claim = claimOf(input, language);
  const allCounted = inputs.share === 100 && inputs.usable === 100;
  return {
    claim,
    calculation:
      claim === null
        ? {
            perContainer: figure('perContainer', input, language),
            containers: figure('containers', input, language),
            shells: spread
              ? shellsAmount(spread.totalShells.low, spread.totalShells.high, lang)
              : shellsAmount(results.totalShells, null, lang),
          }
        : null,
    shares: allCounted
      ? null
      : { share: figure('share', input, language), usable: figure('usable', input, language) },
    mix:
      inputs.rocketShare > 0
        ? {
            share: figure('rocketShare', input, language),
            perContainer: figure('perContainerRockets', input, language),
            calibre: language.facts.calibres['122mm-rockets'],
            rockets: spread
              ? shellsAmount(spread.totalRockets.low, spread.totalRockets.high, lang)
              : shellsAmount(results.totalRockets, null, lang),
          }
        : null,
    daily: figure('daily', input, language),
    fire,
    reviewed: formatDate(input.reviewed, lang),
    link: input.link,
  };
}

/**
 * The sentence in the language of `language`: with the June 2024 defaults in English, "South
 * Korea’s defence minister, June 2024: at least 10,000 containers could hold as many as 4.8
 * million shells (480 a container, our division). That is some 16 months of Russian fire at
 * 10,000 shells a day (RUSI and NATO, early 2024). Figures checked against their sources on
 * December 5, 2026. Calculation: https://…".
 */
export function buildSentence(input: SentenceInput, language: SentenceLanguage): string {
  return language.sentence.text(sentenceParts(input, language));
}
