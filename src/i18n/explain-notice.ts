import type { Interval } from '../model/ranges';
import type { Notice } from '../url/notice';
import { formatDate, formatExact } from './format';
import { formatInputRange } from './format-range';
import type { LaterMessages } from './catalogue';

type NoticeWords = LaterMessages['notices'];

/** A notice's sentence in pieces: text, and the link's own words (a key, an option) as typed. */
export type NoticePart = string | { code: string };

/** Stand-ins for the key and the option while the sentence is worded; no one types them. */
const KEY = '\ue000';
const OPTION = '\ue001';

/**
 * Words a notice never prints, whoever typed them: a reader would take them for the page's own
 * failure ("compare: -Infinity" is a key a link can hold).
 */
const NEVER_SHOWN = /NaN|Infinity|undefined/gi;

/**
 * A key as a notice names it: cut so that the notice stays one readable line, and without the
 * words of `NEVER_SHOWN`. `shownKey('compare: -Infinity')` → "compare: -…".
 */
function shownKey(raw: string): string {
  const short = raw.length > 24 ? `${raw.slice(0, 20)}…` : raw;
  return short.replace(NEVER_SHOWN, '…');
}

function formatValue(value: number | string | Interval, lang: string): string {
  if (typeof value === 'number') return formatExact(value, lang);
  return typeof value === 'string' ? value : formatInputRange(value.low, value.high, lang);
}

function sentence(notice: Notice, words: NoticeWords, lang: string): string {
  const date = (iso: string) => formatDate(iso, lang);
  switch (notice.kind) {
    case 'unknown-key':
      return words.unknownKey(KEY);
    case 'duplicate-key':
      return words.duplicateKey(KEY);
    case 'not-a-number':
      return words.notANumber(KEY, formatValue(notice.used, lang));
    case 'clamped':
      return (notice.bound === 'min' ? words.belowMin : words.aboveMax)(
        KEY,
        formatValue(notice.used, lang),
      );
    case 'not-a-date':
      return words.notADate(KEY, date(notice.used));
    case 'end-not-after-start':
      return words.endNotAfterStart(KEY, date(notice.start), date(notice.used));
    case 'start-not-before-end':
      return words.startNotBeforeEnd(KEY, date(notice.end), date(notice.used));
    case 'unknown-option':
      return words.unknownOption(KEY, OPTION);
    case 'range-refused':
      return words.rangeRefused(KEY, formatValue(notice.used, lang));
    case 'unknown-version':
      return words.unknownVersion(KEY);
  }
}

/**
 * A URL notice as one sentence naming the parameter by its key and the value used instead, in
 * pieces so that the key can be shown as typed (never "NaN", "Infinity" or "undefined", which a key
 * may hold). The raw value is not repeated: it may be hostile, huge, or read "NaN". `daily=abc` → [{ code: 'daily' }, ' is not a number; using 10,000.'].
 */
export function explainNotice(notice: Notice, words: NoticeWords, lang: string): NoticePart[] {
  const option = notice.kind === 'unknown-option' ? notice.used : '';
  return sentence(notice, words, lang)
    .split(/([\ue000\ue001])/)
    .filter((part) => part !== '')
    .map((part) =>
      part === KEY ? { code: shownKey(notice.key) } : part === OPTION ? { code: option } : part,
    );
}
