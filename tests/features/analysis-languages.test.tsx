/**
 * The analysis sections in Korean and Ukrainian, as a reader of each sees them: translated words,
 * numbers written by Intl (Ukrainian groups digits with spaces and writes a decimal comma), and no
 * English left outside citations marked lang="en". Defaults as in tornado.test.tsx and
 * solver-panel.test.tsx: 9.9 months now, 1.4 at the highest published rate, 70,000 a day; 12 months
 * need 545.138 shells a container, within the published 253–615.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { Tornado } from '../../src/features/sensitivity/tornado';
import { SolverPanel } from '../../src/features/solver/solver-panel';
import { SpreadSection } from '../../src/features/spread/spread-section';
import { WeightCheckSection } from '../../src/features/weight/weight-check-section';
import { useStore } from '../../src/store/store';
import { MESSAGES, showOnScreen } from '../language-on-screen';

function renderIn(lang: 'ko' | 'uk', element: ReactElement) {
  showOnScreen(lang);
  return render(element);
}

/** Intl groups Ukrainian digits with no-break spaces; the expected texts here use plain ones. */
const plain = (text: string | null | undefined) => text?.replace(/\u00a0/g, ' ') ?? '';

/** Latin-letter words on screen outside lang="en", acronyms and allowed units aside. */
function englishLeft(container: HTMLElement): string[] {
  const copy = container.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[lang="en"]').forEach((element) => {
    element.remove();
  });
  const labels = [...copy.querySelectorAll('[aria-label]')].map((element) =>
    element.getAttribute('aria-label'),
  );
  const text = [copy.textContent, ...labels].join(' ');
  return (text.match(/[A-Za-z]+/g) ?? []).filter((word) => !/^(RUSI|NATO|kg|mm)$/.test(word));
}

describe('the tornado in Korean and Ukrainian', () => {
  it('names what matters most in Korean, with Korean labels and Intl numbers', () => {
    const { container } = renderIn(
      'ko',
      <Tornado inputs={DEFAULT_INPUTS} ranges={{}} statementId="shin-2024-02" />,
    );
    expect(screen.getByRole('region', { name: '무엇이 가장 중요한가' })).toBeVisible();
    expect(
      screen.getByText(
        '가장 중요한 것은 포탄과 방사포탄의 구성입니다. 방사포탄 0%~100% 사이에서 포격 개월 수가 9.9에서 0.0까지 달라집니다.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('columnheader', { name: '포격 개월 수(현재 9.9)' })).toBeVisible();
    const row = screen.getByRole('row', {
      name: new RegExp(`^${MESSAGES.ko.later.assumptions.labels.daily}`),
    });
    expect(within(row).getByRole('cell')).toHaveTextContent(
      '10,000 기준 9.9개월, 70,000 기준 1.4개월',
    );
    expect(englishLeft(container)).toEqual([]);
  });

  it('writes Ukrainian numbers with a decimal comma and spaces between thousands', () => {
    const { container } = renderIn(
      'uk',
      <Tornado inputs={DEFAULT_INPUTS} ranges={{}} statementId="shin-2024-02" />,
    );
    expect(screen.getByRole('region', { name: 'Що важить найбільше' })).toBeVisible();
    expect(plain(container.querySelector('.sensitivity-lead')?.textContent)).toBe(
      'Співвідношення снарядів і реактивних снарядів важить найбільше: у проміжку від 0% до 100% з реактивними снарядами обстріли триватимуть від 9,9 до 0,0 місяця.',
    );
    const row = screen.getByRole('row', {
      name: new RegExp(`^${MESSAGES.uk.later.assumptions.labels.daily}`),
    });
    expect(plain(within(row).getByRole('rowheader').textContent)).toContain(
      'від 10 000 до 70 000 снарядів на добу: опубліковані темпи російського вогню',
    );
    expect(plain(within(row).getByRole('cell').textContent)).toContain(
      '9,9 місяця при 10 000, 1,4 місяця при 70 000',
    );
    expect(
      screen.getByRole('columnheader', { name: 'Місяці обстрілів (зараз 9,9)' }),
    ).toBeVisible();
    expect(englishLeft(container)).toEqual([]);
  });
});

describe('the solver in Korean and Ukrainian', () => {
  it('answers and applies in Korean', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderIn('ko', <SolverPanel />);
    expect(screen.getByRole('region', { name: '무엇이 사실이어야 할까' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: '목표' })).toHaveDisplayValue('포격 개월 수');
    expect(
      screen.getByText(
        '포탄이 12개월 동안 버티려면 컨테이너 하나에 포탄이 약 545발(545.14) 들어 있어야 합니다.',
      ),
    ).toBeVisible();
    // Plausible: within the payload and the published 253–615 a container.
    expect(screen.getByText('타당합니다.', { selector: 'strong' })).toBeVisible();
    expect(englishLeft(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: '컨테이너당 545.1발 적용' }));
    expect(useStore.getState().inputs.perContainer).toBe(545.1);
    expect(
      screen.getByText(`적용했습니다. ${MESSAGES.ko.later.assumptions.labels.perContainer}: 545.1`),
    ).toHaveRole('status');
  });

  it('reads and writes Ukrainian numbers: a decimal comma, spaces in thousands', async () => {
    const user = userEvent.setup({ delay: null });
    const { container } = renderIn('uk', <SolverPanel />);
    expect(screen.getByRole('region', { name: 'Що мало б бути правдою' })).toBeVisible();
    expect(plain(container.querySelector('.solver-sentence')?.textContent)).toBe(
      'Щоб снарядів вистачило на 12 місяців, у кожному контейнері мало б бути приблизно 545 снарядів (545,14).',
    );
    expect(screen.getByRole('button', { name: 'Взяти 545,1 снаряда на контейнер' })).toBeVisible();
    expect(englishLeft(container)).toEqual([]);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Ціль' }), 'Усього снарядів');
    const field = screen.getByRole('textbox', { name: 'Значення цілі' });
    expect(plain((field as HTMLInputElement).value)).toBe('5 000 000');
    // 5,000,000 ÷ 6,700 = 746.27 a container
    await user.clear(field);
    await user.type(field, '5 000 000');
    expect(plain(container.querySelector('.solver-sentence')?.textContent)).toBe(
      'Щоб доставити 5 000 000 справних снарядів, у кожному контейнері мало б бути приблизно 746 снарядів (746,27).',
    );

    await user.selectOptions(screen.getByRole('combobox', { name: 'Ціль' }), 'Місяці обстрілів');
    await user.clear(field);
    await user.type(field, '0');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('міс. Введіть число, більше за 0');
  });
});

describe('the spread and the weight check in Korean and Ukrainian', () => {
  it.each(['ko', 'uk'] as const)('leave no English on screen in %s', (lang) => {
    const { container } = renderIn(
      lang,
      <>
        <SpreadSection />
        <WeightCheckSection />
      </>,
    );
    expect(
      screen.getByRole('button', { name: MESSAGES[lang].later.spread.tryPublished }),
    ).toBeVisible();
    expect(englishLeft(container)).toEqual([]);
  });

  it('gives the Ukrainian verdict with Ukrainian units and plurals', () => {
    const { container } = renderIn('uk', <WeightCheckSection />);
    expect(plain(container.querySelector('.weight-verdict')?.textContent)).toBe(
      '448 снарядів по 43,56 кг важать 19,5 т і вкладаються у вантажопідйомність 20-футового контейнера (28 180 кг); запас — 8,7 т.',
    );
  });
});
