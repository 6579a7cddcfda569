/**
 * Invariants: a number typed as a person writes it in their locale reads as that number (grouping
 * separators and spaces ignored, the locale's decimal sign accepted); anything else is refused with
 * a reason, `empty` for nothing typed and `not-a-number` for the rest; it never throws and never
 * returns NaN or ±Infinity as a value.
 */
import { isUnfinished, otherReading, parseTypedNumber } from '../../src/i18n/parse-number';

/** U+00A0 NO-BREAK SPACE and U+202F NARROW NO-BREAK SPACE, the group separators of many locales. */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe(parseTypedNumber, () => {
  it.each([
    { text: '6700', locale: 'en', value: 6_700 },
    { text: '6,700', locale: 'en', value: 6_700 },
    { text: '1,000,000', locale: 'en', value: 1_000_000 },
    { text: ' 43.56 ', locale: 'en', value: 43.56 },
    { text: '1e6', locale: 'en', value: 1_000_000 },
    { text: '2.5E-1', locale: 'en', value: 0.25 },
    { text: '.5', locale: 'en', value: 0.5 },
    { text: '5.', locale: 'en', value: 5 },
    { text: '-5', locale: 'en', value: -5 },
    { text: '+5', locale: 'en', value: 5 },
    { text: '\u22125', locale: 'en', value: -5 },
    { text: '10 000', locale: 'en', value: 10_000 },
    { text: '43,56', locale: 'uk', value: 43.56 },
    { text: '43.56', locale: 'uk', value: 43.56 },
    { text: `1${NNBSP}000`, locale: 'uk', value: 1_000 },
    { text: `6${NBSP}700,5`, locale: 'uk', value: 6_700.5 },
    { text: '6,700', locale: 'ko', value: 6_700 },
    { text: '43.56', locale: 'ko', value: 43.56 },
    { text: '6 700', locale: 'uk', value: 6_700 },
    { text: `6${NNBSP}700`, locale: 'uk', value: 6_700 },
    { text: '6700', locale: 'uk', value: 6_700 },
    { text: `1${NBSP}000${NBSP}000`, locale: 'uk', value: 1_000_000 },
  ])('reads "$text" in $locale as $value', ({ text, locale, value }) => {
    expect(parseTypedNumber(text, locale)).toEqual({ ok: true, value });
  });

  it.each(['', ' ', '\t', NBSP])('reads %j as empty', (text) => {
    expect(parseTypedNumber(text, 'en')).toEqual({ ok: false, reason: { kind: 'empty' } });
  });

  it.each([
    'abc',
    '1.2.3',
    '12abc',
    'NaN',
    'Infinity',
    '-Infinity',
    '0x10',
    '1e',
    '1e400',
    '-1e400',
    '--5',
    '5-',
    '١٠٠٠',
    '１０００',
  ])('refuses "%s" as not a number', (text) => {
    expect(parseTypedNumber(text, 'en')).toEqual({ ok: false, reason: { kind: 'not-a-number' } });
  });

  it('refuses an English number with a decimal point and a comma in Ukrainian', () => {
    // in uk, "," is the decimal sign, so "1,000.5" has two decimal signs
    expect(parseTypedNumber('1,000.5', 'uk')).toEqual({
      ok: false,
      reason: { kind: 'not-a-number' },
    });
  });

  it.each(['1,5', '12,34', '1,0000', ',500', '6,70,0', '1,000,00.5'])(
    'refuses "%s", whose comma cannot group thousands, and says how to write decimals',
    (text) => {
      expect(parseTypedNumber(text, 'en')).toEqual({
        ok: false,
        reason: { kind: 'misplaced-grouping', decimal: '.' },
      });
    },
  );

  it.each([
    ['6,700', 6_700],
    ['-6,700', -6_700],
    ['1,000,000', 1_000_000],
    ['1,234.5', 1_234.5],
  ])('reads "%s", grouped every three digits, as %d', (text, value) => {
    expect(parseTypedNumber(text, 'en')).toEqual({ ok: true, value });
  });

  it('never throws on hostile text', () => {
    for (const text of ['<script>', '%', '\u0000', 'x'.repeat(10_000), '9'.repeat(5_000)]) {
      expect(() => parseTypedNumber(text, 'en')).not.toThrow();
    }
  });
});

describe('a pasted wall of digits', () => {
  it('is refused in linear time, not after seconds of backtracking', () => {
    // 100,000 digits and a stray letter took the old pattern (`\d+\.?\d*`) tens of seconds.
    const text = `${'9'.repeat(100_000)}x`;
    const started = performance.now();
    const read = parseTypedNumber(text, 'en');
    const elapsed = performance.now() - started;
    expect(read).toEqual({ ok: false, reason: { kind: 'not-a-number' } });
    expect(elapsed).toBeLessThan(250);
  });
});

