/**
 * The timeline's table and its estimate labels in Korean and Ukrainian: translated headers, dates
 * and numbers as Intl writes them in each language, hedges in each language's words, and each
 * statement's rounds in its record's own words. With the defaults the count is 2024-02-26 and the
 * deliveries reach 3,001,600 that day.
 */
import { render, screen, within } from '@testing-library/react';
import { STATEMENTS, statementById } from '../../src/facts/all-statements';
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import type { StatementFigures } from '../../src/facts/statement';
import { estimateWording } from '../../src/i18n/estimate-wording';
import { labelLines, textWidth } from '../../src/features/timeline/label-lines';
import { buildTimeline, publishedPoints } from '../../src/features/timeline/timeline-data';
import { TimelineTable } from '../../src/features/timeline/timeline-table';
import { later as koLater } from '../../src/i18n/messages/ko/later';
import { later as enLater } from '../../src/i18n/messages/en/later';
import { later as ukLater } from '../../src/i18n/messages/uk/later';
import { computeResults } from '../../src/model/results';
import type { Lang } from '../../src/url/view-options';
import { showOnScreen } from '../language-on-screen';

const LATER = { en: enLater, ko: koLater, uk: ukLater } as const;

/** A statement's words on the timeline in `lang`, as the page words them. */
function wordingIn(statement: StatementFigures, lang: Lang) {
  const later = LATER[lang];
  return estimateWording(statement, later.statements[statement.id], later.facts, lang);
}

function timelineIn(lang: Lang) {
  const published = publishedPoints(STATEMENTS, (statement) => wordingIn(statement, lang));
  return buildTimeline(DEFAULT_INPUTS, computeResults(DEFAULT_INPUTS), published);
}

function statement(id: string): StatementFigures {
  const found = statementById(id);
  if (!found) throw new Error(`no statement ${id}`);
  return found;
}

describe(estimateWording, () => {
  it('gives every statement with rounds its record’s own English wording, unchanged', () => {
    const withRounds = STATEMENTS.filter(({ rounds }) => rounds.length > 0);
    expect(withRounds.length).toBeGreaterThan(0);
    for (const each of withRounds) {
      const own = enLater.statements[each.id]?.rounds;
      expect(own, each.id).toBeDefined();
      expect(wordingIn(each, 'en').reported).toBe(own);
    }
    // Shin, June 2024: "at least 10,000 shipping containers … which could hold as many as 4.8
    // million artillery shells".
    expect(wordingIn(statement('shin-2024-06'), 'en')).toEqual({
      label: 'Jun 2024 · Shin Won-sik · at least 10,000 containers',
      reported: 'could hold as many as 4.8 million',
    });
  });

  it('writes the month, the speaker and the count with its hedge the way each language does', () => {
    // Shin, February 2024: "about 6,700" containers.
    const february = statement('shin-2024-02');
    expect(wordingIn(february, 'en').label).toBe(
      'Feb 2024 · Shin Won-sik · about 6,700 containers',
    );
    expect(wordingIn(february, 'ko').label).toBe('2024년 2월 · 신원식 · 컨테이너 약 6,700개');
    expect(wordingIn(february, 'uk').label).toBe(
      'лют. 2024 р. · Шін Вон Сік · близько 6\u00a0700 контейнерів',
    );
    // No container count: "more than a million" shells instead, in each language's compact form.
    const nis = statement('nis-2023-11');
    expect(wordingIn(nis, 'en').label).toBe('Nov 2023 · NIS · more than 1 million');
    expect(wordingIn(nis, 'ko').label).toBe('2023년 11월 · 국정원 · 100만 발 이상');
    expect(wordingIn(nis, 'uk').label).toBe(
      'лист. 2023 р. · Розвідка Південної Кореї (NIS) · понад 1\u00a0млн',
    );
  });
});

describe(labelLines, () => {
  it('keeps a label on one line when it fits', () => {
    // 'Runs out Jul 2024': 17 characters × 7 px = 119 px.
    expect(textWidth('Runs out Jul 2024')).toBe(119);
    expect(labelLines('Runs out Jul 2024', 'Jul 2024', 119)).toEqual(['Runs out Jul 2024']);
  });

  it('breaks a long label beside its month, before or after it as the language puts it', () => {
    expect(labelLines('Вичерпаються: лип. 2024 р.', 'лип. 2024 р.', 100)).toEqual([
      'Вичерпаються: ',
      'лип. 2024 р.',
    ]);
    // Hangul is counted square: '2024년 7월 소진' = 7 × 7 (digits, spaces) + 4 × 12 = 97 px.
    expect(textWidth('2024년 7월 소진')).toBe(97);
    expect(labelLines('2024년 7월 소진', '2024년 7월', 80)).toEqual(['2024년 7월 ', '소진']);
  });
});

describe('the chart’s figures as a table, in other languages', () => {
  it('has Korean headers, Korean dates and the count marked in Korean', () => {
    showOnScreen('ko');
    render(<TimelineTable timeline={timelineIn('ko')} />);
    const table = screen.getByRole('table', { name: '누적 포탄 수, 입력한 가정 기준' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['날짜', '북한의 인도량', '러시아의 사격량']);
    const count = within(table).getByRole('rowheader', { name: /2024년 2월 26일/ });
    expect(count).toHaveTextContent('2024년 2월 26일 (집계일)');
    expect(within(count.closest('tr') as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent(
      '3,001,600',
    );
    const estimates = screen.getByRole('table', { name: '발표된 수치' });
    const shin = within(estimates).getByRole('rowheader', { name: /2024년 6월 · 신원식/ });
    expect(within(estimates).getByText('최대 480만 발을 담을 수 있음')).toBeVisible();
    // Capacity and estimates told apart, in Korean.
    const row = shin.closest('tr') as HTMLElement;
    expect(within(row).getByText('적재량 환산')).toHaveAttribute('data-kind', 'capacity');
    const kinds = within(estimates)
      .getAllByRole('cell')
      .filter((cell) => cell.hasAttribute('data-kind'))
      .map((cell) => cell.getAttribute('data-kind'));
    expect(kinds).toContain('estimate');
  });

  it('has Ukrainian headers, Ukrainian dates and grouped numbers', () => {
    showOnScreen('uk');
    render(<TimelineTable timeline={timelineIn('uk')} />);
    const table = screen.getByRole('table', {
      name: 'Накопичена кількість снарядів за вашими припущеннями',
    });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Дата', 'Поставлено Північною Кореєю', 'Випущено Росією']);
    const start = within(table).getByRole('rowheader', { name: /13 вересня 2023 р\./ });
    expect(start).toHaveTextContent('13 вересня 2023 р. (перша поставка)');
    const count = within(table).getByRole('rowheader', { name: /26 лютого 2024 р\./ });
    expect(within(count.closest('tr') as HTMLElement).getAllByRole('cell')[0]).toHaveTextContent(
      /^3\s001\s600$/,
    );
    expect(table).not.toHaveTextContent(/[A-Za-z]{2,}|undefined|NaN/);
  });

  it('adds the 90% range columns in the reader’s language', () => {
    showOnScreen('uk');
    const timeline = buildTimeline(
      DEFAULT_INPUTS,
      computeResults(DEFAULT_INPUTS),
      publishedPoints(STATEMENTS, (each) => wordingIn(each, 'uk')),
      { ranges: { daily: { low: 8_000, high: 12_000 } }, sampled: null },
    );
    render(<TimelineTable timeline={timeline} />);
    expect(screen.getByRole('columnheader', { name: 'Випущено, діапазон 90%' })).toBeVisible();
  });
});
