/**
 * "How the answer spreads" as a reader sees and hears it, with the real store and the real
 * sampling (on the main thread: jsdom has no workers). With containers 6,700..13,000 and the other
 * inputs at the defaults, the median total is about 6,700 × 448 × √(13,000 ÷ 6,700) ≈ 4.2 million.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SpreadSection } from '../../src/features/spread/spread-section';
import { formatApprox, formatFixed } from '../../src/i18n/format';
import { centredInputs, type Ranges } from '../../src/model/ranges';
import { sampleResults } from '../../src/model/sampling';
import { useStore } from '../../src/store/store';
import { withSampling } from '../services';

withSampling();

const CONTAINERS: Ranges = { containers: { low: 6_700, high: 13_000 } };

function setRanges(ranges: Ranges) {
  const { setRange } = useStore.getState().actions;
  act(() => {
    for (const [key, interval] of Object.entries(ranges)) {
      setRange(key as keyof Ranges, interval);
    }
  });
}

/** What the section should say, from the same seeded sampling. */
function expected(ranges: Ranges) {
  const { inputs } = useStore.getState();
  return sampleResults(centredInputs(inputs, ranges), ranges);
}

/** The table's row of one percentile, as its cells read. */
function rowCells(name: string): string[] {
  const row = screen.getByRole('row', { name: new RegExp(`^${name}`) });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
}

describe(SpreadSection, () => {
  it('invites a reader to try ranges while every input is exact', async () => {
    const user = userEvent.setup({ delay: null });
    render(<SpreadSection />);
    expect(screen.getByRole('region', { name: 'How the answer spreads' })).toBeVisible();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try the published spans' }));

    // The published spans (FACTS as reviewed on 2026-12-05): shells per container from the
    // satellite count's 4 million ÷ 15,809 = 253 to the NIS's 8 million ÷ 13,000 = 615; Russian
    // fire from RUSI's 10,000 a day to the Ukrainian General Staff's 70,000.
    expect(useStore.getState().ranges).toEqual({
      perContainer: { low: 253, high: 615 },
      daily: { low: 10_000, high: 70_000 },
    });
    expect(
      screen.queryByRole('button', { name: 'Try the published spans' }),
    ).not.toBeInTheDocument();
    expect(await screen.findAllByRole('img', { name: /median/ }, { timeout: 10_000 })).toHaveLength(
      2,
    );
  });

  it('draws both histograms, named by their median and 90% range', async () => {
    setRanges(CONTAINERS);
    const results = expected(CONTAINERS);
    const total = results.totalShells;
    const months = results.monthsOfFire;
    render(<SpreadSection />);

    const shells = await screen.findByRole(
      'img',
      { name: /^Working shells delivered: median/ },
      { timeout: 10_000 },
    );
    await waitFor(() => {
      expect(shells).toHaveAccessibleName(
        `Working shells delivered: median ${formatApprox(total.median, 'en')}; 90% range ${formatApprox(total.low, 'en')} to ${formatApprox(total.high, 'en')}.`,
      );
    });
    expect(formatApprox(total.median, 'en')).toBe('4.2 million');
    expect(
      screen.getByRole('img', {
        name: `Months of Russian fire: median ${formatFixed(months.median, 'en', 1)} months; 90% range ${formatFixed(months.low, 'en', 1)} to ${formatFixed(months.high, 'en', 1)} months.`,
      }),
    ).toBeInTheDocument();
    expect(within(shells).getByText('median 4.2 million')).toBeInTheDocument();
    expect(
      screen.getByText('From 10,000 seeded samples; the 0.5% at each end is not drawn.'),
    ).toBeVisible();
  });

  it('gives the 5th percentile, median and 95th percentile in a table', async () => {
    setRanges(CONTAINERS);
    const { totalShells, monthsOfFire } = expected(CONTAINERS);
    render(<SpreadSection />);
    await screen.findAllByRole('img', { name: /median/ }, { timeout: 10_000 });

    await waitFor(() => {
      expect(rowCells('Median')).toEqual([
        formatApprox(totalShells.median, 'en'),
        formatFixed(monthsOfFire.median, 'en', 1),
      ]);
    });
    expect(rowCells('5th percentile')).toEqual([
      formatApprox(totalShells.low, 'en'),
      formatFixed(monthsOfFire.low, 'en', 1),
    ]);
    expect(rowCells('95th percentile')).toEqual([
      formatApprox(totalShells.high, 'en'),
      formatFixed(monthsOfFire.high, 'en', 1),
    ]);
  });

  it('colours the bars inside the 90% range apart from those outside it', async () => {
    setRanges(CONTAINERS);
    render(<SpreadSection />);
    const [shells] = await screen.findAllByRole('img', { name: /median/ }, { timeout: 10_000 });
    const bars = shells?.querySelectorAll('rect') ?? [];
    expect(bars).toHaveLength(36);
    const inside = shells?.querySelectorAll('rect.spread-bar-inside') ?? [];
    expect(inside.length).toBeGreaterThan(20);
    expect(inside.length).toBeLessThan(36);
    expect(shells?.querySelectorAll('text.spread-tick').length).toBeGreaterThanOrEqual(3);
  });

  it('writes no NaN or Infinity when a result does not vary (only the daily rate is a range)', async () => {
    const daily: Ranges = { daily: { low: 10_000, high: 44_500 } };
    setRanges(daily);
    const { container } = render(<SpreadSection />);
    const shells = await screen.findByRole(
      'img',
      {
        name: /^Working shells delivered: median 3\.0 million; 90% range 3\.0 million to 3\.0 million\.$/,
      },
      { timeout: 10_000 },
    );
    expect(shells.querySelectorAll('rect')).toHaveLength(1);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity|undefined/);
  });
});
