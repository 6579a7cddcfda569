import { PUBLISHED_SPANS } from '../../facts/published-spans';
import { formatApprox, formatAxisTick, formatExact, formatFixed } from '../../i18n/format';
import type { Histogram, Spread } from '../../model/distribution';
import type { SampledResults } from '../../model/sampling';
import { useCalculatorActions } from '../../store/calculator-store';
import { useSampledResults } from '../../store/use-sampled';
import { histogramShape } from './histogram-shape';
import './spread.css';

const LOCALE = 'en';

type Measured = 'totalShells' | 'monthsOfFire';

interface Measure {
  key: Measured;
  title: string;
  /** A value as the table writes it; `unit` follows it in sentences. */
  text: (value: number) => string;
  unit: string;
  /** An axis tick, given the power of ten of the ticks' last digit. */
  tick: (value: number, exponent: number) => string;
}

/** formatAxisTick writes one decimal of its unit (thousands, millions…): exact unless the ticks are finer. */
function shellsTick(value: number, exponent: number): string {
  const unit = Math.max(0, 3 * Math.floor(Math.log10(Math.abs(value)) / 3));
  return exponent >= unit - 1 ? formatAxisTick(value, LOCALE) : formatExact(value, LOCALE);
}

const MEASURES: readonly Measure[] = [
  {
    key: 'totalShells',
    title: 'Working shells delivered',
    text: (value) => formatApprox(value, LOCALE),
    unit: '',
    tick: shellsTick,
  },
  {
    key: 'monthsOfFire',
    title: 'Months of Russian fire',
    text: (value) => formatFixed(value, LOCALE, 1),
    unit: ' months',
    tick: (value, exponent) => formatFixed(value, LOCALE, Math.max(0, -exponent)),
  },
];

/** Layout of a histogram, in pixels: its width follows the page, its height does not. */
const PLOT_HEIGHT = 128;
const BASELINE = 102;
const BAR_TOP = 22;

const PERCENTILES: readonly [keyof Spread, string][] = [
  ['low', '5th percentile'],
  ['median', 'Median'],
  ['high', '95th percentile'],
];

function percent(share: number): string {
  return `${(share * 100).toFixed(3)}%`;
}

/** Text at a share of the width, anchored so that it stays inside the plot near either edge. */
function anchorAt(share: number, reach: number): 'start' | 'middle' | 'end' {
  if (share < reach) return 'start';
  return share > 1 - reach ? 'end' : 'middle';
}

function spreadLabel({ title, text, unit }: Measure, { median, low, high }: Spread): string {
  return `${title}: median ${text(median)}${unit}; 90% range ${text(low)} to ${text(high)}${unit}.`;
}

interface SpreadHistogramProps {
  measure: Measure;
  histogram: Histogram;
  spread: Spread;
}

/** One histogram, hand-drawn: bars inside the 90% interval in the accent colour, a median line. */
function SpreadHistogram({ measure, histogram, spread }: SpreadHistogramProps) {
  const { bars, median, ticks, tickExponent } = histogramShape(histogram, spread);
  const barHeight = BASELINE - BAR_TOP;
  return (
    <svg
      className="spread-plot"
      width="100%"
      height={PLOT_HEIGHT}
      role="img"
      aria-label={spreadLabel(measure, spread)}
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
        median {measure.text(spread.median)}
        {measure.unit}
      </text>
    </svg>
  );
}

/** The two histograms and their table; while the samples are worked out, the same space, waiting. */
function SpreadFigures({ results }: { results: SampledResults | null }) {
  return (
    <>
      <div className="spread-charts">
        {MEASURES.map((measure) => (
          <figure key={measure.key} className="spread-figure">
            <figcaption className="spread-title">{measure.title}</figcaption>
            {results ? (
              <SpreadHistogram
                measure={measure}
                histogram={results.histograms[measure.key]}
                spread={results[measure.key]}
              />
            ) : (
              <p className="spread-waiting">Working out the spread…</p>
            )}
          </figure>
        ))}
      </div>
      <p className="spread-caption">
        <span className="spread-key spread-key-inside">The middle 90%</span>{' '}
        <span className="spread-key spread-key-outside">outside it</span>
        <br />
        From 10,000 seeded samples; the 0.5% at each end is not drawn.
      </p>
      <div className="table-scroll">
        <table className="data-table spread-table">
          <caption className="visually-hidden">The spread of the results in figures</caption>
          <thead>
            <tr>
              <td />
              {MEASURES.map((measure) => (
                <th key={measure.key} scope="col">
                  {measure.title}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PERCENTILES.map(([value, name]) => (
              <tr key={value}>
                <th scope="row">{name}</th>
                {MEASURES.map((measure) => (
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

function spanText({ low, high }: { low: number; high: number }): string {
  return `${formatExact(low, LOCALE)}–${formatExact(high, LOCALE)}`;
}

/** With every input exact: what a range does, and one click to try the published spans. */
function Invitation() {
  const { setRange } = useCalculatorActions();
  const { perContainer, daily } = PUBLISHED_SPANS;
  const tryPublishedSpans = () => {
    setRange('perContainer', { low: perContainer.low, high: perContainer.high });
    setRange('daily', { low: daily.low, high: daily.high });
  };
  return (
    <>
      <p className="section-dek">
        Not sure of a number? Type it as a range, such as 266..480, and the calculator takes you to
        be 90% sure the true value lies in between, tries 10,000 values across it and shows here how
        far the answer spreads.
      </p>
      <div className="spread-invite">
        <button type="button" className="spread-button" onClick={tryPublishedSpans}>
          Try the published spans
        </button>
        <p className="spread-invite-note">
          Shells per container {spanText(perContainer)} (satellite count to government figure),
          Russian fire {spanText(daily)} a day (RUSI to Syrskyi).
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
  const view = useSampledResults();
  return (
    <section className="spread" aria-labelledby="spread-heading">
      <h2 id="spread-heading" className="section-title">
        How the answer spreads
      </h2>
      {view.kind === 'exact' ? (
        <Invitation />
      ) : (
        <>
          <p className="section-dek">
            Each range is taken as 90% sure to hold the true value; here is how far that spreads the
            two answers.
          </p>
          <SpreadFigures results={view.kind === 'ready' ? view.results : null} />
        </>
      )}
    </section>
  );
}
