/**
 * Invariants: every reason and every notice has a sentence; a notice's sentence names the
 * parameter by its key (CONTRACT §3) and says what is used instead; a reason's sentence gives the
 * bound or the date that was crossed; and the raw values a link supplies are never repeated (they
 * may be hostile, huge or read "NaN"), while an unknown key is shortened, so that a hostile link
 * cannot flood the page with text.
 */
import { explainReason } from '../../src/i18n/explain';
import { explainNotice as noticeParts } from '../../src/i18n/explain-notice';
import { later as en } from '../../src/i18n/messages/en/later';
import { later as ko } from '../../src/i18n/messages/ko/later';
import { later as uk } from '../../src/i18n/messages/uk/later';
import type { Reason } from '../../src/model/reason';
import type { Notice } from '../../src/url/notice';

const CATALOGUES = { en, ko, uk } as const;

/** A notice as read: its pieces joined, the key as plain text. */
function sentenceOf(notice: Notice, lang: keyof typeof CATALOGUES = 'en'): string {
  return noticeParts(notice, CATALOGUES[lang].notices, lang)
    .map((part) => (typeof part === 'string' ? part : part.code))
    .join('');
}

const explainNotice = (notice: Notice) => sentenceOf(notice);

describe(explainReason, () => {
  // Every kind of Reason, with what its sentence must mention.
  const reasons: { reason: Reason; mentions: string }[] = [
    { reason: { kind: 'empty' }, mentions: 'number' },
    { reason: { kind: 'not-a-number' }, mentions: 'number' },
    { reason: { kind: 'below-min', min: 1 }, mentions: '1' },
    { reason: { kind: 'above-max', max: 1_000_000 }, mentions: '1,000,000' },
    { reason: { kind: 'not-a-date' }, mentions: 'YYYY-MM-DD' },
    {
      reason: { kind: 'end-not-after-start', start: '2023-09-13' },
      mentions: 'September 13, 2023',
    },
    { reason: { kind: 'start-not-before-end', end: '2024-02-26' }, mentions: 'February 26, 2024' },
    { reason: { kind: 'beyond-calendar' }, mentions: '9999' },
  ];

  it.each(reasons)('explains $reason.kind, mentioning "$mentions"', ({ reason, mentions }) => {
    expect(explainReason(reason, en.assumptions, 'en')).toContain(mentions);
  });

  it.each([
    { reason: { kind: 'above-max', max: 100 }, text: 'Must be 100 or less' },
    { reason: { kind: 'below-min', min: 100 }, text: 'Must be 100 or more' },
  ] as const)('says "$text"', ({ reason, text }) => {
    expect(explainReason(reason, en.assumptions, 'en')).toBe(text);
  });
});

describe(explainNotice, () => {
  // Every kind of Notice, with what its sentence must mention besides its key.
  const notices: { notice: Notice; mentions: string }[] = [
    { notice: { kind: 'unknown-key', key: 'colour' }, mentions: 'colour' },
    { notice: { kind: 'duplicate-key', key: 'containers', used: '10000' }, mentions: 'first' },
    {
      notice: { kind: 'not-a-number', key: 'daily', raw: 'abc', used: 10_000 },
      mentions: '10,000',
    },
    {
      notice: { kind: 'clamped', key: 'share', raw: '120', used: 100, bound: 'max' },
      mentions: '100',
    },
    {
      notice: { kind: 'not-a-date', key: 'start', raw: '2023-02-30', used: '2023-09-13' },
      mentions: 'September 13, 2023',
    },
    {
      notice: {
        kind: 'end-not-after-start',
        key: 'end',
        raw: '2020-01-01',
        used: '2024-02-26',
        start: '2023-09-13',
      },
      mentions: 'February 26, 2024',
    },
    {
      notice: {
        kind: 'start-not-before-end',
        key: 'start',
        raw: '2025-01-01',
        used: '2023-09-13',
        end: '2024-02-26',
      },
      mentions: 'September 13, 2023',
    },
    {
      notice: { kind: 'unknown-option', key: 'theme', raw: 'neon', used: 'auto' },
      mentions: '“auto”',
    },
    { notice: { kind: 'unknown-version', key: 'v', raw: '3' }, mentions: 'newest' },
  ];

  it.each(notices)(
    'explains $notice.kind, naming "$notice.key" and mentioning "$mentions"',
    ({ notice, mentions }) => {
      const sentence = explainNotice(notice);
      expect(sentence).toContain(notice.key);
      expect(sentence).toContain(mentions);
      expect(sentence).not.toMatch(/NaN|Infinity|undefined/);
    },
  );

  it('words daily=abc with its key and the value used', () => {
    const notice: Notice = { kind: 'not-a-number', key: 'daily', raw: 'abc', used: 10_000 };
    expect(explainNotice(notice)).toBe('“daily” is not a number; using 10,000.');
  });

  it('words a clamped number with the bound it used', () => {
    const notice: Notice = { kind: 'clamped', key: 'daily', raw: '0', used: 1, bound: 'min' };
    expect(explainNotice(notice)).toBe('“daily” is below the lowest allowed value; using 1.');
  });

  describe('values a link supplies', () => {
    const long = '9'.repeat(5_000);

    it.each<Notice>([
      { kind: 'not-a-number', key: 'containers', raw: `${long}x`, used: 6_700 },
      { kind: 'clamped', key: 'containers', raw: long, used: 1_000_000, bound: 'max' },
      { kind: 'not-a-date', key: 'start', raw: long, used: '2023-09-13' },
      { kind: 'unknown-option', key: 'lang', raw: long, used: 'en' },
      { kind: 'unknown-version', key: 'v', raw: long },
      { kind: 'duplicate-key', key: 'containers', used: long },
    ])('are not echoed in a $kind notice', (notice) => {
      const sentence = explainNotice(notice);
      expect(sentence).not.toContain('9'.repeat(9));
      expect(sentence.length).toBeLessThan(200);
    });

    it.each([
      ['compare: -Infinity', 'compare: -…'],
      ['NaN', '…'],
      ['undefined', '…'],
      ['compare: nan', 'compare: …'],
      ['xInfinityxxxxxxxxxxxxxxxxxxxx', 'x…xxxxxxxxxxx…'],
    ])('never prints NaN, Infinity or undefined, even as a key: %s', (key, shown) => {
      for (const lang of ['en', 'ko', 'uk'] as const) {
        const sentence = sentenceOf({ kind: 'unknown-key', key }, lang);
        expect(sentence).toContain(shown);
        expect(sentence).not.toMatch(/NaN|Infinity|undefined/i);
      }
    });

    it('shortens a long unknown key to 20 characters and an ellipsis', () => {
      const sentence = explainNotice({ kind: 'unknown-key', key: long });
      expect(sentence).toContain(`“${'9'.repeat(20)}…”`);
      expect(sentence).not.toContain('9'.repeat(21));
    });

    it('keeps a key of up to 24 characters whole', () => {
      const key = 'x'.repeat(24);
      expect(explainNotice({ kind: 'unknown-key', key })).toContain(`“${key}”`);
    });

    it.each(['NaN', 'Infinity', 'undefined', '<script>alert(1)</script>'])(
      'never repeats a raw value such as %s',
      (raw) => {
        const notice: Notice = { kind: 'not-a-number', key: 'daily', raw, used: 10_000 };
        expect(explainNotice(notice)).not.toContain(raw);
      },
    );
  });
});

