/**
 * Renders the whole page as a reader meets it. recharts measures nothing in jsdom, so the lazily
 * loaded chart is replaced by a stub here and checked in the browser tests instead; everything
 * else on the page is the real thing.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { App } from '../../src/app/app';
import { AssumptionsPanel } from '../../src/features/assumptions/assumptions-panel';
import { HeadlineResults } from '../../src/features/results/headline-results';
import { RangedHeadline } from '../../src/features/results/ranged-headline';
import { ResultDetails } from '../../src/features/results/result-details';
import { CONTRACT_RESULT_KEYS } from '../contract-defaults';

vi.mock('../../src/features/timeline/timeline-chart', () => ({
  default: function ChartStub() {
    return <div className="chart-frame">Chart</div>;
  },
}));

/** The contract's result keys (CONTRACT §1, "Results"). */
export const RESULT_KEYS = CONTRACT_RESULT_KEYS;

export type ResultKey = (typeof RESULT_KEYS)[number];

/**
 * A user without delays. jsdom applies none of the page's CSS, so user-event's check for
 * `pointer-events: none` finds nothing here, yet it walks every ancestor's computed style on each
 * action: it is skipped. Clicks as a browser makes them are the browser tests' job.
 */
function setUpUser() {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/**
 * Renders `<App />` and waits until every part that loads after the first results (the
 * assumptions, the sources, the chart...) has arrived, as a reader would.
 */
export async function renderApp() {
  const user = setUpUser();
  const view = render(<App />);
  await waitFor(
    () => {
      expect(screen.queryAllByText(/^Loading .*…$/)).toEqual([]);
    },
    // The first dynamic import of a test file is transformed on the spot.
    { timeout: 10_000 },
  );
  return { user, ...view };
}

/**
 * Renders the calculator's working parts alone, as the page lays them out: every result the
 * contract marks and the assumption fields, without the chart, the analysis, sharing and the
 * sources. For tests of typing, which re-render what they render on every key: the rest of the
 * page reads the same inputs and is the whole-page tests' business.
 */
export function renderCalculator() {
  const user = setUpUser();
  const view = render(
    <main>
      <section className="results" aria-label="Results">
        <HeadlineResults rangedView={<RangedHeadline />} />
        <ResultDetails />
      </section>
      <AssumptionsPanel />
    </main>,
  );
  return { user, ...view };
}

/** The one element the contract marks with `data-result="<key>"`; fails when there is not exactly one. */
export function resultFigure(key: ResultKey): HTMLElement {
  const figures = document.querySelectorAll<HTMLElement>(`[data-result="${key}"]`);
  expect(figures, `elements with data-result="${key}"`).toHaveLength(1);
  const [figure] = figures;
  if (figure === undefined) throw new Error(`no data-result="${key}"`);
  return figure;
}

/** The exact value the contract writes for a result, or null when the page shows a reason instead. */
export function resultValue(key: ResultKey): string | null {
  return resultFigure(key).getAttribute('data-value');
}

/** The named entry field of an input, found by its visible label as a reader finds it. */
export function field(label: string): HTMLInputElement {
  // By its label, as a reader finds it; `getByRole` would work out the role and name of every
  // element of the page on each call, which is most of a typing test's time in jsdom.
  const input = screen.getByLabelText(label, { selector: 'input[type="text"]' });
  if (!(input instanceof HTMLInputElement)) throw new Error(`${label} is not an <input>`);
  return input;
}
