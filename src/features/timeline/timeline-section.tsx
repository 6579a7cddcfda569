import { lazy, Suspense, useDeferredValue, useMemo } from 'react';
import { hasRanges } from '../../model/ranges';
import { useActions, useStore, useFirstMessages, useLaterMessages } from '../../store/store';
import { mediansOf } from '../../model/evaluate';
import { useEvaluation } from '../../store/use-evaluation';
import { ErrorBoundary } from '../../ui/error-boundary';
import './timeline.css';

// The chart, its data and its table load after the numbers are on screen.
const TimelineBody = lazy(() => import('./timeline-body'));

/** The timeline chart with its legend and its table alternative. */
export function TimelineSection() {
  const { page } = useFirstMessages();
  const words = useLaterMessages().timeline;
  const embed = useStore((state) => state.embed);
  const inputs = useStore((state) => state.inputs);
  const ranges = useStore((state) => state.ranges);
  const view = useEvaluation();
  const results = mediansOf(view.evaluation);
  // The newest sampling even when it lags the inputs by a keystroke: the band follows a moment
  // later instead of blinking out and back on every change.
  const sampled = view.sampled ? view.evaluation : null;
  const { resetToDefaults } = useActions();
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
        {words.title}
      </h2>
      <p className="section-dek">{words.dek}</p>
      <ul className="legend" aria-hidden="true">
        <li className="legend-delivered">{words.delivered}</li>
        <li className="legend-fired">{words.fired}</li>
        <li className="legend-capacity">{words.published.capacity}</li>
        <li className="legend-estimate">{words.published.estimate}</li>
        {hasRanges(shown.ranges) ? <li className="legend-band">{words.band}</li> : null}
      </ul>
      <ErrorBoundary
        what="chart"
        message={page.failed}
        resetLabel={page.reset}
        onReset={resetToDefaults}
      >
        <Suspense fallback={<div className="chart-frame chart-loading">{words.loading}</div>}>
          <TimelineBody {...shown} onReset={resetToDefaults} downloads={!embed} />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}
