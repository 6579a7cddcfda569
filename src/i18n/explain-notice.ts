import type { Notice } from '../url/notice';
import type { Interval } from '../model/ranges';
import { formatDate, formatExact } from './format';
import { formatInputRange } from './format-range';

const LOCALE = 'en';

/** Long or hostile values are cut so that a notice stays one readable line. */
function shorten(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 20)}…` : raw;
}

function formatValue(value: number | string | Interval): string {
  if (typeof value === 'number') return formatExact(value, LOCALE);
  return typeof value === 'string' ? value : formatInputRange(value.low, value.high, LOCALE);
}

/**
 * A URL notice as one sentence naming the parameter and the value used instead. The raw value is
 * not repeated: it may be hostile, huge, or read "NaN". `daily=abc` → "“daily” is not a number;
 * using 10,000."
 */
export function explainNotice(notice: Notice): string {
  const key = `“${shorten(notice.key)}”`;
  switch (notice.kind) {
    case 'unknown-key':
      return `${key} is not a setting of this calculator; ignored.`;
    case 'duplicate-key':
      return `${key} is given more than once; using the first value.`;
    case 'not-a-number':
      return `${key} is not a number; using ${formatValue(notice.used)}.`;
    case 'clamped':
      return `${key} is ${notice.bound === 'min' ? 'below the lowest' : 'above the highest'} allowed value; using ${formatValue(notice.used)}.`;
    case 'not-a-date':
      return `${key} is not a real date; using ${formatDate(notice.used, LOCALE)}.`;
    case 'end-not-after-start':
      return `${key} is not after the first delivery (${formatDate(notice.start, LOCALE)}); using ${formatDate(notice.used, LOCALE)}.`;
    case 'start-not-before-end':
      return `${key} is not before the date of the count (${formatDate(notice.end, LOCALE)}); using ${formatDate(notice.used, LOCALE)}.`;
    case 'unknown-option':
      return `${key} is not one of the options; using “${notice.used}”.`;
    case 'range-refused':
      return `${key} is not a range from low to high above 0; using ${formatValue(notice.used)}.`;
    case 'unknown-version':
      return `${key} names a link version this calculator does not know; reading it as the newest it knows.`;
  }
}
