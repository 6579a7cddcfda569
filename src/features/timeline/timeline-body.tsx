import { memo, useMemo } from 'react';
import { STATEMENTS } from '../../facts/all-statements';
import type { Inputs } from '../../model/inputs';
import type { Ranges } from '../../model/ranges';
import type { Results } from '../../model/results';
import type { Evaluation } from '../../model/evaluate';
import { currentCsvHeading } from '../../store/csv-heading';
import { currentPermalink } from '../../store/permalink';
import { useFirstMessages, useLang, useLaterMessages } from '../../store/store';
import { ChartDownloads, CsvButton } from '../../ui/chart-downloads';
import type { LegendKey } from '../../ui/chart-export';
import { FACTS_REVIEWED } from '../../facts/reviewed';
import { formatDate } from '../../i18n/format';
import type { LaterMessages } from '../../i18n/catalogue';
import { hasRanges } from '../../model/ranges';
import { ErrorBoundary } from '../../ui/error-boundary';
import { estimateWording } from '../../i18n/estimate-wording';
import TimelineChart from './timeline-chart';
import { buildTimeline, publishedPoints, timelineCsvRows, type Timeline } from './timeline-data';
import { TimelineTable } from './timeline-table';

interface TimelineBodyProps {
  inputs: Inputs;
  results: Results;
  ranges: Ranges;
  /** The ranges' results once sampled, else null. */
  sampled: Evaluation | null;
  /** What the chart's "reset to defaults" does. */
  onReset: () => void;
  /** Offer the chart and its figures as files (not in the embedded view: the article is). */
  downloads: boolean;
}

/** The keys to the chart's marks, as the legend above it on screen has them, for its files. */
function timelineLegend(
  timeline: Timeline,
  ranged: boolean,
  words: LaterMessages['timeline'],
): LegendKey[] {
  return [
    { label: words.delivered, mark: 'line', colour: '--accent' },
    { label: words.fired, mark: 'dashed', colour: '--fire' },
    { label: words.published.capacity, mark: 'capacity', colour: '--ink' },
    { label: words.published.estimate, mark: 'estimate', colour: '--ink' },
    ...(ranged ? [{ label: words.band, mark: 'box', colour: '--accent-soft' } as const] : []),
    ...(timeline.stockOutDay === null
      ? []
      : [{ label: words.runsOutLine, mark: 'dotted', colour: '--ink' } as const]),
  ];
}

/**
 * The chart and its table, loaded after the first results: recharts is most of the JavaScript,
 * and none of this is needed to show the numbers. Memoised: the section re-renders on every
 * keystroke with the previous (deferred) figures, and redrawing the chart for them would hold the
 * keystroke up.
 */
function TimelineBody({ inputs, results, ranges, sampled, onReset, downloads }: TimelineBodyProps) {
  const { page } = useFirstMessages();
  const words = useLaterMessages();
  const { facts } = words;
  const lang = useLang();
  const published = useMemo(
    () =>
      publishedPoints(STATEMENTS, (statement) =>
        estimateWording(statement, words.statements[statement.id], facts, lang),
      ),
    [words, facts, lang],
  );
  const timeline = useMemo(
    () => buildTimeline(inputs, results, published, { ranges, sampled }),
    [inputs, results, published, ranges, sampled],
  );
  return (
    <>
      <ErrorBoundary what="chart" message={page.failed} resetLabel={page.reset} onReset={onReset}>
        <TimelineChart timeline={timeline} />
      </ErrorBoundary>
      <details className="table-toggle disclosure">
        <summary>{words.timeline.asTable}</summary>
        <TimelineTable timeline={timeline} />
      </details>
      {downloads ? (
        <div className="timeline-downloads">
          <ChartDownloads
            chart={<TimelineChart timeline={timeline} />}
            title={words.timeline.title}
            legend={timelineLegend(timeline, hasRanges(ranges), words.timeline)}
            source={`${words.downloads.sourcePrefix} ${words.downloads.chartSource}`}
            reviewed={words.downloads.reviewed(formatDate(FACTS_REVIEWED, lang))}
            failed={words.downloads.pngFailed}
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
