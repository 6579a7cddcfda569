/**
 * "Would it fit in a container?" as a reader sees it, with the real store. Defaults: 448 shells of
 * 43.56 kg = 19,514.88 kg against payloads of 28,180 (20-ft), 21,750 (20-ft, older; FACTS §3 as
 * reviewed, not the 21,920 that was not found) and 26,730 (40-ft) kg; at most 646 / 499 / 613
 * shells fit (28,180 ÷ 43.56 = 646.9, 21,750 ÷ 43.56 = 499.3, 26,730 ÷ 43.56 = 613.6). The 122 mm
 * Grad rocket is 65 kg (FACTS §3; the 66 kg figure was not found).
 */
import { act, render, screen, within } from '@testing-library/react';
import { WeightCheckSection } from '../../src/features/weight/weight-check-section';
import type { NumericInputKey } from '../../src/model/inputs';
import { useStore } from '../../src/store/store';

function set(values: Partial<Record<NumericInputKey, number>>) {
  act(() => {
    for (const [key, value] of Object.entries(values)) {
      useStore.getState().actions.setInput(key as NumericInputKey, value);
    }
  });
}

function verdict(): HTMLElement {
  return screen.getByRole('heading', { name: 'Would it fit in a container?' })
    .nextElementSibling as HTMLElement;
}

/**
 * Each rating's row as its cells read: container, payload, these rounds, most that fit; a mass
 * keeps its unit on its line with a no-break space, read here as a space.
 */
function ratingRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Container ratings' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) =>
        cell.textContent.replace(/\u00a0/g, ' '),
      ),
    );
}

function figure(key: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`[data-result="${key}"]`);
  if (!element) throw new Error(`no data-result="${key}"`);
  return element;
}

