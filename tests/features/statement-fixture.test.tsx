/**
 * Invariant: a statement is one record, and everything the page says about it is derived from
 * that record. A statement added here as a fixture (as a new file in src/facts/statements/ would
 * be) appears, with its hedges and its credit, in the picker, the sources table, the timeline's
 * marks, the comparison's menu, the copied sentence, the citations, the CSVs (the assumptions' and
 * the published dataset's), the "why this default" lines, the embed's credit and the opening
 * paragraph; and in each language.
 */
import { render, screen, within } from '@testing-library/react';
import { STATEMENTS } from '../../src/facts/all-statements';
import { dekText } from '../../src/i18n/dek';
import { statementLabel } from '../../src/i18n/statement-text';
import type { Statement } from '../../src/facts/statement';
import { AssumptionsPanel } from '../../src/features/assumptions/assumptions-panel';
import { CompareSection } from '../../src/features/compare/compare-section';
import { inputsCsvRows } from '../../src/features/downloads/csv-rows';
import { ScenarioCredit } from '../../src/features/scenario/scenario-credit';
import { ScenarioPicker } from '../../src/features/scenario/scenario-picker';
import { SharePanel } from '../../src/features/share/share-panel';
import { datasetCsv, statementsDataset } from '../../src/features/sources/dataset';
import { StatementsTable } from '../../src/features/sources/statements-table';
import { publishedPoints } from '../../src/features/timeline/timeline-data';
import { provenanceText } from '../../src/i18n/provenance-text';
import { useStore } from '../../src/store/store';
import { MESSAGES, showOnScreen } from '../language-on-screen';

/** A statement that does not exist: the newest capacity conversion, and a preset. */
const FIXTURE = vi.hoisted(() => {
  const figures: Omit<Statement, 'words'> = {
    id: 'zz-2026-01',
    date: '2026-01-15',
    speaker: 'dia-kr',
    kind: 'capacity',
    containers: { value: 31_000, hedge: 'about' },
    rounds: [{ low: 13_000_000, high: 13_000_000, hedge: 'more-than', calibre: '152mm' }],
    sources: [{ outlet: 'kbs-news', url: 'https://example.org/fixture' }],
    preset: { start: '2022-07-01', end: '2026-01-15' },
  };
  const words: Statement['words'] = {
    en: {
      summary: 'Fixture summary in English.',
      period: 'fixture period',
      rounds: 'could hold more than 13 million (fixture)',
    },
    ko: {
      summary: '시험용 요약.',
      period: '시험용 기간',
      rounds: '1,300만 발 이상을 담을 수 있음(시험용)',
    },
    uk: {
      summary: 'Тестовий підсумок.',
      period: 'тестовий період',
      rounds: 'могли вмістити понад 13 млн (тест)',
    },
  };
  return { ...figures, figures, words };
});

vi.mock('../../src/facts/all-statements', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/facts/all-statements')>();
  // The figures alone, as the records' `?figures` part gives them (the words come with each language).
  const statements = [...original.STATEMENTS, FIXTURE.figures];
  return {
    ...original,
    STATEMENTS: statements,
    statementById: (id: string) => statements.find((statement) => statement.id === id),
  };
});
vi.mock('../../src/i18n/messages/en/statements', async (importOriginal) => ({
  statements: {
    ...(await importOriginal<typeof import('../../src/i18n/messages/en/statements')>()).statements,
    [FIXTURE.id]: FIXTURE.words.en,
  },
}));
vi.mock('../../src/i18n/messages/ko/statements', async (importOriginal) => ({
  statements: {
    ...(await importOriginal<typeof import('../../src/i18n/messages/ko/statements')>()).statements,
    [FIXTURE.id]: FIXTURE.words.ko,
  },
}));
vi.mock('../../src/i18n/messages/uk/statements', async (importOriginal) => ({
  statements: {
    ...(await importOriginal<typeof import('../../src/i18n/messages/uk/statements')>()).statements,
    [FIXTURE.id]: FIXTURE.words.uk,
  },
}));

const LABEL = 'Jan 2026 · DIA · about 31,000 containers';
const CREDIT = 'South Korea’s Defense Intelligence Agency, January 2026';

