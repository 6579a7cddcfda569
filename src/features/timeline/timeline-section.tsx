import { lazy, Suspense, useMemo } from 'react';
import { SCENARIOS } from '../../facts/scenarios';
import { useCalculatorStore } from '../../store/calculator-store';
import { useResults } from '../../store/use-results';
import { ErrorBoundary } from '../../ui/error-boundary';
import { buildTimeline } from './timeline-data';
import { TimelineTable } from './timeline-table';
import './timeline.css';

// recharts is most of the JavaScript: it loads after the numbers are on screen.
const TimelineChart = lazy(() => import('./timeline-chart'));

/** The timeline chart with its legend and its table alternative. */
export function TimelineSection() {
  const inputs = useCalculatorStore((state) => state.inputs);
  const results = useResults();
  const timeline = useMemo(() => buildTimeline(inputs, results, SCENARIOS), [inputs, results]);

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
      </ul>
      <ErrorBoundary what="The chart">
        <Suspense fallback={<div className="chart-frame chart-loading">Loading the chart…</div>}>
          <TimelineChart timeline={timeline} />
        </Suspense>
      </ErrorBoundary>
      <details className="table-toggle">
        <summary>The chart’s figures as a table</summary>
        <TimelineTable timeline={timeline} />
      </details>
    </section>
  );
}
