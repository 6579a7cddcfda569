import { fail, ok, type Outcome } from '../model/reason';

const separatorsByLocale = new Map<string, { group: string; decimal: string }>();

/** The locale's grouping and decimal signs, worked out once per locale (Intl is slow to set up). */
function separators(locale: string): { group: string; decimal: string } {
  let found = separatorsByLocale.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    found = {
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    };
    separatorsByLocale.set(locale, found);
  }
  return found;
}

const SPACES = /[\s\u00a0\u202f]/g;

/** A trailing percent sign, half or full width, on a field that takes a percentage. */
const PERCENT = /[%％]$/;

/**
 * The same sign (`.` or `,`) between groups of three digits, twice or more: "1.500.000" can only
 * be grouping, whatever the locale's own signs.
 */
const FOREIGN_GROUPING = /^[+\-\u2212]?\d{1,3}([.,])\d{3}(?:\1\d{3})+$/;

/** A number in plain digits in the locale, without units: the last step of every reading. */
function parsePlain(normalText: string, locale: string): Outcome<number> {
  const { group, decimal } = separators(locale);
  let normal = normalText;
  if (FOREIGN_GROUPING.test(normal)) normal = normal.replace(/[.,]/g, '');
  // Grouping must fall every three digits: "6,700" is 6700, but "1,5" is a misplaced decimal, not 15.
  const integerPart = normal.split(decimal)[0] ?? '';
  if (group !== decimal && integerPart.includes(group)) {
    const [head = '', ...rest] = integerPart.replace(/^[+\-\u2212]/, '').split(group);
    if (!/^\d{1,3}$/.test(head) || rest.some((part) => !/^\d{3}$/.test(part))) {
      return fail({ kind: 'misplaced-grouping', decimal });
    }
  }
  if (group !== decimal) normal = normal.split(group).join('');
  normal = normal.replace(decimal, '.').replace(/^\u2212/, '-');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normal))
    return fail({ kind: 'not-a-number' });
  const value = Number(normal);
  return Number.isFinite(value) ? ok(value) : fail({ kind: 'not-a-number' });
}

/** Korean's number units: 십 10, 백 100 and 천 1,000 inside a group of four digits; 만, 억, 조 the groups. */
const SMALL_UNITS: Readonly<Record<string, number>> = { 십: 10, 백: 100, 천: 1_000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const UNIT = /([십백천만억조])/;

/**
 * A number written with Korean units, as Korean writes counts: "1만" 10,000, "1만 3천" 13,000,
 * "3천" 3,000, "1.5만" 15,000, "3천만" 30,000,000, "1억" 100,000,000. Units go from the largest
 * down; the figures between them are read in the locale.
 */
function parseKoreanUnits(normal: string, locale: string): Outcome<number> {
  const sign = /^[-\u2212]/.test(normal) ? -1 : 1;
  const pieces = normal.replace(/^[+\-\u2212]/, '').split(UNIT);
  let total = 0;
  let group = 0;
  let lastBig = Infinity;
  let lastSmall = Infinity;
  for (let index = 0; index < pieces.length; index += 2) {
    const figureText = pieces[index] ?? '';
    const unit = pieces[index + 1];
    let figure: number | null = null;
    if (figureText !== '') {
      const read = parsePlain(figureText, locale);
      if (!read.ok) return read;
      if (read.value < 0) return fail({ kind: 'not-a-number' });
      figure = read.value;
    }
    if (unit === undefined) {
      group += figure ?? 0;
    } else if (unit in SMALL_UNITS) {
      const size = SMALL_UNITS[unit] ?? 1;
      if (size >= lastSmall) return fail({ kind: 'not-a-number' });
      lastSmall = size;
      group += (figure ?? 1) * size;
    } else {
      const size = BIG_UNITS[unit] ?? 1;
      if (size >= lastBig) return fail({ kind: 'not-a-number' });
      lastBig = size;
      lastSmall = Infinity;
      const count = group + (figure ?? 0);
      total += (count === 0 ? 1 : count) * size;
      group = 0;
    }
  }
  const value = sign * (total + group);
  return Number.isFinite(value) ? ok(value) : fail({ kind: 'not-a-number' });
}

export interface TypedNumberOptions {
  /** The field takes a percentage: a trailing `%` is allowed ("50%"). */
  percent?: boolean;
}

/**
 * Reads a number typed by a person in a locale: grouping separators and spaces are ignored, the
 * locale's decimal sign is accepted, Korean units are understood in any language, and a trailing
 * `%` where the field is a percentage. `parseTypedNumber('6,700', 'en')` → 6700;
 * `parseTypedNumber('43,56', 'uk')` → 43.56; `parseTypedNumber('1만 3천', 'ko')` → 13000;
 * `parseTypedNumber('50%', 'en', { percent: true })` → 50; `parseTypedNumber('abc', 'en')` → not a number.
 */
export function parseTypedNumber(
  text: string,
  locale: string,
  options: TypedNumberOptions = {},
): Outcome<number> {
  let trimmed = text.trim();
  if (options.percent === true) trimmed = trimmed.replace(PERCENT, '').trim();
  if (trimmed === '') return fail({ kind: 'empty' });
  const normal = trimmed.replace(SPACES, '');
  return UNIT.test(normal) ? parseKoreanUnits(normal, locale) : parsePlain(normal, locale);
}

/**
 * Whether text is a number still being typed: a sign alone, or a last character that a number
 * cannot end with (a decimal or grouping sign, an exponent's `e` or its sign). Such text is not
 * taken while it is typed. `isUnfinished('1.')` → true; `isUnfinished('6,')` → true;
 * `isUnfinished('6,700')` → false.
 */
export function isUnfinished(text: string): boolean {
  const normal = text.trim().replace(SPACES, '');
  return /^[+\-\u2212]$/.test(normal) || /\d(?:[.,]|[eE][+-]?)$/.test(normal);
}

/**
 * The other reading of a number whose one sign could be a decimal point or a thousands separator,
 * where the locale read it as a decimal: "10.000" is 10 in English and might be ten thousand as
 * much of Europe writes it; "10,000" is 10 in Ukrainian. Null when the text is not ambiguous.
 * `otherReading('10.000', 'en')` → 10000; `otherReading('10,000', 'uk')` → 10000;
 * `otherReading('10,000', 'en')` → null (English groups with a comma).
 */
export function otherReading(
  text: string,
  locale: string,
  options: TypedNumberOptions = {},
): number | null {
  let normal = text.trim();
  if (options.percent === true) normal = normal.replace(PERCENT, '');
  normal = normal.replace(SPACES, '');
  if (!/^[+\-\u2212]?[1-9]\d{0,2}[.,]\d{3}$/.test(normal)) return null;
  const read = parseTypedNumber(normal, locale);
  const grouped = Number(normal.replace(/[.,]/, '').replace(/^\u2212/, '-'));
  return read.ok && read.value !== grouped ? grouped : null;
}
