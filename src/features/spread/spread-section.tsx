import { PUBLISHED_SPANS } from '../../facts/published-spans';
import { FACTS_REVIEWED } from '../../facts/reviewed';
import type { LaterMessages } from '../../i18n/catalogue';
import {
  formatApprox,
  formatDate,
  formatAxisTick,
  formatExact,
  formatFixed,
  formatPercent,
} from '../../i18n/format';
import type { Histogram, Spread } from '../../model/distribution';
import type { Evaluation } from '../../model/evaluate';
import { useActions, useStore, useLang, useLaterMessages } from '../../store/store';
import { useEvaluation } from '../../store/use-evaluation';
import { ChartDownloads } from '../../ui/chart-downloads';
import { currentPermalink } from '../../store/permalink';
import type { Lang } from '../../url/view-options';
import { histogramShape } from './histogram-shape';
import '../../ui/action-button.css';
import './spread.css';

type SpreadWords = LaterMessages['spread'];

type Measured = 'totalShells' | 'monthsOfFire';

interface Measure {
  key: Measured;
  title: string;
  /** A value as the table writes it. */
  text: (value: number) => string;
  /** A value as a sentence writes it, with its unit. */
  withUnit: (value: number) => string;
  /** An axis tick, given the power of ten of the ticks' last digit. */
  tick: (value: number, exponent: number) => string;
}

/** The samples drawn, and the share left undrawn at each end (CONTRACT §2). */
const SAMPLES = 10_000;
const UNDRAWN_PERCENT = 0.5;

/** The two measures in the language on screen. */
function measuresIn(words: SpreadWords, lang: Lang): readonly Measure[] {
  // formatAxisTick writes one decimal of its unit (thousands, millions…; Korean counts in 만, 10⁴,
  // and 억, 10⁸): exact unless the ticks are finer.
  const group = lang === 'ko' ? 4 : 3;
  const shellsTick = (value: number, exponent: number) => {
    const unit = Math.max(0, group * Math.floor(Math.log10(Math.abs(value)) / group));
    return exponent >= unit - 1 ? formatAxisTick(value, lang) : formatExact(value, lang);
  };
  const months = (value: number) => formatFixed(value, lang, 1);
  return [
    {
      key: 'totalShells',
      title: words.measures.totalShells,
      text: (value) => formatApprox(value, lang),
      withUnit: (value) => formatApprox(value, lang),
      tick: shellsTick,
    },
    {
      key: 'monthsOfFire',
      title: words.measures.monthsOfFire,
      text: months,
      withUnit: (value) => words.months(months(value)),
      tick: (value, exponent) => formatFixed(value, lang, Math.max(0, -exponent)),
    },
  ];
}

/** A histogram as drawn for a file: half the file's width, then scaled up, text and all. */
const HISTOGRAM_STAGE = { width: 568, height: 128 };

/** Layout of a histogram, in pixels: its width follows the page, its height does not. */
const PLOT_HEIGHT = 128;
const BASELINE = 102;
const BAR_TOP = 22;

const PERCENTILES: readonly (keyof Spread)[] = ['low', 'median', 'high'];

function percent(share: number): string {
  return `${(share * 100).toFixed(3)}%`;
}

/** Text at a share of the width, anchored so that it stays inside the plot near either edge. */
function anchorAt(share: number, reach: number): 'start' | 'middle' | 'end' {
  if (share < reach) return 'start';
  return share > 1 - reach ? 'end' : 'middle';
}

interface SpreadHistogramProps {
  measure: Measure;
  histogram: Histogram;
  spread: Spread;
}

/** One histogram, hand-drawn: bars inside the 90% interval in the accent colour, a median line. */
function SpreadHistogram({ measure, histogram, spread }: SpreadHistogramProps) {
  const words = useLaterMessages().spread;
  const { bars, median, ticks, tickExponent } = histogramShape(histogram, spread);
  const barHeight = BASELINE - BAR_TOP;
  return (
    <svg
      className="spread-plot"
      width="100%"
      height={PLOT_HEIGHT}
      role="img"
      aria-label={words.histogram(
        measure.title,
        measure.withUnit(spread.median),
        measure.text(spread.low),
        measure.withUnit(spread.high),
      )}
    >
      {bars.map((bar, bin) => (
        <rect
          key={bin}
          className={bar.inside ? 'spread-bar-inside' : 'spread-bar-outside'}
          x={percent(bar.x)}
          width={percent(bar.width)}
          y={BASELINE - bar.height * barHeight}
          height={bar.height * barHeight}
        />
      ))}
      <line className="spread-axis" x1="0" x2="100%" y1={BASELINE} y2={BASELINE} />
      {ticks.map(({ value, x }, index) => (
        <g key={value} className={ticks.length > 4 && index % 2 === 1 ? 'spread-tick-between' : ''}>
          <line
            className="spread-axis"
            x1={percent(x)}
            x2={percent(x)}
            y1={BASELINE}
            y2={BASELINE + 4}
          />
          <text
            className="spread-tick"
            x={percent(x)}
            y={BASELINE + 17}
            textAnchor={anchorAt(x, 0.1)}
          >
            {measure.tick(value, tickExponent)}
          </text>
        </g>
      ))}
      <line
        className="spread-median"
        x1={percent(median)}
        x2={percent(median)}
        y1={BAR_TOP - 6}
        y2={BASELINE}
      />
      <text
        className="spread-median-label"
        x={percent(median)}
        y={12}
        textAnchor={anchorAt(median, 0.25)}
      >
        {words.median(measure.withUnit(spread.median))}
      </text>
    </svg>
  );
}

