/**
 * CONTRACT §6: the two flags appear exactly when their conditions hold (both sides of each
 * boundary), and `[data-results]` says with `aria-busy` when every result on the page is final.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { resetStore, useStore } from '../../src/store/store';
import { showOnScreen } from '../language-on-screen';
import { withSampling } from '../services';
import { field, renderApp, renderCalculator, resultValue } from './render-app';

beforeEach(() => {
  resetStore();
});

const flag = (name: string) => document.querySelector<HTMLElement>(`[data-flag="${name}"]`);

function set(values: Partial<ReturnType<typeof useStore.getState>['inputs']>) {
  act(() => {
    for (const [key, value] of Object.entries(values)) {
      useStore.getState().actions.setInput(key as 'containers', value as number);
    }
  });
}

describe('the flag on the share of Russian fire', () => {
  beforeEach(() => {
    showOnScreen('en');
  });

  it('says beside 181% that the inputs cannot all be right, and which way each could be wrong', () => {
    renderCalculator();
    expect(Number(resultValue('dailyCoverage'))).toBeCloseTo(180.82, 2);
    const coverage = flag('dailyCoverage');
    expect(coverage).not.toBeNull();
    if (!coverage) return;
    expect(coverage).toHaveTextContent(
      'Over 100%: at 10,000 shells a day, these inputs say North Korea delivered more than everything Russia fired, so they cannot all be right.',
    );
    const ways = within(coverage)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(ways).toEqual([
      'Containers shipped: may be too high: a count of containers can include other cargo',
      expect.stringMatching(
        /^Shells per container: may be too high: most published figures are capacity/,
      ),
      'Containers holding shells: may be too high: not every container carried shells',
      'Shells that work: may be too high: some shells did not work or needed repair',
      'Russian fire per day: may be too low: published rates of Russian fire run from 10,000 to 70,000 a day',
    ]);
  });

  it('goes when the reader types a daily rate at which the deliveries are 90%', async () => {
    const { user } = renderCalculator();
    const daily = field('Russian fire per day');
    await user.clear(daily);
    await user.type(daily, '20000');
    await user.tab();
    expect(Number(resultValue('dailyCoverage'))).toBeCloseTo(90.41, 2);
    expect(flag('dailyCoverage')).toBeNull();
  });

  it('is absent at exactly 100% and present just above', () => {
    renderCalculator();
    // 1,660 × 1,000 shells over 166 days = 10,000 a day, exactly the rate fired.
    set({ containers: 1_660, perContainer: 1_000, share: 100, usable: 100, daily: 10_000 });
    expect(resultValue('dailyCoverage')).toBe('100');
    expect(flag('dailyCoverage')).toBeNull();
    set({ containers: 1_661 });
    expect(Number(resultValue('dailyCoverage'))).toBeGreaterThan(100);
    expect(flag('dailyCoverage')).not.toBeNull();
  });
});

describe('the flag on the last day', () => {
  beforeEach(() => {
    showOnScreen('en');
  });

  it('is absent with the defaults: 300 days of fire after 166 days of deliveries', () => {
    renderCalculator();
    expect(flag('lastsUntil')).toBeNull();
    expect(screen.getByText('firing from the first delivery, with no other supply')).toBeVisible();
  });

  it('replaces the line under the date when the days of fire equal the days of delivery, and goes one container later', () => {
    renderCalculator();
    // 1,660,000 shells at 10,000 a day: 166 days, the delivery period (Sep 13, 2023 → Feb 26, 2024).
    set({ containers: 1_660, perContainer: 1_000, share: 100, usable: 100, daily: 10_000 });
    expect(resultValue('daysOfFire')).toBe(resultValue('deliveryDays'));
    expect(resultValue('lastsUntil')).toBe('2024-02-26');
    expect(flag('lastsUntil')).toHaveTextContent(
      'At this rate Russia fired the rounds as fast as they came: none were left over at the count date, so this date is the count’s, not how long a stock lasts',
    );
    expect(screen.queryByText('firing from the first delivery, with no other supply')).toBeNull();
    set({ containers: 1_661 });
    expect(flag('lastsUntil')).toBeNull();
  });

  it('shows for the October 2023 count', () => {
    renderCalculator();
    act(() => {
      useStore.getState().actions.selectScenario('mnd-2023-10');
    });
    expect(flag('lastsUntil')).not.toBeNull();
  });
});

describe.each([
  {
    lang: 'ko',
    coverage: '모두 맞을 수는 없습니다',
    last: '이 날짜는 재고가 버틴 기간이 아니라 집계일입니다',
  },
  { lang: 'uk', coverage: 'усі вони не можуть бути правильними', last: 'це дата підрахунку' },
] as const)('the flags in $lang', ({ lang, coverage, last }) => {
  it('say the same in the language on screen', () => {
    showOnScreen(lang);
    renderCalculator();
    expect(flag('dailyCoverage')).toHaveTextContent(coverage);
    expect(within(flag('dailyCoverage') ?? document.body).getAllByRole('listitem')).toHaveLength(5);
    set({ containers: 1_660, perContainer: 1_000, share: 100, usable: 100, daily: 10_000 });
    expect(flag('lastsUntil')).toHaveTextContent(last);
  });
});

describe('[data-results] and aria-busy', () => {
  withSampling();

  const results = () => {
    const found = document.querySelector('[data-results]');
    if (!found) throw new Error('no [data-results]');
    return found;
  };

  it('is busy until the parts with results have loaded, then settled; busy while a range is sampled, settled once it is', async () => {
    const pending = renderApp();
    expect(results()).toHaveAttribute('aria-busy', 'true');
    await pending;
    await waitFor(() => {
      expect(results()).toHaveAttribute('aria-busy', 'false');
    });
    expect(resultValue('totalShells')).toBe('3001600');

    act(() => {
      useStore.getState().actions.setRange('containers', { low: 6_000, high: 8_000 });
    });
    expect(results()).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => {
      expect(results()).toHaveAttribute('aria-busy', 'false');
    });
    // Settled means the figures are the sampled ones, with their 90% range.
    expect(document.querySelector('[data-result="totalShells"]')).toHaveAttribute('data-low');
  });
});
