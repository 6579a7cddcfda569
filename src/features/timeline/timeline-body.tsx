import { memo, useMemo, useRef } from 'react';
import { SCENARIOS } from '../../facts/scenarios';
import type { Inputs } from '../../model/inputs';
import type { Ranges } from '../../model/ranges';
import type { Results } from '../../model/results';
import type { SampledResults } from '../../model/sampling';
import { currentCsvHeading } from '../../store/csv-heading';
import { currentPermalink } from '../../store/permalink';
import { useFirstMessages, useLang, useLaterMessages } from '../../store/store';
import { ChartDownloads, CsvButton } from '../../ui/chart-downloads';
import { ErrorBoundary } from '../../ui/error-boundary';
import { estimateWording } from './estimate-wording';
import TimelineChart from './timeline-chart';
import { buildTimeline, timelineCsvRows } from './timeline-data';
import { TimelineTable } from './timeline-table';

interface TimelineBodyProps {
  inputs: Inputs;
  results: Results;
  ranges: Ranges;
  /** The ranges' results once sampled, else null. */
  sampled: SampledResults | null;
  /** What the chart's "reset to defaults" does. */
  onReset: () => void;
  /** Offer the chart and its figures as files (not in the embedded view: the article is). */
  downloads: boolean;
}

/**
 * The chart and its table, loaded after the first results: recharts is most of the JavaScript,
 * and none of this is needed to show the numbers. Memoised: the section re-renders on every
 * keystroke with the previous (deferred) figures, and redrawing the chart for them would hold the
 * keystroke up.
 */
function TimelineBody({ inputs, results, ranges, sampled, onReset, downloads }: TimelineBodyProps) {
  const frame = useRef<HTMLDivElement>(null);
  const { page } = useFirstMessages();
  const words = useLaterMessages();
  const lang = useLang();
  const timeline = useMemo(
    () =>
      buildTimeline(inputs, results, SCENARIOS, { ranges, sampled }, (scenario) =>
        estimateWording(scenario, words, lang),
      ),
    [inputs, results, ranges, sampled, words, lang],
  );
  return (
    <>
      <ErrorBoundary what="chart" message={page.failed} resetLabel={page.reset} onReset={onReset}>
        <div ref={frame}>
          <TimelineChart timeline={timeline} />
        </div>
      </ErrorBoundary>
      <details className="table-toggle disclosure">
        <summary>{words.timeline.asTable}</summary>
        <TimelineTable timeline={timeline} />
      </details>
      {downloads ? (
        <div className="timeline-downloads">
          <ChartDownloads
            getSvg={() =>
              frame.current?.querySelector<SVGSVGElement>('svg.recharts-surface') ?? null
            }
            title={words.timeline.title}
            source={`${words.downloads.sourcePrefix} ${words.downloads.chartSource}`}
            permalink={currentPermalink}
            fileBase="shell-count-timeline"
            label={(format) => words.downloads.chartAs(words.downloads.chartNames.timeline, format)}
          />
          <CsvButton
            heading={currentCsvHeading}
            fileName="shell-count-timeline.csv"
            label={words.timeline.csvName}
            rows={() => timelineCsvRows(timeline.rows, words.timeline.csvHeaders)}
          >
            {words.timeline.csvButton}
          </CsvButton>
        </div>
      ) : null}
    </>
  );
}

export default memo(TimelineBody);