const LANGS = ['en', 'ko', 'uk'] as const;

describe('Korean units, in every language', () => {
  it.each(
    LANGS.flatMap((locale) =>
      [
        ['1만', 10_000],
        ['1만 3천', 13_000],
        ['3천', 3_000],
        ['1억', 100_000_000],
        ['만', 10_000],
        ['2만5천', 25_000],
        ['3천만', 30_000_000],
        ['1억 2천만', 120_000_000],
        ['4만 4천 5백', 44_500],
        ['1천2백3십4', 1_234],
        ['-1만', -10_000],
      ].map(([text, value]) => ({ locale, text, value })),
    ),
  )('$locale: "$text" is $value', ({ locale, text, value }) => {
    expect(parseTypedNumber(String(text), locale)).toEqual({ ok: true, value });
  });

  it.each([
    { locale: 'en', text: '1.5만', value: 15_000 },
    { locale: 'ko', text: '1.5만', value: 15_000 },
    { locale: 'uk', text: '1,5만', value: 15_000 },
    { locale: 'ko', text: '1,000만', value: 10_000_000 },
  ])('$locale: "$text", a decimal or grouped figure before a unit, is $value', (case_) => {
    expect(parseTypedNumber(case_.text, case_.locale)).toEqual({ ok: true, value: case_.value });
  });

  it.each(['만억', '만만', '3천4천', '1만abc', 'x만', '1만 -3', '백천'])(
    'refuses "%s", units out of order or around no number',
    (text) => {
      expect(parseTypedNumber(text, 'ko')).toEqual({ ok: false, reason: { kind: 'not-a-number' } });
    },
  );
});

describe('a trailing % on a percentage field', () => {
  it.each([
    { locale: 'en', text: '50%', value: 50 },
    { locale: 'ko', text: '50 %', value: 50 },
    { locale: 'uk', text: '42,5 %', value: 42.5 },
    { locale: 'uk', text: '12％', value: 12 },
  ])('$locale: "$text" is $value', ({ locale, text, value }) => {
    expect(parseTypedNumber(text, locale, { percent: true })).toEqual({ ok: true, value });
  });

  it.each(LANGS)('%s: is refused where the field is no percentage, and alone', (locale) => {
    expect(parseTypedNumber('50%', locale)).toEqual({
      ok: false,
      reason: { kind: 'not-a-number' },
    });
    expect(parseTypedNumber('%', locale, { percent: true })).toEqual({
      ok: false,
      reason: { kind: 'empty' },
    });
  });
});

describe('a separator that could be either', () => {
  it.each([
    { locale: 'en', text: '10.000', read: 10, other: 10_000 },
    { locale: 'ko', text: '10.000', read: 10, other: 10_000 },
    { locale: 'uk', text: '10,000', read: 10, other: 10_000 },
    { locale: 'uk', text: '10.000', read: 10, other: 10_000 },
    { locale: 'en', text: '1.500', read: 1.5, other: 1_500 },
    { locale: 'uk', text: '-6,700', read: -6.7, other: -6_700 },
  ])('$locale: "$text" reads as $read, or perhaps $other', ({ locale, text, read, other }) => {
    expect(parseTypedNumber(text, locale)).toEqual({ ok: true, value: read });
    expect(otherReading(text, locale)).toBe(other);
  });

  it.each([
    { locale: 'en', text: '10,000' },
    { locale: 'ko', text: '10,000' },
    { locale: 'uk', text: '10 000' },
    { locale: 'en', text: '10.5' },
    { locale: 'en', text: '0.500' },
    { locale: 'uk', text: '1234,567' },
    { locale: 'en', text: 'abc' },
  ])('$locale: "$text" has no other reading', ({ locale, text }) => {
    expect(otherReading(text, locale)).toBeNull();
  });

  it.each([
    { locale: 'en', text: '1.500.000' },
    { locale: 'ko', text: '1.500.000' },
    { locale: 'uk', text: '1,500,000' },
    { locale: 'uk', text: '1.500.000' },
  ])('$locale: "$text", grouped with the same sign twice, can only be 1,500,000', (case_) => {
    expect(parseTypedNumber(case_.text, case_.locale)).toEqual({ ok: true, value: 1_500_000 });
  });
});

describe(isUnfinished, () => {
  it.each(['1.', '6,', '-', '+', '\u2212', '1e', '1e-', '2E+', ' 43, '])(
    '"%s" is unfinished',
    (text) => {
      expect(isUnfinished(text)).toBe(true);
    },
  );

  it.each(['1', '6,700', '43,5', '1e5', '', 'abc', '.', '1만'])('"%s" is not', (text) => {
    expect(isUnfinished(text)).toBe(false);
  });
});
