/**
 * The tornado's words in the language on screen, as pure functions of the swings, the
 * `sensitivity` messages (`words`) and the language (`lang`, for Intl).
 */
import type { LaterMessages } from '../../i18n/catalogue';
import { formatExact, formatFixed, formatPercent } from '../../i18n/format';
import type { Interval } from '../../model/ranges';
import type { Sensitivity, Swing, SwingKey } from '../../model/sensitivity';
import type { Lang } from '../../url/view-options';

export type SensitivityWords = LaterMessages['sensitivity'];

/** A value of an assumption: `valueText('usable', 50, 'en')` → "50%"; containers → "1,000". */
export function valueText(key: SwingKey, value: number, lang: Lang): string {
  return key === 'share' || key === 'usable'
    ? formatPercent(value, lang)
    : formatExact(value, lang);
}

/** Months of fire, to one decimal: 9.862 → "9.9" (en), "9,9" (uk). */
export function monthsText(months: number, lang: Lang): string {
  return formatFixed(months, lang, 1);
}

/** A span tried: "1,000 to 28,000 containers". */
function spanText(
  key: SwingKey,
  { low, high }: Interval,
  words: SensitivityWords,
  lang: Lang,
): string {
  return words.spans[key](high, valueText(key, low, lang), valueText(key, high, lang));
}

/** The one sentence naming the assumption that matters most, or null when nothing was varied. */
export function leadSentence(
  { months, swings }: Sensitivity,
  words: SensitivityWords,
  lang: Lang,
): string | null {
  const top = swings[0];
  if (!top) return null;
  if (top.monthsAtLow === top.monthsAtHigh) return words.noneMoves(monthsText(months, lang));
  return words.lead(
    words.subjects[top.key],
    spanText(top.key, top.interval, words, lang),
    monthsText(top.monthsAtLow, lang),
    monthsText(top.monthsAtHigh, lang),
  );
}

/** A row's span and where it comes from: "266 to 480 shells a container, published figures". */
export function rowSpanText(swing: Swing, words: SensitivityWords, lang: Lang): string {
  const span = spanText(swing.key, swing.interval, words, lang);
  return swing.source === 'range' ? words.spanFrom.range(span) : words.spanFrom.published(span);
}

/** A row read out: "1.5 months at 1,000, 41.2 months at 28,000". */
export function endsText(
  { key, interval, monthsAtLow, monthsAtHigh }: Swing,
  words: SensitivityWords,
  lang: Lang,
): string {
  return words.ends(
    monthsText(monthsAtLow, lang),
    valueText(key, interval.low, lang),
    monthsText(monthsAtHigh, lang),
    valueText(key, interval.high, lang),
  );
}
