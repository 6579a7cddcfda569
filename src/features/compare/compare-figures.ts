/**
 * What the comparison shows, as data and words, apart from React: each scenario's name, its
 * inputs as text, its headline results (exact, or medians with 90% ranges) and B's difference
 * from A. Pure, so that each language's wording is unit-tested.
 */
import { statementById } from '../../facts/all-statements';
import type { LaterMessages } from '../../i18n/catalogue';
import {
  formatApprox,
  formatDate,
  formatExact,
  formatFixed,
  formatMonthYear,
  formatPercent,
} from '../../i18n/format';
import { formatApproxRange, formatDateRange, formatInputRange } from '../../i18n/format-range';
import { daysBetween } from '../../model/calendar';
import type { Spread } from '../../model/distribution';
import {
  INPUT_GROUPS,
  groupKeys,
  isDateInputKey,
  numberSpec,
  type InputKey,
} from '../../model/inputs';
import { isRangeKey, sameInterval } from '../../model/ranges';
import { HEADLINE_RESULT_KEYS } from '../../model/results';
import type { EvaluationView } from '../../store/use-evaluation';
import { changedInputKeys } from '../../store/calculator-slice';
import type { ComparedScenario } from '../../url/compare-query';
import type { Lang } from '../../url/view-options';
import { speakerOf, statementLabel } from '../../i18n/statement-text';

type Words = LaterMessages['compare'];

/**
 * The assumptions the table compares, in the order of the page's fields: every one but the weight
 * check's, which does not change the results.
 */
export const COMPARED_INPUTS = INPUT_GROUPS.filter((group) => group !== 'weight').flatMap(
  groupKeys,
) as readonly ComparedInput[];

/** An input the table compares: each has its row's words (tests/features/compare-figures.test.ts). */
export type ComparedInput = Extract<InputKey, keyof Words['rows']>;

/** The headline results the table compares. */
export const COMPARED_RESULTS = HEADLINE_RESULT_KEYS;

export type ComparedResult = (typeof COMPARED_RESULTS)[number];

/**
 * A statement's short name, its label: "Jun 2024 · Shin Won-sik · at least 10,000 containers", or
 * "Jun 2024 · Shin Won-sik, with changes".
 */
export function scenarioName(
  scenario: ComparedScenario,
  words: Words,
  facts: LaterMessages['facts'],
  lang: Lang,
): string {
  const statement = statementById(scenario.scenarioId);
  if (!statement) return scenario.scenarioId;
  if (changedInputKeys(scenario).length > 0) {
    return words.changed(formatMonthYear(statement.date, lang), speakerOf(statement, lang).name);
  }
  return statementLabel(statement, facts, lang);
}

/** An input as the table shows it: "6,700", "266–367", "100%", "Feb 26, 2024". */
export function inputText(key: ComparedInput, scenario: ComparedScenario, lang: string): string {
  if (isDateInputKey(key)) return formatDate(scenario.inputs[key], lang);
  const range = isRangeKey(key) ? scenario.ranges[key] : undefined;
  if (range) return formatInputRange(range.low, range.high, lang);
  const value = scenario.inputs[key];
  return numberSpec(key).unit === 'percent' ? formatPercent(value, lang) : formatExact(value, lang);
}

/** Whether A and B differ in an input, as a value or as a range. */
export function inputDiffers(
  key: ComparedInput,
  a: ComparedScenario,
  b: ComparedScenario,
): boolean {
  if (a.inputs[key] !== b.inputs[key]) return true;
  return isRangeKey(key) && !sameInterval(a.ranges[key], b.ranges[key]);
}

/** A result as compared: a number or a date, with its 90% range when the inputs have ranges. */
export type Figure =
  | { kind: 'number'; value: number; low?: number; high?: number }
  | { kind: 'date'; value: string; low?: string; high?: string }
  /** Sampling has not answered yet. */
  | { kind: 'pending' }
  /** The result cannot be computed (dates out of order). */
  | { kind: 'none' };