describe(WeightCheckSection, () => {
  it('says plainly that the default 448 shells fit, and how many could', () => {
    render(<WeightCheckSection />);
    expect(screen.getByRole('region', { name: 'Would it fit in a container?' })).toBeVisible();
    // 28,180 − 19,514.88 = 8,665.12 kg to spare
    expect(verdict()).toHaveTextContent(
      '448 shells of 43.56 kg weigh 19.5 t: they fit the 28,180 kg payload of a 20-ft container, with 8.7 t to spare.',
    );
    expect(
      screen.getByText(/fit the 28,180 kg payload of a 20-ft container\.$/, { selector: 'p' }),
    ).toHaveTextContent('By mass, at most 646 shells fit');
    expect(figure('maxPerContainer')).toHaveAttribute('data-value', '646');
    expect(Number(figure('packedMassKg').dataset.value)).toBeCloseTo(19_514.88, 9);
  });

  it('lists the three ratings with the chosen one marked and their sources', () => {
    render(<WeightCheckSection />);
    // 21,750 − 19,514.88 = 2,235.12; 26,730 − 19,514.88 = 7,215.12
    expect(ratingRows()).toEqual([
      ['20-ft (your choice)FreightUtils', '28,180 kg', 'Fit, 8.7 t to spare', '646'],
      ['20-ft, older ratingDimensions Guide', '21,750 kg', 'Fit, 2.2 t to spare', '499'],
      ['40-ftFreightUtils', '26,730 kg', 'Fit, 7.2 t to spare', '613'],
    ]);
    expect(screen.getAllByRole('link', { name: 'FreightUtils' })[0]).toHaveAttribute(
      'href',
      'https://www.freightutils.com/containers',
    );
    expect(screen.getByRole('link', { name: /2S3 Akatsiya/ })).toBeVisible();
  });

  it('makes the packaging assumption explicit, and notes that volume is not checked', () => {
    render(<WeightCheckSection />);
    expect(
      screen.getByText('Packaging allowance: 0%, your assumption; no published figure.'),
    ).toBeVisible();
    expect(screen.getByText(/We found no published count of crates/)).toBeVisible();
    expect(screen.getByText(/Volume is not checked, only mass/)).toHaveTextContent('33.2 m³');
  });

  it('says 480 Grad rockets of 65 kg are too heavy for any container', () => {
    render(<WeightCheckSection />);
    set({ perContainer: 480, shellKg: 65 });
    // 480 × 65 = 31,200 kg; over by 31,200 − 28,180 = 3,020, 31,200 − 21,750 = 9,450 and
    // 31,200 − 26,730 = 4,470 kg; at most 28,180 ÷ 65 = 433.5, 21,750 ÷ 65 = 334.6 and
    // 26,730 ÷ 65 = 411.2 fit; 9,450 kg is 9.45 t, which Intl rounds half away from zero to 9.5
    expect(verdict()).toHaveTextContent(
      'Too heavy: 480 rockets of 65 kg weigh 31.2 t, more than any container’s payload.',
    );
    expect(ratingRows().map((row) => row.slice(2))).toEqual([
      ['Too heavy by 3 t', '433'],
      ['Too heavy by 9.5 t', '334'],
      ['Too heavy by 4.5 t', '411'],
    ]);
    expect(figure('maxPerContainer')).toHaveAttribute('data-value', '433');
    expect(figure('packedMassKg')).toHaveAttribute('data-value', '31200');
    expect(screen.getByText(/Mass of one round: 65 kg, 122 mm Grad rocket/)).toBeVisible();
  });

  it('adds a packaging allowance: 20% makes 448 shells too heavy for the older rating only', () => {
    render(<WeightCheckSection />);
    set({ packaging: 20 });
    // 43.56 × 1.2 = 52.272 kg; × 448 = 23,417.856 kg; 28,180 − 23,417.856 = 4,762.144
    expect(verdict()).toHaveTextContent(
      '448 shells of 43.56 kg, with 20% for packaging, weigh 23.4 t: they fit the 28,180 kg payload of a 20-ft container, with 4.8 t to spare.',
    );
    // 21,750 − 23,417.856 = −1,667.856; 26,730 − 23,417.856 = 3,312.144
    // 28,180 ÷ 52.272 = 539.1; 21,750 ÷ 52.272 = 416.1; 26,730 ÷ 52.272 = 511.4
    expect(ratingRows().map((row) => row.slice(2))).toEqual([
      ['Fit, 4.8 t to spare', '539'],
      ['Too heavy by 1.7 t', '416'],
      ['Fit, 3.3 t to spare', '511'],
    ]);
    expect(figure('maxPerContainer')).toHaveAttribute('data-value', '539');
    expect(Number(figure('packedMassKg').dataset.value)).toBeCloseTo(23_417.856, 9);
    expect(
      screen.getByText('Packaging allowance: 20%, your assumption; no published figure.'),
    ).toBeVisible();
  });

  it('judges against the chosen payload: the older 20-ft rating', () => {
    render(<WeightCheckSection />);
    set({ packaging: 20, payloadKg: 21_750 });
    // 23,417.856 − 21,750 = 1,667.856 kg over; 21,750 ÷ 52.272 = 416.1
    expect(verdict()).toHaveTextContent(
      'Too heavy: 448 shells of 43.56 kg, with 20% for packaging, weigh 23.4 t, 1.7 t more than the 21,750 kg payload of a 20-ft container on the older rating.',
    );
    expect(ratingRows()[1]?.[0]).toBe('20-ft, older rating (your choice)Dimensions Guide');
    expect(figure('maxPerContainer')).toHaveAttribute('data-value', '416');
  });

  it('says when a load fits only just', () => {
    render(<WeightCheckSection />);
    set({ perContainer: 646 });
    // 646 × 43.56 = 28,139.76 kg, 40.24 kg under 28,180
    expect(verdict()).toHaveTextContent(
      'Only just: 646 shells of 43.56 kg weigh 28.1 t: they fit the 28,180 kg payload of a 20-ft container, with only 40 kg to spare.',
    );
  });

  it('checks the high end of a range of shells per container', () => {
    render(<WeightCheckSection />);
    act(() => {
      useStore.getState().actions.setRange('perContainer', { low: 266, high: 480 });
    });
    // centre √(266 × 480) = 357.3; 480 × 43.56 = 20,908.8 kg; 266 × 43.56 = 11,586.96 kg
    expect(verdict()).toHaveTextContent(
      '357.3 shells (the middle of your range) of 43.56 kg weigh 15.6 t',
    );
    expect(screen.getByText(/Your range goes up to 480 shells/)).toHaveTextContent(
      'Your range goes up to 480 shells a container: at that end they weigh 20.9 t and still fit the 28,180 kg payload of a 20-ft container.',
    );
    const mass = figure('packedMassKg');
    expect(Number(mass.dataset.low)).toBeCloseTo(11_586.96, 9);
    expect(Number(mass.dataset.high)).toBeCloseTo(20_908.8, 9);
  });

  it('names a payload and a mass of the reader’s own as theirs', () => {
    render(<WeightCheckSection />);
    set({ shellKg: 50, payloadKg: 25_000 });
    // 448 × 50 = 22,400 kg; 25,000 ÷ 50 = 500
    expect(verdict()).toHaveTextContent(
      '448 rounds of 50 kg weigh 22.4 t: they fit the 25,000 kg payload you set, with 2.6 t to spare.',
    );
    expect(screen.queryByText(/your choice/)).toBeNull();
    expect(screen.getByText(/Mass of one round/)).toHaveTextContent(
      'Mass of one round: 50 kg, your figure.',
    );
    expect(figure('maxPerContainer')).toHaveAttribute('data-value', '500');
  });
});
