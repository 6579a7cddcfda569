/**
 * "Sources and method" in Ukrainian and Korean, as a reader sees it: every heading, rule, table
 * cell, name and date in the page's language, with no English left outside the names marked as
 * English (an outlet's own Latin spelling), and nothing missing or undefined.
 */
import { render, screen, within } from '@testing-library/react';
import { CONFLICTS } from '../../src/facts/conflicts';
import { STATEMENTS } from '../../src/facts/all-statements';
import { CONTEXT_FIGURES } from '../../src/facts/context';
import { FIRE_RATES } from '../../src/facts/daily-fire';
import { PHYSICAL_FIGURES } from '../../src/facts/physical';
import { SourcesSection } from '../../src/features/sources/sources-section';
import { showOnScreen } from '../language-on-screen';

/** The same exceptions as the browser's check (tests/e2e/i18n.spec.ts). */

const ALLOWED_LATIN = new Set([
  ...['RUSI', 'CSIS', 'ISW', 'IISS', 'KIDA', 'NIS', 'NATO', 'BBC', 'CNN', 'NHK', 'NK', 'GUR'],
  ...['CSV', 'JSON', 'PNG', 'SVG', 'PDF', 'APA', 'BibTeX', 'URL', 'ISO'],
  ...['kg', 'mm', 'km'],
]);

/** Latin words in text and labels that are not inside an element marked with another language. */
function englishLeft(root: HTMLElement, lang: string): string[] {
  const found: string[] = [];
  const inPage = (element: Element | null) =>
    (element?.closest('[lang]')?.getAttribute('lang') ?? lang) === lang;
  const check = (text: string) => {
    for (const word of text.match(/[A-Za-z][A-Za-z’']*[A-Za-z]/g) ?? []) {
      if (!ALLOWED_LATIN.has(word)) found.push(`${word}: ${text.trim().slice(0, 60)}`);
    }
  };
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (inPage(node.parentElement)) check(node.textContent ?? '');
  }
  for (const element of root.querySelectorAll('*')) {
    if (!inPage(element)) continue;
    for (const name of ['aria-label', 'title']) check(element.getAttribute(name) ?? '');
  }
  return found;
}

describe('Sources and method in Ukrainian', () => {
  beforeEach(() => {
    showOnScreen('uk');
  });

  it('renders every part in Ukrainian, with no English and nothing missing', () => {
    const { container } = render(<SourcesSection />);
    const section = screen.getByRole('region', { name: 'Джерела і метод' });
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Як обчислено цифри',
      'Де джерела розходяться',
      'Кількість контейнерів і снарядів',
      'Як швидко стріляє Росія',
      'Маса і контейнери',
      'Контекст',
    ]);
    expect(englishLeft(container, 'uk')).toEqual([]);
    expect(container).not.toHaveTextContent(/undefined|NaN|Infinity|\*\*/);
    // Every fact is there: one row per statement, one item per figure.
    const table = screen.getByRole('table', { name: 'Оприлюднені оцінки, від найдавніших' });
    expect(within(table).getAllByRole('row')).toHaveLength(STATEMENTS.length + 1);
    expect(within(section).getAllByRole('term')).toHaveLength(CONFLICTS.length);
    const lists = container.querySelectorAll('.plain-list');
    expect([...lists].map((list) => list.children.length)).toEqual([
      FIRE_RATES.length,
      PHYSICAL_FIGURES.length,
      CONTEXT_FIGURES.length,
    ]);
  });

  it('writes dates and numbers as Ukrainian does, and names as Ukrainian newsrooms do', () => {
    render(<SourcesSection />);
    const table = screen.getByRole('table', { name: 'Оприлюднені оцінки, від найдавніших' });
    const february = within(table).getByRole('rowheader', { name: /26 лютого 2024 р\./ });
    expect(february).toHaveTextContent(
      'Міністр оборони Південної Кореї Шін Вон Сік (брифінг для преси)',
    );
    expect(within(february).getByRole('link', { name: 'Reuters через The Star' })).toBeVisible();
    // Seoul's intelligence is never taken for Kyiv's: the country is named.
    const august = within(table).getByRole('rowheader', { name: /27 серпня 2024 р\./ });
    expect(august).toHaveTextContent(
      'Управління оборонної розвідки Міноборони Південної Кореї (звіт для депутата Кан Де Сіка)',
    );
    const row = february.closest('tr');
    if (!row) throw new Error('no row');
    expect(within(row).getByText('Перерахунок місткості')).toBeVisible();
    expect(row).toHaveTextContent(/близько 6\s700 контейнерів/);
    expect(screen.getByText(/^10\s000 на день, RUSI і НАТО, початок 2024 р\.$/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Йонхап' })).toBeVisible();
  });

  it('marks an outlet kept in Latin letters as English', () => {
    render(<SourcesSection />);
    const politico = screen.getAllByText('Politico')[0];
    expect(politico?.closest('[lang]')).toHaveAttribute('lang', 'en');
  });
});

describe('Sources and method in Korean', () => {
  it('renders in Korean, with no English outside names marked as English', () => {
    showOnScreen('ko');
    const { container } = render(<SourcesSection />);
    expect(screen.getByRole('heading', { level: 2, name: '출처와 계산 방법' })).toBeVisible();
    expect(englishLeft(container, 'ko')).toEqual([]);
    expect(container).not.toHaveTextContent(/undefined|NaN|\*\*/);
    expect(screen.getByRole('link', { name: '연합뉴스' })).toBeVisible();
    // The South Korean agency is Seoul's own (국방정보본부), never "the US" one.
    expect(container).toHaveTextContent('국방정보본부');
    expect(container).not.toHaveTextContent(/미 국방정보국|미국 국방정보국/);
  });
});

describe('Sources and method in English', () => {
  it('keeps the method and the facts’ own wording', () => {
    render(<SourcesSection />);
    expect(screen.getByRole('heading', { level: 2, name: 'Sources and method' })).toBeVisible();
    expect(screen.getByText('Days of fire').tagName).toBe('STRONG');
    expect(screen.getByText(CONFLICTS[0]?.en.body ?? '')).toBeVisible();
    expect(screen.getByText('10,000 a day, RUSI and NATO, early 2024')).toBeVisible();
    expect(
      screen.getByText(/Figures reviewed against their sources on December 5, 2026/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download all statements (CSV)' })).toHaveAttribute(
      'href',
      './data/statements.csv',
    );
  });
});
