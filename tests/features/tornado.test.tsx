/**
 * "What matters most" as a reader sees and hears it. Defaults: 3,001,600 shells at 10,000 a day
 * = 9.9 months. Across the published spans (FACTS as reviewed on 2026-12-05): containers
 * 1,000–28,000 → 448,000 ÷ 10,000 = 44.8 days = 1.5 months to 12,544,000 ÷ 10,000 = 1,254.4 days
 * = 41.2 months (a swing of 39.7); daily 10,000–70,000 (the Ukrainian General Staff's 60,000–70,000
 * the highest) → 9.9 to 3,001,600 ÷ 70,000 = 42.88 days = 1.4 months (8.5); shells per container
 * 253–615 (the satellite count's 4 million ÷ 15,809 to the NIS's 8 million ÷ 13,000) → 6,700 × 253
 * = 1,695,100 shells, 169.51 days = 5.6 months, to 6,700 × 615 = 4,120,500, 412.05 days = 13.5
 * months (8.0); usable 50–100% → 4.9 to 9.9 (4.9). A month is 30.436875 days. The share of
 * containers holding shells has no published figure.
 */
import { render, screen, within } from '@testing-library/react';
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { Tornado } from '../../src/features/sensitivity/tornado';
import type { Ranges } from '../../src/model/ranges';

function renderTornado(ranges: Ranges = {}, changes = {}) {
  return render(<Tornado inputs={{ ...DEFAULT_INPUTS, ...changes }} ranges={ranges} />);
}

function rowNamed(label: string): HTMLElement {
  return screen.getByRole('row', { name: new RegExp(`^${label}`) });
}

describe(Tornado, () => {
  it('is a section named "What matters most"', () => {
    renderTornado();
    expect(screen.getByRole('region', { name: 'What matters most' })).toBeInTheDocument();
  });

  it('names the assumption that matters most in one sentence', () => {
    renderTornado();
    expect(
      screen.getByText(
        'The number of containers matters most: from 1,000 to 28,000 containers, months of fire go from 1.5 to 41.2.',
      ),
    ).toBeInTheDocument();
  });

  it('lists the assumptions by how much they move months of fire, largest first', () => {
    renderTornado();
    const table = screen.getByRole('table');
    const labels = within(table)
      .getAllByRole('rowheader')
      .map((header) => header.firstChild?.textContent);
    expect(labels).toEqual([
      'Containers shipped',
      'Russian fire per day',
      'Shells per container',
      'Shells that work',
    ]);
  });

  it.each([
    [
      'Containers shipped',
      '1,000 to 28,000 containers',
      '1.5 months at 1,000, 41.2 months at 28,000',
    ],
    [
      'Russian fire per day',
      '10,000 to 70,000 shells a day',
      '9.9 months at 10,000, 1.4 months at 70,000',
    ],
    ['Shells that work', '50% to 100%', '4.9 months at 50%, 9.9 months at 100%'],
    [
      'Shells per container',
      '253 to 615 shells a container',
      '5.6 months at 253, 13.5 months at 615',
    ],
  ])('reads out the row %s with its span and both ends', (label, span, ends) => {
    renderTornado();
    const row = rowNamed(label);
    expect(within(row).getByRole('rowheader')).toHaveTextContent(`${span}, published figures`);
    expect(within(row).getByRole('cell')).toHaveTextContent(ends);
  });

  it('writes the end values at the ends of each bar, and hides the drawing from screen readers', () => {
    renderTornado();
    const cell = within(rowNamed('Russian fire per day')).getByRole('cell');
    const track = cell.querySelector('.tornado-track');
    expect(track).toHaveAttribute('aria-hidden', 'true');
    // the smaller months (1.4, at 70,000 a day) on the left, the larger on the right
    expect(track?.querySelector('.tornado-end-left')).toHaveTextContent('1.4at 70,000');
    expect(track?.querySelector('.tornado-end-right')).toHaveTextContent('9.9at 10,000');
  });

  it('marks months of fire now', () => {
    renderTornado();
    expect(screen.getByRole('columnheader', { name: 'Months of fire (now 9.9)' })).toBeVisible();
  });

  it('says which assumption was not varied, and why', () => {
    renderTornado();
    expect(
      screen.getByText('Not varied: Containers holding shells (no published figure).'),
    ).toBeInTheDocument();
  });

  it("varies a ranged input across the reader's own range", () => {
    // daily 20,000..40,000: 3,001,600 ÷ 20,000 ÷ 30.436875 = 4.9 months, ÷ 40,000 → 2.5
    renderTornado({ daily: { low: 20_000, high: 40_000 } });
    const row = rowNamed('Russian fire per day');
    expect(within(row).getByRole('rowheader')).toHaveTextContent(
      '20,000 to 40,000 shells a day, your 90% range',
    );
    expect(within(row).getByRole('cell')).toHaveTextContent(
      '4.9 months at 20,000, 2.5 months at 40,000',
    );
  });

  it('says plainly when nothing moves months of fire', () => {
    renderTornado({}, { share: 0 });
    expect(
      screen.getByText('None of these assumptions moves months of fire from 0.0.'),
    ).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/NaN|Infinity|undefined/);
  });
});
