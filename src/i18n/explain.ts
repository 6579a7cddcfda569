import type { Reason } from '../model/reason';
import { explainResultReason } from './explain-result';
import { formatDate, formatExact } from './format';

const LOCALE = 'en';

/** A reason in a few words, for beside a field: `{ kind: 'above-max', max: 100 }` → "Must be 100 or less". */
export function explainReason(reason: Reason): string {
  switch (reason.kind) {
    case 'empty':
      return 'Enter a number';
    case 'not-a-number':
      return 'Not a number';
    case 'misplaced-grouping':
      return `Not a number: write decimals with “${reason.decimal}”`;
    case 'below-min':
      return `Must be ${formatExact(reason.min, LOCALE)} or more`;
    case 'above-max':
      return `Must be ${formatExact(reason.max, LOCALE)} or less`;
    case 'not-a-date':
    case 'end-not-after-start':
    case 'beyond-calendar':
      return explainResultReason(reason);
    case 'start-not-before-end':
      return `Must be before the count date (${formatDate(reason.end, LOCALE)})`;
    case 'range-not-positive':
      return 'A range must start above 0';
    case 'range-not-increasing':
      return 'The low end must be below the high end';
    case 'expected-range':
      return 'Enter two numbers, low and high (e.g. 6,700 to 13,000)';
    case 'expected-number':
      return 'Enter one number, or switch on Range';
  }
}
