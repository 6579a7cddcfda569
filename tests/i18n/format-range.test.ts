/**
 * A 90% range reads as its language writes one rounded figure: "2.9–5.8 million", "290만 ~ 580만",
 * "2,9–5,8 млн" (as `formatApprox` writes "4.8 million", "480만", "4,8 млн").
 */
import { formatApprox } from '../../src/i18n/format';
import { formatApproxRange, formatDateRange } from '../../src/i18n/format-range';

/** Intl's no-break and thin spaces, read as plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe(formatApproxRange, () => {
  it.each([
    ['en', '2.9–5.8 million'],
    ['ko', '290만 ~ 580만'],
    ['uk', '2,9–5,8 млн'],
  ])('words millions in %s as formatApprox does', (lang, text) => {
    expect(plain(formatApproxRange(2.9e6, 5.8e6, lang))).toBe(text);
    const [unitOfOne] = /[^\d.,\s]+$/.exec(plain(formatApprox(4.8e6, lang))) ?? [''];
    expect(plain(formatApproxRange(2.9e6, 5.8e6, lang)).endsWith(unitOfOne)).toBe(true);
  });

  it('keeps two significant digits below a million', () => {
    expect(formatApproxRange(8_012, 12_499, 'en')).toBe('8,000–12,000');
    expect(plain(formatApproxRange(8_012, 12_499, 'uk'))).toBe('8 000–12 000');
  });
});

describe(formatDateRange, () => {
  it('writes a range of dates in each language', () => {
    expect(plain(formatDateRange('2024-06-27', '2025-06-03', 'en'))).toBe(
      'June 27, 2024 – June 3, 2025',
    );
    expect(plain(formatDateRange('2024-06-27', '2025-06-03', 'ko'))).toBe(
      '2024년 6월 27일~2025년 6월 3일',
    );
  });

  it('gives the two dates back as they are when one is not a date', () => {
    expect(formatDateRange('2024-02-30x', '2025-01-01', 'en')).toBe('2024-02-30x – 2025-01-01');
  });
});
