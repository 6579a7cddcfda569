import type { Reason } from '../model/reason';
import type { FirstMessages } from './catalogue';
import { formatDate } from './format';

/** The words for the reasons a result cannot be worked out (the `headline` namespace's). */
export type ResultReasonWords = FirstMessages['headline']['reasons'];

/**
 * Why a result cannot be worked out, in a few words, in the language of `words`; the first
 * screen needs only these, so they are apart from the reasons for refused typing (`explain.ts`).
 * `explainResultReason({ kind: 'beyond-calendar' }, ko.headline.reasons, 'ko')` → "9999년 이후입니다".
 */
export function explainResultReason(
  reason: Reason,
  words: ResultReasonWords,
  lang: string,
): string {
  switch (reason.kind) {
    case 'not-a-date':
      return words.notADate;
    case 'end-not-after-start':
      return words.endNotAfterStart(formatDate(reason.start, lang));
    case 'beyond-calendar':
      return words.beyondCalendar;
    default:
      // Reasons for refused typing never reach a result.
      return words.cannot;
  }
}
