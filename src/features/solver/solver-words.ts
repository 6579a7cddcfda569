/**
 * The solver's sentences in the language on screen, as pure functions of the model's answers, the
 * solver's messages (`words`) and the language (`lang`, for Intl): unit-tested in each language.
 */
import {
  formatApprox,
  formatDate,
  formatExact,
  formatFixed,
  formatInput,
  formatPercent,
  formatTonnes,
} from '../../i18n/format';
import { explainReason } from '../../i18n/explain';
import { parseTypedNumber } from '../../i18n/parse-number';
import { parseIsoDate } from '../../model/calendar';
import type {
  SolutionPlausibility,
  SolveFailure,
  SolveTarget,
  SolveUnknown,
} from '../../model/solve';
import type { Lang } from '../../url/view-options';
import type { LaterMessages } from '../../i18n/catalogue';

/** The solver's messages, and the assumptions' for the fields' names and the reasons for refusals. */
export type SolverWords = Pick<LaterMessages, 'solver' | 'assumptions'>;

export type TargetKind = SolveTarget['kind'];

export type TargetRead = { ok: true; target: SolveTarget } | { ok: false; message: string };

/** Reads the typed target in `lang`: a number of months or shells, or a calendar date. */
export function readTarget(
  kind: TargetKind,
  text: string,
  words: SolverWords,
  lang: Lang,
): TargetRead {
  if (kind === 'lastDay') {
    const date = text.trim();
    return parseIsoDate(date).ok
      ? { ok: true, target: { kind, date } }
      : { ok: false, message: explainReason({ kind: 'not-a-date' }, words.assumptions, lang) };
  }
  const number = parseTypedNumber(text, lang);
  if (!number.ok)
    return { ok: false, message: explainReason(number.reason, words.assumptions, lang) };
  return {
    ok: true,
    target: kind === 'months' ? { kind, months: number.value } : { kind, shells: number.value },
  };
}

/** The target offered before anything is typed, as the reader would type it: "5,000,000". */
export function defaultTargetText(kind: 'months' | 'total', lang: Lang): string {
  return formatInput(kind === 'months' ? 12 : 5_000_000, lang);
}

/** The target as the start of the answer: "To last 12 months". */
function goalText(target: SolveTarget, words: SolverWords, lang: Lang): string {
  switch (target.kind) {
    case 'months':
      return words.solver.goals.months(target.months, formatExact(target.months, lang));
    case 'lastDay':
      return words.solver.goals.lastDay(formatDate(target.date, lang));
    case 'total':
      return words.solver.goals.total(target.shells, formatExact(target.shells, lang));
  }
}

/**
 * The value a target needs, rounded, then to two decimals:
 * "To last 12 months, each container would need about 545 shells (545.14)."
 */
export function answerText(
  target: SolveTarget,
  unknown: SolveUnknown,
  value: number,
  words: SolverWords,
  lang: Lang,
): string {
  const shown = value >= 10 ? Math.round(value) : Number(value.toPrecision(2));
  const about = value >= 10 ? formatExact(shown, lang) : formatApprox(value, lang);
  return words.solver.answers[unknown](
    goalText(target, words, lang),
    shown,
    about,
    formatFixed(value, lang, 2),
  );
}

/** Failures that mean the target itself cannot be met: shown as the field's error. */
export const TARGET_FAILURES: ReadonlySet<SolveFailure['kind']> = new Set([
  'target-not-a-number',
  'target-not-positive',
  'target-not-a-date',
  'last-day-not-after-count',
]);

/** Why no value can meet the target, in a sentence. */
export function failureText(
  failure: SolveFailure,
  unknown: SolveUnknown,
  words: SolverWords,
  lang: Lang,
): string {
  const { failures, unknowns } = words.solver;
  switch (failure.kind) {
    case 'target-not-a-number':
      return explainReason({ kind: 'not-a-number' }, words.assumptions, lang);
    case 'target-not-positive':
      return failures.notPositive;
    case 'target-not-a-date':
      return explainReason({ kind: 'not-a-date' }, words.assumptions, lang);
    case 'last-day-not-after-count':
      return failures.lastDayNotAfterCount(formatDate(failure.end, lang));
    case 'total-ignores-daily':
      return failures.totalIgnoresDaily;
    case 'nothing-delivered': {
      const percent = failure.zeroKey === 'share' || failure.zeroKey === 'usable';
      const zero = percent ? formatPercent(0, lang) : formatExact(0, lang);
      return failures.nothingDelivered(
        words.assumptions.labels[failure.zeroKey],
        zero,
        unknowns[unknown],
      );
    }
    case 'no-delivery-period':
      return failures.noDeliveryPeriod(explainReason(failure.reason, words.assumptions, lang));
    case 'beyond-numbers':
      return failures.beyondNumbers;
  }
}

/** The verdict in plain words after its lead: the physical check, the published figures, the accepted values. */
export function verdictDetails(
  plausibility: SolutionPlausibility,
  unknown: SolveUnknown,
  words: SolverWords,
  lang: Lang,
): string[] {
  const { payload, published, bounds } = plausibility;
  const { solver } = words;
  const details: string[] = [];
  if (payload) {
    const weigh = payload.fits ? solver.weighWithin : solver.weighOver;
    details.push(weigh(formatTonnes(payload.massKg, lang), formatTonnes(payload.payloadKg, lang)));
  }
  if (published) {
    const { low, high } = published.span;
    const span = solver.spans[unknown](high, formatExact(low, lang), formatExact(high, lang));
    details.push(solver.published[published.position](span));
  }
  if (bounds) {
    const reason = explainReason(bounds, words.assumptions, lang);
    details.push(solver.cannotUse(solver.unknowns[unknown], reason));
  }
  return details;
}

/** The button's name and the message once applied: "Use 545.1 shells a container". */
export function applyTexts(
  unknown: SolveUnknown,
  applied: number,
  words: SolverWords,
  lang: Lang,
): { button: string; done: string } {
  const value = formatInput(applied, lang);
  return {
    button: words.solver.use[unknown](applied, value),
    done: words.solver.applied(words.assumptions.labels[unknown], value),
  };
}
