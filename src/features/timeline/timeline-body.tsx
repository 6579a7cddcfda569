import { memo, useMemo } from 'react';
import { SCENARIOS } from '../../facts/scenarios';
import type { Inputs } from '../../model/inputs';
import type { Results } from '../../model/results';
import { ErrorBoundary } from '../../ui/error-boundary';
import TimelineChart from './timeline-chart';
import { buildTimeline } from './timeline-data';
import { TimelineTable } from './timeline-table';

interface TimelineBodyProps {
  inputs: Inputs;
  results: Results;
  /** What the chart's "reset to defaults" does. */
  onReset: () => void;
}

/**
 * The chart and its table, loaded after the first results: recharts is most of the JavaScript,
 * and none of this is needed to show the numbers. Memoised: the section re-renders on every
 * keystroke with the previous (deferred) figures, and redrawing the chart for them would hold the
 * keystroke up.
 */
function TimelineBody({ inputs, results, onReset }: TimelineBodyProps) {
  const timeline = useMemo(() => buildTimeline(inputs, results, SCENARIOS), [inputs, results]);
  return (
    <>
      <ErrorBoundary what="The chart" onReset={onReset}>
        <TimelineChart timeline={timeline} />
      </ErrorBoundary>
      <details className="table-toggle disclosure">
        <summary>The chart’s figures as a table</summary>
        <TimelineTable timeline={timeline} />
      </details>
    </>
  );
}

export default memo(TimelineBody);
