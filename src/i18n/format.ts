/**
 * Number and date formatting for display, all through Intl. Display is rounded honestly: a figure
 * built from "about 6,700 containers" gets two significant digits; the exact value is kept for
 * `data-value` and for the hover/focus detail.
 */

// Building an Intl formatter costs about a millisecond on a slow phone, formatting with one a few
// microseconds: each is made once per locale and options, and kept.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  locale: string,
  options: object,
  make: () => T,
): T {
  const id = `${kind}|${locale}|${JSON.stringify(options)}`;
  const found = cache.get(id) as T | undefined;
  if (found) return found;
  const made = make();
  cache.set(id, made);
  return made;
}

/** A cached Intl.NumberFormat: `numberFormat('en', {}).format(6700)` → "6,700". */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** A cached Intl.DateTimeFormat for these options. */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/**
 * How each language writes a compact number in running text: English spells out "4.8 million",
 * Korean's 만/억 are the same either way ("480만"), Ukrainian newsrooms abbreviate ("4,8 млн").
 */
function compactDisplay(locale: string): 'long' | 'short' {
  return locale.startsWith('en') ? 'long' : 'short';
}

/**
 * Two significant digits, in words from a million up: 3,001,600 → "3.0 million" (en), "300만"
 * (ko), "3,0 млн" (uk); 8,710 → "8,700".
 */
export function formatApprox(value: number, locale: string): string {
  // Compare after rounding, so 999,999 reads "1.0 million" like a million does.
  if (Math.abs(Number(value.toPrecision(2))) >= 1_000_000) {
    return numberFormat(locale, {
      notation: 'compact',
      compactDisplay: compactDisplay(locale),
      minimumSignificantDigits: 2,
      maximumSignificantDigits: 2,
    }).format(value);
  }
  return numberFormat(locale, { maximumSignificantDigits: 2 }).format(value);
}

/** An axis tick: round numbers stay round, in words from a million: 3e6 → "3 million", 0 → "0". */
export function formatAxisTick(value: number, locale: string): string {
  return numberFormat(locale, {
    notation: 'compact',
    compactDisplay: Math.abs(value) >= 1_000_000 ? compactDisplay(locale) : 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** Every digit that matters, grouped: 3001600 → "3,001,600"; 300.16 → "300.16". */
export function formatExact(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

/** A fixed number of decimals: `formatFixed(9.862, 'en', 1)` → "9.9". */
export function formatFixed(value: number, locale: string, decimals: number): string {
  return numberFormat(locale, {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A plain number as typed back into a field: 6700 → "6,700"; 43.56 → "43.56". */
export function formatInput(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 6 }).format(value);
}

/** A percentage given in percent: 180.8 → "181%". */
export function formatPercent(percent: number, locale: string): string {
  return numberFormat(locale, {
    style: 'percent',
    maximumSignificantDigits: percent >= 100 ? 3 : 2,
  }).format(percent / 100);
}

/**
 * How each language writes a number of tonnes (Intl has no tonne unit): "19.5 t", "19.5톤"; a
 * no-break space keeps the unit on the number's line.
 */
const TONNES: Record<string, (amount: string) => string> = {
  en: (amount) => `${amount}\u00a0t`,
  ko: (amount) => `${amount}톤`,
  uk: (amount) => `${amount}\u00a0т`,
};

/** Kilograms as tonnes: 19514.88 → "19.5 t" (en), "19.5톤" (ko), "19,5 т" (uk). */
export function formatTonnes(kg: number, locale: string): string {
  const amount = numberFormat(locale, { maximumFractionDigits: 1 }).format(kg / 1000);
  return (TONNES[locale.split('-')[0] ?? 'en'] ?? TONNES.en ?? String)(amount);
}

/**
 * How every date is written, in every language: one style per language, so that a page never
 * mixes "Feb 26, 2024" with "February 26, 2024" (or "26 лют. 2024 р." with "26 лютого 2024 р.").
 * The long style is each language's newspaper style: "2024년 2월 26일", not "2024. 2. 26.".
 */
export const DATE_OPTIONS: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };

/**
 * An ISO date in words, read as a UTC calendar date, in the language's one style:
 * "2024-07-09" → "July 9, 2024" (en), "2024년 7월 9일" (ko), "9 липня 2024 р." (uk).
 */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, DATE_OPTIONS).format(date);
}

/** A month and year: "2024-07-09" → "Jul 2024". */
export function formatMonthYear(iso: string, locale: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return dateFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Picks the word for a count: `plural(1, 'en', { one: 'day', other: 'days' })` → "day". */
export function plural(
  count: number,
  locale: string,
  forms: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
): string {
  const rule = cached('plural', locale, {}, () => new Intl.PluralRules(locale)).select(count);
  return forms[rule] ?? forms.other;
}
