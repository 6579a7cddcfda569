/**
 * Ranges in words, through Intl's `formatRange`: for inputs and results that are 90% ranges.
 * Apart from `format.ts`, so that pages without ranges do not load them.
 */
import { DATE_OPTIONS, dateFormat, numberFormat } from './format';

/**
 * A 90% range rounded and worded as `formatApprox` words one number: (2.9e6, 5.8e6) →
 * "2.9–5.8 million" (en), "290만 ~ 580만" (ko), "2,9–5,8 млн" (uk).
 */
export function formatApproxRange(low: number, high: number, locale: string): string {
  const words = Math.abs(Number(high.toPrecision(2))) >= 1_000_000;
  return numberFormat(
    locale,
    words
      ? {
          notation: 'compact',
          // As `formatApprox`: English spells "million" out, Ukrainian newsrooms write "млн".
          compactDisplay: locale.startsWith('en') ? 'long' : 'short',
          minimumSignificantDigits: 2,
          maximumSignificantDigits: 2,
        }
      : { maximumSignificantDigits: 2 },
  ).formatRange(low, high);
}

/** A range as typed back into a field: (6700, 13000) → "6,700–13,000". */
export function formatInputRange(low: number, high: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 6 }).formatRange(low, high);
}

/** Two ISO dates as one range in words: ("2024-06-01", "2024-09-30") → "June 1 – September 30, 2024". */
export function formatDateRange(from: string, to: string, locale: string): string {
  const [start, end] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${from} – ${to}`;
  return dateFormat(locale, DATE_OPTIONS).formatRange(start, end);
}
