/**
 * The tornado's words in each language, about Shin's February 2024 statement (the default):
 * 3,001,600 shells at 10,000 a day = 9.9 months; the mix, 0–100% rockets, moves it most (9.9 to
 * 0.0 months); each row says what its span is: the statement's hedge as we read it, the published
 * conversions, the mix it allows, the published working share or rates.
 */
import { doubtAbout } from '../../src/facts/doubt';
import { DEFAULT_INPUTS, PRESETS } from '../../src/facts/presets';
import {
  basisText,
  endsText,
  leadSentence,
  rowSpanText,
  valueText,
} from '../../src/features/sensitivity/tornado-words';
import { SWING_KEYS } from '../../src/model/inputs';
import { monthsSwings, type SwingSpans } from '../../src/model/sensitivity';
import { MESSAGES } from '../language-on-screen';

/** Intl groups Ukrainian digits with no-break spaces; the expected texts here use plain ones. */
const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');

const doubt = doubtAbout('shin-2024-02');
const spans = Object.fromEntries(SWING_KEYS.map((key) => [key, doubt[key].interval])) as SwingSpans;
const defaults = monthsSwings(DEFAULT_INPUTS, {}, spans);
const swingOf = (key: string) => {
  const swing = defaults.swings.find((candidate) => candidate.key === key);
  if (!swing) throw new Error(`${key} should be varied`);
  return swing;
};
const words = (lang: 'en' | 'ko' | 'uk') => MESSAGES[lang].later;

describe(valueText, () => {
  it.each([
    { key: 'share', text: '50%' },
    { key: 'usable', text: '50%' },
    { key: 'rocketShare', text: '50%' },
    { key: 'containers', text: '50' },
    { key: 'perContainer', text: '50' },
    { key: 'daily', text: '50' },
  ] as const)('writes $key 50 as "$text"', ({ key, text }) => {
    expect(valueText(key, 50, 'en')).toBe(text);
  });
});

describe(leadSentence, () => {
  it.each([
    [
      'en',
      'The mix of shells and rockets matters most: from 0% to 100% filled with rockets, months of fire go from 9.9 to 0.0.',
    ],
    [
      'ko',
      '가장 중요한 것은 포탄과 방사포탄의 구성입니다. 방사포탄 0%~100% 사이에서 포격 개월 수가 9.9에서 0.0까지 달라집니다.',
    ],
    [
      'uk',
      'Співвідношення снарядів і реактивних снарядів важить найбільше: у проміжку від 0% до 100% з реактивними снарядами обстріли триватимуть від 9,9 до 0,0 місяця.',
    ],
  ] as const)('names the assumption that matters most in %s', (lang, sentence) => {
    expect(plain(leadSentence(defaults, words(lang).sensitivity, lang))).toBe(sentence);
  });

  it.each([
    ['en', 'None of these assumptions moves months of fire from 0.0.'],
    ['ko', '어느 가정도 포격 개월 수(0.0)를 바꾸지 않습니다.'],
    ['uk', 'Жодне з цих припущень не змінює тривалості обстрілів: 0,0 місяця.'],
  ] as const)('says in %s when nothing moves months of fire', (lang, sentence) => {
    const still = monthsSwings({ ...DEFAULT_INPUTS, share: 0 }, {}, spans);
    expect(leadSentence(still, words(lang).sensitivity, lang)).toBe(sentence);
  });
});

describe(rowSpanText, () => {
  it.each([
    [
      'en',
      '6,030 to 7,370 containers: “about 6,700 containers”, read as a tenth either way (our reading)',
      '8.9 months at 6,030, 10.8 months at 7,370',
    ],
    [
      'ko',
      '컨테이너 6,030~7,370개: "컨테이너 약 6,700개"를 위아래 10% 범위로 읽음(자체 해석)',
      '6,030 기준 8.9개월, 7,370 기준 10.8개월',
    ],
    [
      'uk',
      'від 6 030 до 7 370 контейнерів: «близько 6 700 контейнерів», прочитано як десята частина в обидва боки (наше прочитання)',
      '8,9 місяця при 6 030, 10,8 місяця при 7 370',
    ],
  ] as const)(
    'says in %s that a hedged count is read by its hedge, as ours',
    (lang, span, ends) => {
      const swing = swingOf('containers');
      expect(plain(rowSpanText(swing, doubt.containers, words(lang), lang))).toBe(span);
      expect(plain(endsText(swing, words(lang).sensitivity, lang))).toBe(ends);
    },
  );

  it('credits the conversions, the working share and the mix', () => {
    expect(basisText('perContainer', ...conversions('en'))).toBe(
      'the published conversions to 152 mm shells, from South Korea’s defence minister, December 2023 to South Korean military officials, November 2023 (our divisions)',
    );
    expect(basisText('usable', ...working('ko'))).toBe(
      '절반 작동(우크라이나 국방부 정보총국, 2024년 2월)부터 전부 작동까지',
    );
    expect(basisText('rocketShare', ...mix('uk'))).toBe(
      'від усіх 152-мм снарядів до всіх 122-мм реактивних («це може бути суміш»)',
    );
  });
});

describe(basisText, () => {
  it('words the doubt about every preset in every language, never echoing a missing value', () => {
    for (const preset of PRESETS) {
      const about = doubtAbout(preset.id);
      for (const key of SWING_KEYS) {
        const entry = about[key];
        if (entry.interval === null) continue;
        for (const lang of ['en', 'ko', 'uk'] as const) {
          const text = basisText(key, entry.basis, words(lang), lang);
          expect([preset.id, key, lang, /undefined|NaN|Infinity|^$/.test(text)]).toEqual([
            preset.id,
            key,
            lang,
            false,
          ]);
        }
      }
    }
  });
});

function basisOf(key: 'perContainer' | 'usable' | 'rocketShare') {
  const entry = doubt[key];
  if (entry.interval === null) throw new Error(`${key} should be varied`);
  return entry.basis;
}
const conversions = (lang: 'en' | 'ko' | 'uk') =>
  [basisOf('perContainer'), words(lang), lang] as const;
const working = (lang: 'en' | 'ko' | 'uk') => [basisOf('usable'), words(lang), lang] as const;
const mix = (lang: 'en' | 'ko' | 'uk') => [basisOf('rocketShare'), words(lang), lang] as const;
