import type { Reason } from '../model/reason';
import type { Notice } from '../url/notice';
import { formatDate, formatExact } from './format';

const LOCALE = 'en';

/** Long or hostile values are cut so that a notice stays one readable line. */
function shorten(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 20)}…` : raw;
}

function formatValue(value: number | string): string {
  return typeof value === 'number' ? formatExact(value, LOCALE) : value;
}

/** A reason in a few words, for beside a field: `{ kind: 'above-max', max: 100 }` → "Must be 100 or less". */
export function explainReason(reason: Reason): string {
  switch (reason.kind) {
    case 'empty':
      return 'Enter a number';
    case 'not-a-number':
      return 'Not a number';
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

/**
 * A URL notice as one sentence naming the parameter and what is used instead:
 * `daily=abc` → "`daily=abc` is not a number; using 10,000."
 */
export function explainNotice(notice: Notice): string {
  switch (notice.kind) {
    case 'unknown-key':
      return `“${shorten(notice.key)}” is not a setting of this calculator; ignored.`;
    case 'duplicate-key':
      return `“${shorten(notice.key)}” is given more than once; using the first, “${shorten(notice.used)}”.`;
    case 'not-a-number':
      return `${notice.key}=${shorten(notice.raw)} is not a number; using ${formatValue(notice.used)}.`;
    case 'clamped':
      return `${notice.key}=${shorten(notice.raw)} is ${notice.bound === 'min' ? 'below the lowest' : 'above the highest'} allowed value; using ${formatValue(notice.used)}.`;
    case 'not-a-date':
      return `${notice.key}=${shorten(notice.raw)} is not a real date; using ${formatDate(notice.used, LOCALE)}.`;
    case 'end-not-after-start':
      return `${notice.key}=${shorten(notice.raw)} is not after the first delivery (${formatDate(notice.start, LOCALE)}); using ${formatDate(notice.used, LOCALE)}.`;
    case 'start-not-before-end':
      return `${notice.key}=${shorten(notice.raw)} is not before the count date (${formatDate(notice.end, LOCALE)}); using ${formatDate(notice.used, LOCALE)}.`;
    case 'unknown-option':
      return `${notice.key}=${shorten(notice.raw)} is not an option here; using “${notice.used}”.`;
    case 'unknown-version':
      return `v=${shorten(notice.raw)} is not a link version this calculator knows; reading it as version 1.`;
  }
}
