/**
 * Beside the results, the published estimates of rounds actually sent (never a capacity
 * conversion), each in months of fire at the reader's rate, with the reader's total in its place.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EstimatesList } from '../../src/features/results/estimates-list';
import { showOnScreen } from '../language-on-screen';

function rowOf(table: HTMLElement, name: RegExp): HTMLTableRowElement {
  const row = within(table).getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${String(name)}`);
  return row;
}

describe('the estimates of rounds sent', () => {
  it('lists Ukrainian intelligence’s 6.5 million as 21.4 months at 10,000 a day, and the reader’s 3,001,600 as 9.9', async () => {
    showOnScreen('en');
    render(<EstimatesList total={3_001_600} daily={10_000} />);
    await userEvent.click(
      screen.getByText('Your total among published estimates of rounds actually sent', {
        selector: 'summary',
      }),
    );
    const table = screen.getByRole('table', {
      name: 'Your total among published estimates of rounds actually sent',
    });
    // 6,500,000 ÷ 10,000 = 650 days ÷ 30.436875 = 21.36 months.
    const skibitskyi = rowOf(table, /Nov 2025/);
    expect(skibitskyi).toHaveTextContent('about 6.5 million artillery shells in all');
    expect(within(skibitskyi).getAllByRole('cell').at(-1)).toHaveTextContent('21.4');
    const yours = rowOf(table, /Your total/);
    expect(
      within(yours)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['3,001,600', '9.9']);
    // Sorted by rounds: the reader's total sits below 6.5 million.
    const rows = within(table).getAllByRole('row');
    expect(rows.indexOf(yours)).toBeLessThan(rows.indexOf(skibitskyi));
    // No capacity conversion: the DIA's 12 million (Jul 2025) is not among them.
    expect(within(table).queryByRole('rowheader', { name: /Jul 2025 · DIA/ })).toBeNull();
    expect(screen.getByText(/Capacity conversions \(“could hold”\) are not listed/)).toBeVisible();
  });

  it.each([
    {
      lang: 'ko',
      name: '실제로 보낸 포탄의 발표된 추정치 속 내 합계',
      reported: '모두 약 650만 발',
      note: /적재량 환산/,
    },
    {
      lang: 'uk',
      name: 'Ваш підсумок серед оприлюднених оцінок справді відправлених снарядів',
      reported: 'загалом близько 6,5 млн артилерійських снарядів',
      note: /Перерахунків місткості/,
    },
  ] as const)('says the same in $lang', async ({ lang, name, reported, note }) => {
    showOnScreen(lang);
    render(<EstimatesList total={3_001_600} daily={10_000} />);
    await userEvent.click(screen.getByText(name, { selector: 'summary' }));
    const table = screen.getByRole('table', { name });
    expect(within(table).getByText(reported)).toBeVisible();
    expect(screen.getByText(note)).toBeVisible();
  });
});
