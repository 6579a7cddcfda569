/**
 * "Would it fit in a container?" as a reader sees it, with the real store. Defaults: 448 shells of
 * 43.56 kg = 19,514.88 kg against payloads of 28,180 (20-ft), 21,920 (20-ft, older) and 26,730
 * (40-ft) kg; at most 646 / 503 / 613 shells fit (28,180 ÷ 43.56 = 646.9, 21,920 ÷ 43.56 = 503.2,
 * 26,730 ÷ 43.56 = 613.6).
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
    // 21,920 − 19,514.88 = 2,405.12; 26,730 − 19,514.88 = 7,215.12
    expect(ratingRows()).toEqual([
      ['20-ft (your choice)FreightUtils', '28,180 kg', 'Fit, 8.7 t to spare', '646'],
      ['20-ft, older ratingungertgz.com', '21,920 kg', 'Fit, 2.4 t to spare', '503'],
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

  it('says 480 Grad rockets of 66 kg are too heavy for any container', () => {
    render(<WeightCheckSection />);
    set({ perContainer: 480, shellKg: 66 });
    // 480 × 66 = 31,680 kg; over by 3,500, 9,760 and 4,950 kg; 28,180 ÷ 66 = 426.97
    expect(verdict()).toHaveTextContent(
      'Too heavy: 480 rockets of 66 kg weigh 31.7 t, more than any container’s payload.',
    );
    expect(ratingRows().map((row) => row.slice(2))).toEqual([
      ['Too heavy by 3.5 t', '426'],
      ['Too heavy by 9.8 t', '332'],
      ['Too heavy by 5 t', '405'],
    ]);
    expect(figure('maxPerContainer')).toHaveAttribute('data-value', '426');
    expect(figure('packedMassKg')).toHaveAttribute('data-value', '31680');
    expect(screen.getByText(/Mass of one round: 66 kg, 122 mm Grad rocket/)).toBeVisible();
  });

  it('adds a packaging allowance: 20% makes 448 shells too heavy for the older rating only', () => {
    render(<WeightCheckSection />);
    set({ packaging: 20 });
    // 43.56 × 1.2 = 52.272 kg; × 448 = 23,417.856 kg; 28,180 − 23,417.856 = 4,762.144
    expect(verdict()).toHaveTextContent(
      '448 shells of 43.56 kg, with 20% for packaging, weigh 23.4 t: they fit the 28,180 kg payload of a 20-ft container, with 4.8 t to spare.',
    );
    // 21,920 − 23,417.856 = −1,497.856; 26,730 − 23,417.856 = 3,312.144
    // 28,180 ÷ 52.272 = 539.1; 21,920 ÷ 52.272 = 419.3; 26,730 ÷ 52.272 = 511.4
    expect(ratingRows().map((row) => row.slice(2))).toEqual([
      ['Fit, 4.8 t to spare', '539'],
      ['Too heavy by 1.5 t', '419'],
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
    set({ packaging: 20, payloadKg: 21_920 });
    expect(verdict()).toHaveTextContent(
      'Too heavy: 448 shells of 43.56 kg, with 20% for packaging, weigh 23.4 t, 1.5 t more than the 21,920 kg payload of a 20-ft container on the older rating.',
    );
    expect(ratingRows()[1]?.[0]).toBe('20-ft, older rating (your choice)ungertgz.com');
    expect(figure('maxPerContainer')).toHaveAttribute('data-value', '419');
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