beforeEach(() => {
  useStore.getState().actions.loadQuery('?v=3&scenario=zz-2026-01');
});

describe('a statement added as one record', () => {
  it('is a preset the link names, and is in the picker and the comparison’s menu', () => {
    expect(STATEMENTS.at(-1)?.id).toBe('zz-2026-01');
    expect(useStore.getState().scenarioId).toBe('zz-2026-01');
    // 13 million ÷ 31,000 = 419.4 → 419 a container, our division.
    expect(useStore.getState().inputs).toMatchObject({ containers: 31_000, perContainer: 419 });
    render(
      <>
        <ScenarioPicker />
        <CompareSection />
      </>,
    );
    expect(
      within(screen.getByRole('combobox', { name: 'All published statements' })).getByRole(
        'option',
        { name: LABEL, selected: true },
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('combobox', { name: 'Compare with…' })).getByRole('option', {
        name: LABEL,
      }),
    ).toBeInTheDocument();
  });

  it('is a row of the sources table, a mark on the timeline and a row of the dataset', () => {
    render(<StatementsTable />);
    const row = document.querySelector('[data-statement="zz-2026-01"]');
    expect(row).toHaveTextContent('about 31,000 containers');
    expect(row).toHaveTextContent('could hold more than 13 million (fixture)');
    expect(row).toHaveTextContent('Capacity conversion');
    const marks = publishedPoints(STATEMENTS, (statement) => ({
      label: statementLabel(statement, MESSAGES.en.later.facts, 'en'),
      reported: '',
    }));
    expect(marks.find((mark) => mark.id === 'zz-2026-01')).toMatchObject({
      label: LABEL,
      shells: 13_000_000,
      kind: 'capacity',
    });
    const dataset = statementsDataset();
    expect(dataset.statements.find((statement) => statement.id === 'zz-2026-01')).toMatchObject({
      containers: 31_000,
      containersWording: 'about 31,000 containers',
      roundsLow: 13_000_000,
      kind: 'capacity',
      preset: true,
    });
    expect(datasetCsv(dataset)).toContain('zz-2026-01,2026-01-15,');
  });

  it('is quoted with its hedges in the sentence, and credited in the citations and the CSV', () => {
    render(<SharePanel />);
    const sentence = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Sentence' }).value;
    expect(sentence).toMatch(
      new RegExp(
        `^${CREDIT}: about 31,000 containers could hold more than 13 million 152 mm shells \\(419 a container, our division\\)`,
      ),
    );
    const plain = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Plain text' }).value;
    expect(plain).toContain(`Figures of ${CREDIT}; facts reviewed December 5, 2026.`);
    const state = useStore.getState();
    const rows = inputsCsvRows(
      state,
      MESSAGES.en.later,
      (provenance) =>
        provenanceText(provenance, MESSAGES.en.later.statements, MESSAGES.en.later.facts, 'en'),
      MESSAGES.en.later.facts.provenance.classes,
    );
    expect(rows.find((row) => row[0] === 'containers')?.slice(4, 7)).toEqual([
      'statement',
      CREDIT,
      'https://example.org/fixture',
    ]);
  });

  it('explains its defaults, and is the embed’s credit and the newest figure of the opening', () => {
    render(
      <>
        <AssumptionsPanel />
        <ScenarioCredit />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Containers shipped' })).toHaveAccessibleDescription(
      /Reported: about 31,000 containers\./,
    );
    expect(document.querySelector('.scenario-credit')).toHaveTextContent(`Based on ${LABEL}:`);
    expect(dekText(MESSAGES.en.later.facts, 'en')).toContain(
      'by January 2026, about 31,000 containers, which could hold more than 13 million 152 mm shells (South Korea’s Defense Intelligence Agency)',
    );
  });

  it('speaks every language', () => {
    showOnScreen('ko');
    render(<ScenarioPicker />);
    expect(
      screen.getByRole('option', { name: '2026년 1월 · 국방정보본부 · 컨테이너 약 31,000개' }),
    ).toBeInTheDocument();
    expect(dekText(MESSAGES.uk.later.facts, 'uk')).toMatch(/близько 31\s000 контейнерів/);
  });
});
