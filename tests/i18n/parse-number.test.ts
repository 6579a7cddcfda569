/**
 * Invariants: a number typed as a person writes it in their locale reads as that number (grouping
 * separators and spaces ignored, the locale's decimal sign accepted); anything else is refused with
 * a reason, `empty` for nothing typed and `not-a-number` for the rest; it never throws and never
 * returns NaN or ±Infinity as a value.
 */
import { parseTypedNumber } from '../../src/i18n/parse-number';

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