/**
 * A scenario's headline results, from its evaluation (`useEvaluation`, `useComparedEvaluation`):
 * exact without ranges, medians and 90% ranges with them, pending until they are final.
 * Defaults: totalShells 3,001,600, monthsOfFire 9.86…, daysOfFire 300.16, lastsUntil 2024-07-09.
 */
export function comparedFigures({
  evaluation,
  final,
  ranged,
}: Pick<EvaluationView, 'evaluation' | 'final' | 'ranged'>): Record<ComparedResult, Figure> {
  const pending: Figure = { kind: 'pending' };
  const number = ({ median, low, high }: Spread): Figure =>
    ranged ? { kind: 'number', value: median, low, high } : { kind: 'number', value: median };
  const dates = evaluation.lastsUntil;
  const date: Figure = !dates.ok
    ? { kind: 'none' }
    : ranged
      ? { kind: 'date', value: dates.value.median, low: dates.value.low, high: dates.value.high }
      : { kind: 'date', value: dates.value.median };
  return Object.fromEntries(
    COMPARED_RESULTS.map((key) => [
      key,
      !final ? pending : key === 'lastsUntil' ? date : number(evaluation[key]),
    ]),
  ) as Record<ComparedResult, Figure>;
}

/** A result in words, honestly rounded: "4.8 million", "15.8", "480 days", "Oct 26, 2024". */
export function figureText(
  key: ComparedResult,
  figure: Figure,
  words: Words,
  lang: string,
): string {
  switch (figure.kind) {
    case 'pending':
      return words.working;
    case 'none':
      return words.cannot;
    case 'date':
      return formatDate(figure.value, lang);
    case 'number':
      if (key === 'monthsOfFire') return formatFixed(figure.value, lang, 1);
      if (key === 'daysOfFire') {
        return words.days(Math.round(figure.value), formatApprox(figure.value, lang));
      }
      return formatApprox(figure.value, lang);
  }
}

/** A result's 90% range in words, or null without one: "90% range 2.1–5.2 million". */
export function figureRangeText(figure: Figure, words: Words, lang: string): string | null {
  if (figure.kind === 'number' && figure.low !== undefined && figure.high !== undefined) {
    return words.range(formatApproxRange(figure.low, figure.high, lang));
  }
  if (figure.kind === 'date' && figure.low !== undefined && figure.high !== undefined) {
    return words.range(formatDateRange(figure.low, figure.high, lang));
  }
  return null;
}

/** A signed amount: "+1.6 million", "−230". The minus is the typographic one. */
function signed(difference: number, lang: string): string {
  return `${difference < 0 ? '−' : '+'}${formatApprox(Math.abs(difference), lang)}`;
}

/**
 * B against A in words, or null when either cannot be compared: "+1.6 million · ×1.5" for the
 * totals, "+5.3 months", "+160 days", "same as A" when equal. With ranges, between medians.
 */
export function differenceText(
  key: ComparedResult,
  a: Figure,
  b: Figure,
  words: Words,
  lang: string,
): string | null {
  if (a.kind === 'date' && b.kind === 'date') {
    const days = daysBetween(a.value, b.value);
    if (!days.ok) return null;
    if (days.value === 0) return words.same;
    const sign = days.value < 0 ? '−' : '+';
    return words.days(days.value, `${sign}${formatExact(Math.abs(days.value), lang)}`);
  }
  if (a.kind !== 'number' || b.kind !== 'number') return null;
  const difference = b.value - a.value;
  if (difference === 0) return words.same;
  switch (key) {
    case 'monthsOfFire':
      return words.months(difference, signed(difference, lang));
    case 'daysOfFire':
      return words.days(Math.round(difference), signed(difference, lang));
    default: {
      const amount = signed(difference, lang);
      if (a.value <= 0 || b.value <= 0) return amount;
      return `${amount} · ${words.times(formatApprox(b.value / a.value, lang))}`;
    }
  }
}
