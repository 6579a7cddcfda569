import type { Reason } from '../model/reason';
import { formatDate } from './format';

const LOCALE = 'en';

/**
 * Why a result cannot be worked out, in a few words; the first screen needs only these, so they
 * are apart from the reasons for refused typing (`explain.ts`).
 * `explainResultReason({ kind: 'beyond-calendar' })` → "Beyond the year 9999".
 */
export function explainResultReason(reason: Reason): string {
  switch (reason.kind) {
    case 'not-a-date':
      return 'Not a real date (use YYYY-MM-DD)';
    case 'end-not-after-start':
      return `Must be after the first delivery (${formatDate(reason.start, LOCALE)})`;
    case 'beyond-calendar':
      return 'Beyond the year 9999';
    default:
      // Reasons for refused typing never reach a result.
      return 'Cannot be worked out';
  }
}
