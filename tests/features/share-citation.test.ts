/**
 * The citations of the calculator, in each language, against hand-written text: each names the
 * statement the figures start from (and says when the reader changed them) and the day the facts
 * were last reviewed.
 */
import {
  apaCitation,
  bibtexCitation,
  escapeBibtex,
  escapeBibtexUrl,
  plainCitation,
} from '../../src/features/share/citation';
import { share as en } from '../../src/i18n/messages/en/share';
import { share as ko } from '../../src/i18n/messages/ko/share';
import { share as uk } from '../../src/i18n/messages/uk/share';

const LINK = 'https://example.org/?v=3&scenario=shin-2024-06';
/** The June 2024 statement, as each language credits it; BibTeX's words are English. */
const JUNE: Record<'en' | 'ko' | 'uk', string> = {
  en: 'South Korea’s defence minister, June 2024',
  ko: '신원식 국방부 장관, 2024년 6월',
  uk: 'міністр оборони Південної Кореї, червень 2024 р.',
};
const input = (lang: 'en' | 'ko' | 'uk', changed = false) => ({
  link: LINK,
  accessDate: '2026-11-22',
  reviewed: '2026-12-05',
  scenario: { credit: JUNE[lang], english: JUNE.en, changed },
});
const INPUT = input('en');
const RANGED = {
  ...input('en', true),
  link: 'https://example.org/?v=3&containers=6700..13000',
};

describe('plain text', () => {
  it('in English, Korean and Ukrainian', () => {
    expect(plainCitation(INPUT, en.cite, 'en')).toBe(
      `Shell Count. “North Korean shells sent to Russia, in months of Russian fire.” Interactive calculator, 2026. Figures of South Korea’s defence minister, June 2024; facts reviewed December 5, 2026. ${LINK} (accessed November 22, 2026).`,
    );
    expect(plainCitation(input('ko'), ko.cite, 'ko')).toBe(
      `셸 카운트, 「북한이 러시아에 보낸 포탄, 러시아 포격 개월 수로 환산」, 대화형 계산기, 2026. 수치 출처: 신원식 국방부 장관, 2024년 6월, 2026년 12월 5일 출처 대조. ${LINK} (2026년 11월 22일 접속).`,
    );
    expect(plainCitation(input('uk'), uk.cite, 'uk')).toBe(
      `Лічильник снарядів. «Північнокорейські снаряди для Росії в місяцях російського вогню». Інтерактивний калькулятор, 2026. Цифри: міністр оборони Південної Кореї, червень 2024 р.; звірено з джерелами 5 грудня 2026 р. ${LINK} (дата звернення: 22 листопада 2026 р.).`,
    );
  });

  it('carries a link with ranges as it is, and says the assumptions were changed', () => {
    const text = plainCitation(RANGED, en.cite, 'en');
    expect(text).toContain('https://example.org/?v=3&containers=6700..13000 (accessed');
    expect(text).toContain(
      'Figures of South Korea’s defence minister, June 2024, with changed assumptions;',
    );
  });
});

describe('APA 7', () => {
  it('in English, Korean and Ukrainian', () => {
    expect(apaCitation(INPUT, en.cite, 'en')).toBe(
      `Shell Count. (2026). North Korean shells sent to Russia, in months of Russian fire [Interactive calculator; Figures of South Korea’s defence minister, June 2024; facts reviewed December 5, 2026]. Retrieved November 22, 2026, from ${LINK}`,
    );
    expect(apaCitation(input('ko'), ko.cite, 'ko')).toBe(
      `셸 카운트. (2026). 북한이 러시아에 보낸 포탄, 러시아 포격 개월 수로 환산 [대화형 계산기; 수치 출처: 신원식 국방부 장관, 2024년 6월, 2026년 12월 5일 출처 대조]. 2026년 11월 22일 검색, ${LINK}`,
    );
    expect(apaCitation(input('uk'), uk.cite, 'uk')).toBe(
      `Лічильник снарядів. (2026). Північнокорейські снаряди для Росії в місяцях російського вогню [Інтерактивний калькулятор; Цифри: міністр оборони Південної Кореї, червень 2024 р.; звірено з джерелами 5 грудня 2026 р.]. Отримано 22 листопада 2026 р. з ${LINK}`,
    );
  });

  it('takes the year from the date of access', () => {
    expect(apaCitation({ ...INPUT, accessDate: '2027-01-02' }, en.cite, 'en')).toMatch(
      /^Shell Count\. \(2027\)\. .* Retrieved January 2, 2027, from /,
    );
  });
});

describe('BibTeX', () => {
  it('in English', () => {
    expect(bibtexCitation(INPUT)).toBe(
      [
        '@misc{shellcount2026,',
        '  author = {{Shell Count}},',
        '  title = {North Korean shells sent to Russia, in months of Russian fire},',
        '  howpublished = {Interactive calculator},',
        '  year = {2026},',
        '  note = {Figures of South Korea’s defence minister, June 2024; facts reviewed 2026-12-05},',
        `  url = {${LINK}},`,
        '  urldate = {2026-11-22}',
        '}',
      ].join('\n'),
    );
  });

  it('is the same entry whatever the page’s language, with the link as it is', () => {
    // BibTeX's own words are English: the entry takes no words of the page's language.
    expect(bibtexCitation(RANGED)).toBe(
      [
        '@misc{shellcount2026,',
        '  author = {{Shell Count}},',
        '  title = {North Korean shells sent to Russia, in months of Russian fire},',
        '  howpublished = {Interactive calculator},',
        '  year = {2026},',
        '  note = {Figures of South Korea’s defence minister, June 2024, with changed assumptions; facts reviewed 2026-12-05},',
        '  url = {https://example.org/?v=3&containers=6700..13000},',
        '  urldate = {2026-11-22}',
        '}',
      ].join('\n'),
    );
    const korean = bibtexCitation({
      ...input('ko'),
      link: `${LINK}&lang=ko`,
      accessDate: '2027-03-04',
    });
    expect(korean).toMatch(/^@misc\{shellcount2027,\n/);
    expect(korean).toContain(`  url = {${LINK}&lang=ko},\n  urldate = {2027-03-04}\n}`);
  });

  it('escapes the characters TeX reads as commands', () => {
    expect(escapeBibtex('R&D: 50% of $5_000 #1 {x} ~ ^ \\')).toBe(
      'R\\&D: 50\\% of \\$5\\_000 \\#1 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    const entry = bibtexCitation(INPUT, {
      author: 'A & B',
      title: 'Shells {and} 100%',
      howpublished: 'Interactive calculator',
    });
    expect(entry).toContain('  author = {{A \\& B}},');
    expect(entry).toContain('  title = {Shells \\{and\\} 100\\%},');
  });

  it('keeps a link usable: % escaped, braces encoded, the rest as it is', () => {
    expect(escapeBibtexUrl('https://a.org/x%20y?a=1&b={2}')).toBe(
      'https://a.org/x\\%20y?a=1&b=\\%7B2\\%7D',
    );
    expect(escapeBibtexUrl(LINK)).toBe(LINK);
  });
});
