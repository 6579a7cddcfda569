/**
 * Invariants: a range field reads two numbers, low and high, joined by `..`, a dash (-, – or —), a
 * tilde (~, ～: Korean), "to" or "до" (Ukrainian), each as a person writes numbers in their locale, and takes them only when 0 < low < high ≤
 * the input's maximum; one number alone is refused with a hint (so that a range half typed never
 * turns into an exact value), and a range typed into an exact field is refused with the opposite
 * hint. However long the text, reading it takes linear time: a 100,000-character paste returns in
 * well under 100 ms.
 */
import { readFieldText, readRangeText } from '../../src/store/field-text';
import { CONTRACT_DEFAULTS as DEFAULTS } from '../contract-defaults';

describe(readRangeText, () => {
  it.each([
    { key: 'containers', text: '6,700 – 13,000', low: 6_700, high: 13_000 },
    { key: 'containers', text: '6700..13000', low: 6_700, high: 13_000 },
    { key: 'containers', text: '6700 to 13000', low: 6_700, high: 13_000 },
    { key: 'containers', text: '6700-13000', low: 6_700, high: 13_000 },
    { key: 'containers', text: '6,700—13,000', low: 6_700, high: 13_000 },
    { key: 'containers', text: ' 6,700 TO 13,000 ', low: 6_700, high: 13_000 },
    { key: 'containers', text: '6 700 - 13 000', low: 6_700, high: 13_000 },
    { key: 'containers', text: '1e3..1e4', low: 1_000, high: 10_000 },
    { key: 'containers', text: '1 – 1,000,000', low: 1, high: 1_000_000 },
    { key: 'perContainer', text: '266..367', low: 266, high: 367 },
    { key: 'perContainer', text: '266.5 – 367.25', low: 266.5, high: 367.25 },
    { key: 'perContainer', text: '.5-1', low: 0.5, high: 1 },
    { key: 'daily', text: '5,000 to 20,000', low: 5_000, high: 20_000 },
  ] as const)('reads $key "$text" as $low to $high', ({ key, text, low, high }) => {
    expect(readRangeText(key, text, 'en')).toEqual({ ok: true, value: { low, high } });
  });

  it.each([
    { locale: 'uk', text: '266,5 – 367,25' },
    { locale: 'uk', text: '266,5..367,25' },
    { locale: 'ko', text: '266.5 to 367.25' },
    { locale: 'ko', text: '266.5~367.25' },
    { locale: 'ko', text: '266.5 ～ 367.25' },
    { locale: 'uk', text: '266,5 до 367,25' },
    { locale: 'uk', text: '266,5 ДО 367,25' },
  ])('reads "$text" in $locale with its decimal sign', ({ locale, text }) => {
    expect(readRangeText('perContainer', text, locale)).toEqual({
      ok: true,
      value: { low: 266.5, high: 367.25 },
    });
  });

  it.each([
    { locale: 'uk', text: '6\u00a0700–13\u00a0000' },
    { locale: 'uk', text: '6 700 – 13 000' },
    { locale: 'uk', text: '6\u202f700 до 13\u202f000' },
    { locale: 'ko', text: '6,700~13,000' },
    { locale: 'en', text: '6,700–13,000' },
  ])(
    'reads "$text" in $locale, as Intl writes a range there or a reader types it',
    ({ locale, text }) => {
      expect(readRangeText('containers', text, locale)).toEqual({
        ok: true,
        value: { low: 6_700, high: 13_000 },
      });
    },
  );

  it.each([
    { key: 'containers', text: '6700', reason: { kind: 'expected-range' } },
    { key: 'containers', text: ' 6,700 ', reason: { kind: 'expected-range' } },
    { key: 'daily', text: '-5', reason: { kind: 'expected-range' } },
    { key: 'containers', text: '', reason: { kind: 'empty' } },
    { key: 'containers', text: '6700..', reason: { kind: 'empty' } },
    { key: 'containers', text: '6700 -', reason: { kind: 'empty' } },
    { key: 'containers', text: 'abc', reason: { kind: 'not-a-number' } },
    { key: 'containers', text: 'abc to 13000', reason: { kind: 'not-a-number' } },
    { key: 'containers', text: '6700..abc', reason: { kind: 'not-a-number' } },
    { key: 'containers', text: '6700to13000', reason: { kind: 'not-a-number' } },
    { key: 'containers', text: '1..2..3', reason: { kind: 'not-a-number' } },
    { key: 'containers', text: '1,5..3', reason: { kind: 'misplaced-grouping', decimal: '.' } },
    { key: 'containers', text: '0..13000', reason: { kind: 'range-not-positive' } },
    { key: 'containers', text: '-5..10', reason: { kind: 'range-not-positive' } },
    { key: 'containers', text: '-5-10', reason: { kind: 'range-not-positive' } },
    { key: 'daily', text: '0 to 20,000', reason: { kind: 'range-not-positive' } },
    { key: 'containers', text: '13,000 – 6,700', reason: { kind: 'range-not-increasing' } },
    { key: 'containers', text: '6700..6700', reason: { kind: 'range-not-increasing' } },
    { key: 'perContainer', text: '367 to 266', reason: { kind: 'range-not-increasing' } },
    { key: 'containers', text: '1..2,000,000', reason: { kind: 'above-max', max: 1_000_000 } },
    { key: 'perContainer', text: '266..6000', reason: { kind: 'above-max', max: 5_000 } },
    { key: 'daily', text: '5000-1e7', reason: { kind: 'above-max', max: 1_000_000 } },
  ] as const)('refuses $key "$text": $reason.kind', ({ key, text, reason }) => {
    expect(readRangeText(key, text, 'en')).toEqual({ ok: false, reason });
  });
});

