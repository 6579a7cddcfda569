import type { Reason } from '../model/reason';
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
      return 'Not a real date (use YYYY-MM-DD)';
    case 'end-not-after-start':
      return `Must be after the first delivery (${formatDate(reason.start, LOCALE)})`;
    case 'start-not-before-end':
      return `Must be before the count date (${formatDate(reason.end, LOCALE)})`;
    case 'beyond-calendar':
      return 'Beyond the year 9999';
  }
}
