/**
 * "What matters most" as a reader sees and hears it, about Shin's February 2024 statement (the
 * default). Defaults: 3,001,600 shells at 10,000 a day = 9.9 months. Each assumption moves across
 * the doubt about that statement only (src/facts/doubt.ts), never across counts of other dates:
 * - the mix, 0–100% rockets ("it could be a mix"): 9.9 → 0 months (a swing of 9.9);
 * - daily 10,000–70,000 (the published Russian rates): 9.9 → 3,001,600 ÷ 70,000 = 42.88 days = 1.4 (8.5);
 * - usable 50–100%: 4.9 → 9.9 (4.9);
 * - shells per container 400–500 (the published 152 mm conversions): 6,700 × 400 = 2,680,000
 *   = 268 days = 8.8 months, to 3,350,000 = 335 days = 11.0 (2.2);
 * - containers "about 6,700" read as 6,030–7,370: 2,701,440 = 8.9 to 3,301,760 = 10.8 (2.0).
 * A month is 30.436875 days. The share of containers holding shells has no published figure.
 */
import { render, screen, within } from '@testing-library/react';
import { DEFAULT_INPUTS, PRESETS } from '../../src/facts/presets';
import { Tornado } from '../../src/features/sensitivity/tornado';
import type { Inputs } from '../../src/model/inputs';
import type { Ranges } from '../../src/model/ranges';

function renderTornado(
  ranges: Ranges = {},
  changes: Partial<Inputs> = {},
  statementId = 'shin-2024-02',
) {
  return render(
    <Tornado
      inputs={{ ...DEFAULT_INPUTS, ...changes }}
      ranges={ranges}
      statementId={statementId}
    />,
  );
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
        'The mix of shells and rockets matters most: from 0% to 100% filled with rockets, months of fire go from 9.9 to 0.0.',
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
      'Filled with 122 mm rockets instead',
      'Russian fire per day',
      'Shells that work',
      'Shells per container',
      'Containers shipped',
    ]);
  });

  it.each([
    [
      'Containers shipped',
      '6,030 to 7,370 containers: “about 6,700 containers”, read as a tenth either way (our reading)',
      '8.9 months at 6,030, 10.8 months at 7,370',
    ],
    [
      'Shells per container',
      '400 to 500 shells a container: the published conversions to 152 mm shells, from South Korea’s defence minister, December 2023 to South Korean military officials, November 2023 (our divisions)',
      '8.8 months at 400, 11.0 months at 500',
    ],
    [
      'Filled with 122 mm rockets instead',
      '0% to 100% filled with rockets: from all 152 mm shells to all 122 mm rockets (“it could be a mix”)',
      '9.9 months at 0%, 0.0 months at 100%',
    ],
    [
      'Shells that work',
      '50% to 100%: from half working (Ukrainian military intelligence, February 2024) to all',
      '4.9 months at 50%, 9.9 months at 100%',
    ],
    [
      'Russian fire per day',
      '10,000 to 70,000 shells a day: the published rates of Russian fire, from RUSI and NATO, early 2024 to',
      '9.9 months at 10,000, 1.4 months at 70,000',
    ],
  ])('says what the row %s spans, and reads out both ends', (label, span, ends) => {
    renderTornado();
    const row = rowNamed(label);
    expect(within(row).getByRole('rowheader')).toHaveTextContent(span);
    expect(within(row).getByRole('cell')).toHaveTextContent(ends);
  });

  it('never varies containers across the counts of other dates', () => {
    renderTornado();
    const row = rowNamed('Containers shipped');
    // 1,000 (Oct 2023) and 28,000 (Jul 2025) are other statements' counts.
    expect(row).not.toHaveTextContent(/1,000 to|28,000/);
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

  it('leaves an exact count and a single calibre alone (the satellite count of 15,809)', () => {
    const osc = PRESETS.find(({ id }) => id === 'osc-2025-04');
    if (!osc) throw new Error('no satellite count');
    render(<Tornado inputs={osc.inputs} ranges={osc.ranges ?? {}} statementId="osc-2025-04" />);
    expect(
      screen.getByText(
        'Not varied: Containers shipped (given exactly); Containers holding shells (no published figure); Filled with 122 mm rockets instead (the statement gives one calibre).',
      ),
    ).toBeInTheDocument();
    // Its own range of 253–380 a container is the reader's range now, as the link sets it.
    expect(within(rowNamed('Shells per container')).getByRole('rowheader')).toHaveTextContent(
      '253 to 380 shells a container, your 90% range',
    );
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