describe(readFieldText, () => {
  it.each([
    { key: 'containers', text: '6,700 to 13,000' },
    { key: 'containers', text: '6700..13000' },
    { key: 'containers', text: '6700-13000' },
    { key: 'containers', text: '6,700 – 13,000' },
    { key: 'perContainer', text: '266..367' },
    { key: 'daily', text: '5000 to 20000' },
  ] as const)('refuses the range "$text" in the exact field $key with a hint', ({ key, text }) => {
    expect(readFieldText(key, text, DEFAULTS, 'en')).toEqual({
      ok: false,
      reason: { kind: 'expected-number' },
    });
  });

  it.each([
    { key: 'containers', text: '6,700', result: { ok: true, value: 6_700 } },
    { key: 'containers', text: '-5', result: { ok: false, reason: { kind: 'below-min', min: 0 } } },
    // Only containers, perContainer and daily can be ranges: elsewhere it is just not a number.
    { key: 'share', text: '10..20', result: { ok: false, reason: { kind: 'not-a-number' } } },
    { key: 'shellKg', text: '40-45', result: { ok: false, reason: { kind: 'not-a-number' } } },
  ] as const)('reads $key "$text" as one number would', ({ key, text, result }) => {
    expect(readFieldText(key, text, DEFAULTS, 'en')).toEqual(result);
  });
});

describe('reading a 100,000-character field', () => {
  const LENGTH = 100_000;
  const texts = [
    { name: 'digits and a stray letter', text: `${'9'.repeat(LENGTH - 1)}x` },
    { name: 'digits', text: '9'.repeat(LENGTH) },
    { name: 'a range with a long high end', text: `6700..${'9'.repeat(LENGTH - 7)}x` },
    { name: 'a range with a long low end', text: `${'9'.repeat(LENGTH - 7)}x..6700` },
    { name: 'grouped digits', text: '1,000'.repeat(LENGTH / 5) },
    { name: 'commas', text: ','.repeat(LENGTH) },
    { name: 'dots', text: '.'.repeat(LENGTH) },
    { name: 'dashes', text: '–'.repeat(LENGTH) },
    { name: 'spaces and a letter', text: `${' '.repeat(LENGTH - 1)}x` },
    { name: '" to " over and over', text: ' to '.repeat(LENGTH / 4) },
    { name: 'spaces before "to" without one after', text: `1${' '.repeat(LENGTH - 4)}to2` },
    { name: 'exponents', text: 'e'.repeat(LENGTH) },
  ];

  beforeAll(() => {
    // Intl sets up the locale's separators once; that is not what is being timed.
    readRangeText('containers', '1..2', 'en');
    readFieldText('containers', '1', DEFAULTS, 'en');
  });

  /** The fastest of three reads, so that a pause of the machine is not taken for backtracking. */
  function fastestMs(read: () => void): number {
    let fastest = Infinity;
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      read();
      fastest = Math.min(fastest, performance.now() - started);
    }
    return fastest;
  }

  it.each(texts)('refuses $name in well under 100 ms', ({ text }) => {
    expect(text).toHaveLength(LENGTH);
    expect(readRangeText('containers', text, 'en').ok).toBe(false);
    expect(readFieldText('containers', text, DEFAULTS, 'en').ok).toBe(false);
    // Backtracking would take seconds here, every time; linear reading takes a few milliseconds.
    expect(fastestMs(() => readRangeText('containers', text, 'en'))).toBeLessThan(100);
    expect(fastestMs(() => readFieldText('containers', text, DEFAULTS, 'en'))).toBeLessThan(100);
  });
});
