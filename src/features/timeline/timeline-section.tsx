import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { hasRanges } from '../../model/ranges';
import { useCalculatorActions, useCalculatorStore } from '../../store/calculator-store';
import { useResults } from '../../store/use-results';
import { useSampledResults } from '../../store/use-sampled';
import { ErrorBoundary } from '../../ui/error-boundary';
import { useFirstMessages } from '../../store/language-store';
import './timeline.css';

// The chart, its data and its table load after the numbers are on screen.
const TimelineBody = lazy(() => import('./timeline-body'));

/** The timeline chart with its legend and its table alternative. */
export function TimelineSection() {
  const { page } = useFirstMessages();
  const inputs = useCalculatorStore((state) => state.inputs);
  const results = useResults();
  const ranges = useCalculatorStore((state) => state.ranges);
  const view = useSampledResults();
  // The newest sampling even when it lags the inputs by a keystroke: the band follows a moment
  // later instead of blinking out and back on every change.
  const sampled = view.kind === 'ready' ? view.results : null;
  const { resetToDefaults } = useCalculatorActions();
  // The headline figures update within the keystroke; the chart follows a moment later, without
  // holding them up.
  const current = useMemo(
    () => ({ inputs, results, ranges, sampled }),
    [inputs, results, ranges, sampled],
  );
  const shown = useDeferredValue(current);

  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="section-title">
        Deliveries against Russian fire
      </h2>
      <p className="section-dek">
        Shells delivered, spread evenly from the first delivery to the count, against what Russia
        fires at your daily rate from the same day. Where the lines cross is where these shells
        alone would have run out. Diamonds mark the totals officials and analysts published, each
        counted from its own start date.
      </p>
      <ul className="legend" aria-hidden="true">
        <li className="legend-delivered">Delivered by North Korea</li>
        <li className="legend-fired">Fired by Russia</li>
        <li className="legend-estimate">Published estimates</li>
        {hasRanges(shown.ranges) ? <li className="legend-band">90% range</li> : null}
      </ul>
      <ErrorBoundary
        what={page.parts.chart}
        message={page.failed(page.parts.chart)}
        resetLabel={page.reset}
        onReset={resetToDefaults}
      >
        <Suspense fallback={<div className="chart-frame chart-loading">Loading the chart…</div>}>
          <TimelineBody {...shown} onReset={resetToDefaults} />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}
