/**
 * The tornado's words in each language. Defaults: 3,001,600 shells at 10,000 a day = 9.9 months;
 * containers across 1,000–28,000 give 1.5 to 41.2 months, the largest swing.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { PUBLISHED_SPANS } from '../../src/facts/published-spans';
import { endsText, leadSentence, rowSpanText } from '../../src/features/sensitivity/tornado-words';
import { sensitivity as en } from '../../src/i18n/messages/en/sensitivity';
import { sensitivity as ko } from '../../src/i18n/messages/ko/sensitivity';
import { sensitivity as uk } from '../../src/i18n/messages/uk/sensitivity';
import { monthsSwings } from '../../src/model/sensitivity';

/** Intl groups Ukrainian digits with no-break spaces; the expected texts here use plain ones. */
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');

const defaults = monthsSwings(DEFAULT_INPUTS, {}, PUBLISHED_SPANS);
const usable = defaults.swings.find((swing) => swing.key === 'usable');

describe(leadSentence, () => {
  it.each([
    [
      'en',
      en,
      'The number of containers matters most: from 1,000 to 28,000 containers, months of fire go from 1.5 to 41.2.',
    ],
    [
      'ko',
      ko,
      '가장 중요한 것은 컨테이너 수입니다. 컨테이너 1,000~28,000개 사이에서 포격 개월 수가 1.5에서 41.2까지 달라집니다.',
    ],
    [
      'uk',
      uk,
      'Кількість контейнерів важить найбільше: у проміжку від 1 000 до 28 000 контейнерів обстріли триватимуть від 1,5 до 41,2 місяця.',
    ],
  ] as const)('names the assumption that matters most in %s', (lang, words, sentence) => {
    expect(plain(leadSentence(defaults, words, lang))).toBe(sentence);
  });

  it.each([
    ['en', en, 'None of these assumptions moves months of fire from 0.0.'],
    ['ko', ko, '어느 가정도 포격 개월 수(0.0)를 바꾸지 않습니다.'],
    ['uk', uk, 'Жодне з цих припущень не змінює тривалості обстрілів: 0,0 місяця.'],
  ] as const)('says in %s when nothing moves months of fire', (lang, words, sentence) => {
    const still = monthsSwings({ ...DEFAULT_INPUTS, share: 0 }, {}, PUBLISHED_SPANS);
    expect(leadSentence(still, words, lang)).toBe(sentence);
  });
});

describe(rowSpanText, () => {
  it.each([
    ['en', en, '50% to 100%, published figures', '4.9 months at 50%, 9.9 months at 100%'],
    ['ko', ko, '50%~100%, 공개된 수치', '50% 기준 4.9개월, 100% 기준 9.9개월'],
    ['uk', uk, 'від 50% до 100%, опубліковані цифри', '4,9 місяця при 50%, 9,9 місяця при 100%'],
  ] as const)('words a row of percentages in %s', (lang, words, span, ends) => {
    if (!usable) throw new Error('The share that works should be varied.');
    expect(rowSpanText(usable, words, lang)).toBe(span);
    expect(endsText(usable, words, lang)).toBe(ends);
  });
});