/** The two histograms and their table; while the samples are worked out, the same space, waiting. */
function SpreadFigures({ results }: { results: Evaluation | null }) {
  const { spread: words, downloads } = useLaterMessages();
  const embed = useStore((state) => state.embed);
  // No downloads in the embedded view: the article is where its reader reads the chart.
  const lang = useLang();
  const measures = measuresIn(words, lang);
  return (
    <>
      <div className="spread-charts">
        {measures.map((measure) => (
          <figure key={measure.key} className="spread-figure" data-measure={measure.key}>
            <figcaption className="spread-title">{measure.title}</figcaption>
            {results?.histograms ? (
              <>
                <SpreadHistogram
                  measure={measure}
                  histogram={results.histograms[measure.key]}
                  spread={results[measure.key]}
                />
                {embed ? null : (
                  <ChartDownloads
                    chart={
                      <SpreadHistogram
                        measure={measure}
                        histogram={results.histograms[measure.key]}
                        spread={results[measure.key]}
                      />
                    }
                    stage={HISTOGRAM_STAGE}
                    title={measure.title}
                    legend={[
                      { label: words.inside, mark: 'box', colour: '--accent' },
                      { label: words.outside, mark: 'box', colour: '--control' },
                      { label: words.percentiles.median, mark: 'line', colour: '--ink' },
                    ]}
                    source={`${downloads.sourcePrefix} ${downloads.chartSource}`}
                    reviewed={downloads.reviewed(formatDate(FACTS_REVIEWED, lang))}
                    failed={downloads.pngFailed}
                    permalink={currentPermalink}
                    fileBase={`shell-count-spread-${measure.key}`}
                    label={(format) => downloads.chartAs(downloads.chartNames[measure.key], format)}
                  />
                )}
              </>
            ) : (
              <p className="spread-waiting">{words.waiting}</p>
            )}
          </figure>
        ))}
      </div>
      <p className="spread-caption">
        <span className="spread-key spread-key-inside">{words.inside}</span>{' '}
        <span className="spread-key spread-key-outside">{words.outside}</span>
        <br />
        {words.samples(formatExact(SAMPLES, lang), formatPercent(UNDRAWN_PERCENT, lang))}
      </p>
      <div className="table-scroll">
        <table className="data-table spread-table">
          <caption className="visually-hidden">{words.tableCaption}</caption>
          <thead>
            <tr>
              <td />
              {measures.map((measure) => (
                <th key={measure.key} scope="col">
                  {measure.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PERCENTILES.map((value) => (
              <tr key={value}>
                <th scope="row">{words.percentiles[value]}</th>
                {measures.map((measure) => (
                  <td key={measure.key}>
                    {results ? measure.text(results[measure.key][value]) : '…'}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function spanText({ low, high }: { low: number; high: number }, lang: Lang): string {
  return `${formatExact(low, lang)}–${formatExact(high, lang)}`;
}

/** With every input exact: what a range does, and one click to try the published spans. */
function Invitation() {
  const words = useLaterMessages().spread;
  const lang = useLang();
  const { setRange } = useActions();
  const { perContainer, daily } = PUBLISHED_SPANS;
  const tryPublishedSpans = () => {
    setRange('perContainer', { low: perContainer.low, high: perContainer.high });
    setRange('daily', { low: daily.low, high: daily.high });
  };
  return (
    <>
      <p className="section-dek">
        {words.invitation(
          `${String(perContainer.low)}..${String(perContainer.high)}`,
          formatExact(SAMPLES, lang),
        )}
      </p>
      <div className="spread-invite">
        <button
          type="button"
          className="action-button action-button-main"
          onClick={tryPublishedSpans}
        >
          {words.tryPublished}
        </button>
        <p className="spread-invite-note">
          {words.publishedSpans(spanText(perContainer, lang), spanText(daily, lang))}
        </p>
      </div>
    </>
  );
}

/**
 * "How the answer spreads": with ranges, histograms of the working shells delivered and the months
 * of fire from the seeded samples, with their median and 90% interval; with every input exact, an
 * invitation to try ranges.
 */
export function SpreadSection() {
  const words = useLaterMessages().spread;
  const view = useEvaluation();
  return (
    <section className="spread" aria-labelledby="spread-heading">
      <h2 id="spread-heading" className="section-title">
        {words.title}
      </h2>
      {!view.ranged ? (
        <Invitation />
      ) : (
        <>
          <p className="section-dek">{words.dek}</p>
          <SpreadFigures results={view.sampled ? view.evaluation : null} />
        </>
      )}
    </section>
  );
}
