/**
 * "Compare two scenarios" as a reader uses it, with the real store. A is the default statement
 * (Shin, Feb 2024: 6,700 × 448 = 3,001,600 shells, 300.16 days, 9.86 months, until 2024-07-09);
 * B is June 2024 (10,000 × 480 = 4,800,000 shells, 480 days = 15.77 months, until 2023-09-13 +
 * 480 days = 2025-01-05). B − A: 1,798,400 shells ("+1.8 million"), ×1.599 ("×1.6"), 5.91 months,
 * 179.84 days of fire and 180 days later.
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CompareSection } from '../../src/features/compare/compare-section';
import { useStore } from '../../src/store/store';
import { stringifyQuery } from '../../src/url/query';
import { showOnScreen } from '../language-on-screen';

async function compareWith(option: string) {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByLabelText('Compare with…'), option);
  await user.click(screen.getByRole('button', { name: 'Compare' }));
  return user;
}

/** Each row's header and cells as text, by the row header's accessible name. */
function row(name: string | RegExp): string[] {
  const header = screen.getByRole('rowheader', { name });
  const tableRow = header.closest('tr');
  if (!tableRow) throw new Error('no row');
  return within(tableRow)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

/** A differing row's header: its label and "(differs)", which jsdom joins without a space. */
function differing(label: string, word = 'differs'): RegExp {
  return new RegExp(`^${label} ?\\(${word}\\)$`);
}

function compared(key: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-compare-result="${key}"]`);
  if (!element) throw new Error(`no data-compare-result="${key}"`);
  return element;
}

describe(CompareSection, () => {
  it('offers the June 2024 count first and shows no table until asked', () => {
    render(<CompareSection />);
    expect(screen.getByRole('region', { name: 'Compare two scenarios' })).toBeVisible();
    expect(screen.getByLabelText('Compare with…')).toHaveDisplayValue(
      'Jun 2024 · Shin Won-sik · at least 10,000 containers',
    );
    expect(screen.queryByRole('table')).toBeNull();
    expect(useStore.getState().compare).toBeNull();
  });

  it('choosing a preset shows both columns, the differing inputs marked', async () => {
    render(<CompareSection />);
    await compareWith('Jun 2024 · Shin Won-sik · at least 10,000 containers');

    expect(screen.getByRole('table', { name: 'A and B side by side' })).toBeVisible();
    expect(screen.getAllByRole('listitem')[1]).toHaveTextContent(
      'B Jun 2024 · Shin Won-sik · at least 10,000 containers',
    );
    // Differing rows say so in words to a screen reader, not by colour alone.
    expect(row(differing('Containers', 'differs'))).toEqual(['6,700', '10,000']);
    expect(row(differing('Shells per container', 'differs'))).toEqual(['448', '480']);
    expect(row(differing('Date of the count', 'differs'))).toEqual([
      'February 26, 2024',
      'June 14, 2024',
    ]);
    expect(row('Russian fire a day')).toEqual(['10,000', '10,000']);
    expect(row('First delivery')).toEqual(['September 13, 2023', 'September 13, 2023']);
    expect(document.querySelectorAll('[data-differs="true"]')).toHaveLength(3);

    expect(row('Total shells')).toEqual(['3.0 million', '4.8 millionvs A: +1.8 million · ×1.6']);
    expect(row('Months of Russian fire')).toEqual(['9.9', '15.8vs A: +5.9 months']);
    expect(row('Days of Russian fire')).toEqual(['300 days', '480 daysvs A: +180 days']);
    expect(row('Lasts until')).toEqual(['July 9, 2024', 'January 5, 2025vs A: +180 days']);

    expect(compared('totalShells')).toHaveAttribute('data-value', '4800000');
    expect(compared('lastsUntil')).toHaveAttribute('data-value', '2025-01-05');
    // B's figures never take the page's own `data-result`.
    expect(document.querySelector('[data-result]')).toBeNull();
    expect(stringifyQuery(useStore.getState())).toBe('?v=3&compare=scenario%3Dshin-2024-06');
  });

  it('swaps A and B, loads B into the calculator, and closes', async () => {
    render(<CompareSection />);
    const user = await compareWith('Jun 2024 · Shin Won-sik · at least 10,000 containers');

    await user.click(screen.getByRole('button', { name: 'Swap A and B' }));
    expect(useStore.getState().scenarioId).toBe('shin-2024-06');
    expect(useStore.getState().compare?.scenarioId).toBe('shin-2024-02');
    expect(row('Total shells')).toEqual(['4.8 million', '3.0 millionvs A: −1.8 million · ×0.63']);

    await user.click(screen.getByRole('button', { name: 'Load B into the calculator' }));
    expect(useStore.getState().scenarioId).toBe('shin-2024-02');
    expect(useStore.getState().compare).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();

    await compareWith('Jun 2024 · Shin Won-sik · at least 10,000 containers');
    await user.click(screen.getByRole('button', { name: 'Close the comparison' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(stringifyQuery(useStore.getState())).toBe('');
  });

  it('freezes a copy of the current figures, which then stays put as A changes', async () => {
    render(<CompareSection />);
    await compareWith('The current figures (freeze a copy)');
    expect(document.querySelectorAll('[data-differs="true"]')).toHaveLength(0);
    expect(row('Total shells')).toEqual(['3.0 million', '3.0 millionvs A: same as A']);

    act(() => {
      useStore.getState().actions.setInput('containers', 13_000);
    });
    expect(row(differing('Containers', 'differs'))).toEqual(['13,000', '6,700']);
    // 13,000 × 448 = 5,824,000; B − A = −2,822,400; 3,001,600 ÷ 5,824,000 = 0.515
    expect(row('Total shells')).toEqual(['5.8 million', '3.0 millionvs A: −2.8 million · ×0.52']);
    expect(screen.getAllByRole('listitem')[0]).toHaveTextContent(
      'A this page: Feb 2024 · Shin Won-sik, with changes',
    );
  });

  it('speaks Korean, numbers in Korean form', () => {
    showOnScreen('ko');
    useStore.getState().actions.setCompare({
      scenarioId: 'shin-2024-06',
      inputs: {
        ...useStore.getState().inputs,
        containers: 10_000,
        perContainer: 480,
        end: '2024-06-14',
      },
      ranges: {},
    });
    render(<CompareSection />);
    expect(screen.getByRole('region', { name: '두 시나리오 비교' })).toBeVisible();
    expect(row(differing('컨테이너 수', '다름'))).toEqual(['6,700', '10,000']);
    expect(row('포탄 총량')).toEqual(['300만', '480만A 대비 +180만 · ×1.6']);
    expect(screen.getByRole('button', { name: 'A와 B 바꾸기' })).toBeVisible();
  });
});
