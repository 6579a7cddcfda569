/** The citations of the calculator, in each language, against hand-written text. */
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

const LINK = 'https://example.org/?v=2&scenario=shin-2024-06';
const INPUT = { link: LINK, accessDate: '2026-11-22' };
const RANGED = {
  link: 'https://example.org/?v=2&containers=6700..13000',
  accessDate: '2026-11-22',
};

describe('plain text', () => {
  it('in English, Korean and Ukrainian', () => {
    expect(plainCitation(INPUT, en.cite, 'en')).toBe(
      `Shell Count. “North Korean shells sent to Russia, in months of Russian fire.” Interactive calculator, 2026. ${LINK} (accessed November 22, 2026).`,
    );
    expect(plainCitation(INPUT, ko.cite, 'ko')).toBe(
      `셸 카운트, 「북한이 러시아에 보낸 포탄, 러시아 포격 개월 수로 환산」, 대화형 계산기, 2026. ${LINK} (2026년 11월 22일 접속).`,
    );
    expect(plainCitation(INPUT, uk.cite, 'uk')).toBe(
      `Лічильник снарядів. «Північнокорейські снаряди для Росії в місяцях російського вогню». Інтерактивний калькулятор, 2026. ${LINK} (дата звернення: 22 листопада 2026 р.).`,
    );
  });

  it('carries a link with ranges as it is', () => {
    expect(plainCitation(RANGED, en.cite, 'en')).toContain(
      'https://example.org/?v=2&containers=6700..13000 (accessed',
    );
  });
});

describe('APA 7', () => {
  it('in English, Korean and Ukrainian', () => {
    expect(apaCitation(INPUT, en.cite, 'en')).toBe(
      `Shell Count. (2026). North Korean shells sent to Russia, in months of Russian fire [Interactive calculator]. Retrieved November 22, 2026, from ${LINK}`,
    );
    expect(apaCitation(INPUT, ko.cite, 'ko')).toBe(
      `셸 카운트. (2026). 북한이 러시아에 보낸 포탄, 러시아 포격 개월 수로 환산 [대화형 계산기]. 2026년 11월 22일 검색, ${LINK}`,
    );
    expect(apaCitation(INPUT, uk.cite, 'uk')).toBe(
      `Лічильник снарядів. (2026). Північнокорейські снаряди для Росії в місяцях російського вогню [Інтерактивний калькулятор]. Отримано 22 листопада 2026 р. з ${LINK}`,
    );
  });

  it('takes the year from the date of access', () => {
    expect(apaCitation({ link: LINK, accessDate: '2027-01-02' }, en.cite, 'en')).toMatch(
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
        '  url = {https://example.org/?v=2&containers=6700..13000},',
        '  urldate = {2026-11-22}',
        '}',
      ].join('\n'),
    );
    const korean = bibtexCitation({ link: `${LINK}&lang=ko`, accessDate: '2027-03-04' });
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
