/**
 * Why a result cannot be worked out, in each language: the date crossed is written as that
 * language writes dates, and no reason is left unworded.
 */
import { explainResultReason } from '../../src/i18n/explain-result';
import { headline as en } from '../../src/i18n/messages/en/headline';
import { headline as ko } from '../../src/i18n/messages/ko/headline';
import { headline as uk } from '../../src/i18n/messages/uk/headline';
import type { Reason } from '../../src/model/reason';

const AFTER_START: Reason = { kind: 'end-not-after-start', start: '2023-09-13' };

describe(explainResultReason, () => {
  it.each([
    ['en', en, 'Must be after the first delivery (September 13, 2023)'],
    ['ko', ko, '첫 인도일(2023년 9월 13일) 이후여야 합니다'],
    ['uk', uk, 'Має бути після першої поставки (13 вересня 2023 р.)'],
  ] as const)('in %s names the first delivery’s date', (lang, words, text) => {
    expect(explainResultReason(AFTER_START, words.reasons, lang).replace(/\s/g, ' ')).toBe(text);
  });

  it.each<[Reason, string[]]>([
    [
      { kind: 'beyond-calendar' },
      ['Beyond the year 9999', '9999년 이후입니다', 'Пізніше за 9999 рік'],
    ],
    [
      { kind: 'not-a-date' },
      [
        'Not a real date (use YYYY-MM-DD)',
        '실제 날짜가 아닙니다(연-월-일 형식)',
        'Такої дати немає (формат РРРР-ММ-ДД)',
      ],
    ],
    [{ kind: 'empty' }, ['Cannot be worked out', '계산할 수 없습니다', 'Неможливо обчислити']],
  ])('words %o in each language', (reason, [english = '', korean = '', ukrainian = '']) => {
    expect(explainResultReason(reason, en.reasons, 'en')).toBe(english);
    expect(explainResultReason(reason, ko.reasons, 'ko')).toBe(korean);
    expect(explainResultReason(reason, uk.reasons, 'uk')).toBe(ukrainian);
  });
});
