/**
 * Invariants: display figures are rounded honestly (two significant digits for approximations,
 * words from a million up), exact figures keep every digit that matters, percentages and tonnes
 * read as a person would write them, and dates are UTC calendar dates, so the day never shifts with
 * the reader's time zone. Expected strings are written out by hand for English (and Ukrainian where
 * the separators differ).
 */
import {
  formatApprox,
  formatDate,
  formatExact,
  formatFixed,
  formatInput,
  formatMonthYear,
  formatPercent,
  formatTonnes,
  plural,
} from '../../src/i18n/format';

describe(formatApprox, () => {
  it.each([
    // 3,001,600 → 3.0016 million → two significant digits: 3.0
    { value: 3_001_600, text: '3.0 million' },
    { value: 4_800_000, text: '4.8 million' },
    // 12,012,000 → 12.012 million → 12
    { value: 12_012_000, text: '12 million' },
    { value: 1_000_000, text: '1.0 million' },
    // 6,700 × 1.3 = 8,710 → 8,700
    { value: 8_710, text: '8,700' },
    // 3,001,600 ÷ 166 = 18,081.9… → 18,000
    { value: 18_081.927, text: '18,000' },
    { value: 300.16, text: '300' },
    { value: 9.8617, text: '9.9' },
    { value: 0, text: '0' },
  ])('$value → "$text"', ({ value, text }) => {
    expect(formatApprox(value, 'en')).toBe(text);
  });

  it.each([
    // 999,999 and 996,000 round to two significant digits as 1,000,000: a million, in words
    { value: 999_999, text: '1.0 million' },
    { value: 996_000, text: '1.0 million' },
  ])('writes $value, which rounds to a million, in words', ({ value, text }) => {
    expect(formatApprox(value, 'en')).toBe(text);
  });
});

describe(formatExact, () => {
  it.each([
    { value: 3_001_600, text: '3,001,600' },
    { value: 300.16, text: '300.16' },
    // 300.16 ÷ 30.436875 = 9.86172… → three decimals at most
    { value: 9.861722, text: '9.862' },
    { value: 19_514.88, text: '19,514.88' },
    { value: 10_000, text: '10,000' },
    { value: 0, text: '0' },
  ])('$value → "$text"', ({ value, text }) => {
    expect(formatExact(value, 'en')).toBe(text);
  });

  it('groups with a no-break space and uses a decimal comma in Ukrainian', () => {
    expect(formatExact(19_514.88, 'uk')).toBe('19\u00a0514,88');
  });
});

describe(formatFixed, () => {
  it.each([
    { value: 9.861722, decimals: 1, text: '9.9' },
    { value: 15.770344, decimals: 1, text: '15.8' },
    { value: 300.16, decimals: 0, text: '300' },
    { value: 0, decimals: 2, text: '0.00' },
    { value: 1_234.5, decimals: 2, text: '1,234.50' },
  ])('$value to $decimals decimals → "$text"', ({ value, decimals, text }) => {
    expect(formatFixed(value, 'en', decimals)).toBe(text);
  });
});

describe(formatInput, () => {
  it.each([
    { value: 6_700, text: '6,700' },
    { value: 43.56, text: '43.56' },
    { value: 0.123456, text: '0.123456' },
  ])('$value → "$text"', ({ value, text }) => {
    expect(formatInput(value, 'en')).toBe(text);
  });
});

describe(formatPercent, () => {
  it.each([
    // 3,001,600 ÷ 166 ÷ 10,000 × 100 = 180.8…% → three significant digits from 100% up
    { percent: 180.8, text: '181%' },
    { percent: 69.25, text: '69%' },
    { percent: 100, text: '100%' },
    { percent: 5.25, text: '5.3%' },
    { percent: 0, text: '0%' },
  ])('$percent → "$text"', ({ percent, text }) => {
    expect(formatPercent(percent, 'en')).toBe(text);
  });
});

describe(formatTonnes, () => {
  it.each([
    // 448 × 43.56 = 19,514.88 kg = 19.51488 t → 19.5 t
    { kg: 19_514.88, text: '19.5 t' },
    // 700 × 43.56 = 30,492 kg → 30.5 t
    { kg: 30_492, text: '30.5 t' },
    { kg: 28_180, text: '28.2 t' },
    { kg: 1_000, text: '1 t' },
    { kg: 0, text: '0 t' },
  ])('$kg kg → "$text"', ({ kg, text }) => {
    // A no-break space holds the unit to its number.
    expect(formatTonnes(kg, 'en')).toBe(text.replace(' ', '\u00a0'));
  });

  it('writes tonnes as Korean and Ukrainian do: "19.5톤", "19,5 т"', () => {
    expect(formatTonnes(19_514.88, 'ko')).toBe('19.5톤');
    expect(formatTonnes(19_514.88, 'uk')).toBe('19,5\u00a0т');
  });
});

describe(formatDate, () => {
  it.each([
    { iso: '2024-07-09', lang: 'en', text: 'July 9, 2024' },
    { iso: '2024-02-29', lang: 'en', text: 'February 29, 2024' },
    { iso: '2023-09-13', lang: 'en', text: 'September 13, 2023' },
    { iso: '2024-01-01', lang: 'en', text: 'January 1, 2024' },
    { iso: '2024-12-31', lang: 'en', text: 'December 31, 2024' },
    { iso: '2024-02-26', lang: 'ko', text: '2024년 2월 26일' },
    { iso: '2023-09-13', lang: 'ko', text: '2023년 9월 13일' },
    { iso: '2024-02-26', lang: 'uk', text: '26 лютого 2024 р.' },
    { iso: '2023-09-13', lang: 'uk', text: '13 вересня 2023 р.' },
  ] as const)('$iso in $lang → "$text": one style per language', ({ iso, lang, text }) => {
    expect(formatDate(iso, lang)).toBe(text);
  });

  it('gives back what it cannot read as a date', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });
});

describe(formatMonthYear, () => {
  it('writes the month and year of a UTC date', () => {
    expect(formatMonthYear('2024-07-09', 'en')).toBe('Jul 2024');
    expect(formatMonthYear('2024-01-01', 'en')).toBe('Jan 2024');
  });
});

describe(plural, () => {
  const days = { one: 'day', other: 'days' };
  const ukDays = { one: 'день', few: 'дні', many: 'днів', other: 'дня' };

  it.each([
    { count: 1, locale: 'en', forms: days, word: 'day' },
    { count: 0, locale: 'en', forms: days, word: 'days' },
    { count: 2, locale: 'en', forms: days, word: 'days' },
    { count: 166, locale: 'en', forms: days, word: 'days' },
    { count: 1, locale: 'uk', forms: ukDays, word: 'день' },
    { count: 21, locale: 'uk', forms: ukDays, word: 'день' },
    { count: 2, locale: 'uk', forms: ukDays, word: 'дні' },
    { count: 5, locale: 'uk', forms: ukDays, word: 'днів' },
    { count: 1.5, locale: 'uk', forms: ukDays, word: 'дня' },
  ])('$count in $locale → "$word"', ({ count, locale, forms, word }) => {
    expect(plural(count, locale, forms)).toBe(word);
  });

  it('falls back to the "other" form when a form is missing', () => {
    expect(plural(2, 'uk', { other: 'днів' })).toBe('днів');
  });
});