describe('in Korean and Ukrainian', () => {
  const reasons: Reason[] = [
    { kind: 'empty' },
    { kind: 'not-a-number' },
    { kind: 'misplaced-grouping', decimal: ',' },
    { kind: 'below-min', min: 1 },
    { kind: 'above-max', max: 1_000_000 },
    { kind: 'not-a-date' },
    { kind: 'end-not-after-start', start: '2023-09-13' },
    { kind: 'start-not-before-end', end: '2024-02-26' },
    { kind: 'beyond-calendar' },
    { kind: 'range-not-positive' },
    { kind: 'range-not-increasing' },
    { kind: 'expected-range' },
    { kind: 'expected-number' },
  ];

  it.each(['ko', 'uk'] as const)('%s words every reason without English', (lang) => {
    for (const reason of reasons) {
      const text = explainReason(reason, CATALOGUES[lang].assumptions, lang);
      expect(text, reason.kind).not.toMatch(/[A-Za-z]{2}/);
      expect(text).not.toBe(explainReason(reason, en.assumptions, 'en'));
    }
  });

  it.each([
    ['ko', { kind: 'above-max', max: 1_000_000 }, '1,000,000 이하여야 합니다'],
    ['uk', { kind: 'above-max', max: 1_000_000 }, 'Має бути не більше 1\u00a0000\u00a0000'],
    ['uk', { kind: 'end-not-after-start', start: '2023-09-13' }, '13 вересня 2023'],
    ['ko', { kind: 'end-not-after-start', start: '2023-09-13' }, '2023년 9월 13일'],
  ] as const)('%s: %o mentions "%s"', (lang, reason, text) => {
    expect(explainReason(reason, CATALOGUES[lang].assumptions, lang)).toContain(text);
  });

  it.each([
    ['ko', 'daily 값이 숫자가 아닙니다. 사용한 값: 10,000.'],
    ['uk', 'daily — не число; використано 10\u00a0000.'],
  ] as const)('%s words daily=abc with the key as typed', (lang, text) => {
    const notice: Notice = { kind: 'not-a-number', key: 'daily', raw: 'abc', used: 10_000 };
    expect(sentenceOf(notice, lang)).toBe(text);
    expect(noticeParts(notice, CATALOGUES[lang].notices, lang)[0]).toEqual({ code: 'daily' });
  });

  it('gives an unknown option as typed, apart from the words', () => {
    const notice: Notice = { kind: 'unknown-option', key: 'theme', raw: 'neon', used: 'auto' };
    const parts = noticeParts(notice, uk.notices, 'uk');
    expect(parts).toContainEqual({ code: 'theme' });
    expect(parts).toContainEqual({ code: 'auto' });
    const words = parts.filter((part) => typeof part === 'string').join('');
    expect(words).not.toMatch(/[A-Za-z]/);
  });
});
