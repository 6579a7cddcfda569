import type { Reason } from '../model/reason';
import type { LaterMessages } from './catalogue';
import { formatDate, formatExact } from './format';
import { formatInputRange } from './format-range';

type Words = LaterMessages['assumptions'];

/**
 * A reason in a few words, for beside a field, in the language of `words`:
 * `explainReason({ kind: 'above-max', max: 100 }, english, 'en')` → "Must be 100 or less".
 */
export function explainReason(reason: Reason, { reasons }: Words, lang: string): string {
  switch (reason.kind) {
    case 'empty':
      return reasons.empty;
    case 'not-a-number':
      return reasons.notANumber;
    case 'incomplete':
      return reasons.incomplete;
    case 'misplaced-grouping':
      return reasons.misplacedGrouping(reason.decimal);
    case 'below-min':
      return reasons.belowMin(formatExact(reason.min, lang));
    case 'above-max':
      return reasons.aboveMax(formatExact(reason.max, lang));
    case 'not-a-date':
      return reasons.notADate;
    case 'end-not-after-start':
      return reasons.endNotAfterStart(formatDate(reason.start, lang));
    case 'start-not-before-end':
      return reasons.startNotBeforeEnd(formatDate(reason.end, lang));
    case 'beyond-calendar':
      return reasons.beyondCalendar;
    case 'range-not-positive':
      return reasons.rangeNotPositive;
    case 'range-not-increasing':
      return reasons.rangeNotIncreasing;
    case 'expected-range':
      return reasons.expectedRange(formatInputRange(6_700, 13_000, lang));
    case 'expected-number':
      return reasons.expectedNumber;
  }
}
