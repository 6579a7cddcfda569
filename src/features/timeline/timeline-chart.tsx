import {
  ComposedChart,
  Line,
  XAxis,
  YAxis,
  ZIndexLayer,
  usePlotArea,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import type { LaterMessages } from '../../i18n/catalogue';
import { formatAxisTick, formatDate, formatExact, formatMonthYear } from '../../i18n/format';
import { isoDateFromDay } from '../../model/calendar';
import { useLang, useLaterMessages } from '../../store/store';
import { labelLines, textWidth } from './label-lines';
import type { Lang } from '../../url/view-options';
import { publishedMark } from '../../ui/published-mark';
import type { BandPoint, PublishedEstimate, Timeline, TimelinePoint } from './timeline-data';

type Words = LaterMessages['timeline'];

/** A month tick as Intl writes it: "Jul 2024", "2024년 7월", "лип. 2024 р.". */
function dayLabel(day: number, lang: Lang): string {
  const date = isoDateFromDay(day);
  return date.ok ? formatMonthYear(date.value, lang) : '';
}

interface DiamondProps {
  cx?: number | undefined;
  cy?: number | undefined;
  payload?: unknown;
}

interface WordsProps {
  words: Words;
  lang: Lang;
}

function isEstimate(point: unknown): point is PublishedEstimate {
  return typeof point === 'object' && point !== null && 'label' in point && 'shells' in point;
}

/** A published figure, marked by its kind, whose title names the statement and its figure on hover. */
function EstimateDiamond({ cx, cy, payload, words, lang }: DiamondProps & WordsProps) {
  if (cx === undefined || cy === undefined || !isEstimate(payload)) return <g />;
  const mark = publishedMark(payload.kind, cx, cy, 7);
  return (
    <path
      className={`published-mark published-${payload.kind}`}
      data-kind={payload.kind}
      d={mark.d}
      fill={mark.filled ? 'var(--ink)' : 'var(--panel)'}
      stroke="var(--ink)"
      strokeWidth={mark.filled ? 0 : 1.75}
    >
      <title>
        {words.estimateTitle(payload.label, payload.reported, formatExact(payload.shells, lang))}
      </title>
    </path>
  );
}

/**
 * Above the axes' ticks, which recharts draws in its label layer (2000; lines are at 400): the
 * gridlines the ticks draw must not cross the data.
 */
const OVER_AXES = 2100;

/** The bands: over the gridlines, under the lines. */
const BANDS_LAYER = 2050;

const TICK_SIZE = 6;
const TICK_MARGIN = 2;

interface TickProps {
  x?: number | string | undefined;
  y?: number | string | undefined;
  payload?: { value?: unknown } | undefined;
}

/**
 * A shells tick with its gridline across the plot. recharts' CartesianGrid would add about 1.9 kB
 * (gzip) for these lines; the SVG's own edge ends them.
 */
function ShellsTick(props: TickProps & { lang: Lang }) {
  const x = Number(props.x);
  const y = Number(props.y);
  const value = props.payload?.value;
  if (!Number.isFinite(x) || !Number.isFinite(y) || typeof value !== 'number') return <g />;
  const plotLeft = x + TICK_SIZE + TICK_MARGIN;
  return (
    <g>
      {value === 0 ? null : (
        <line
          className="gridline"
          x1={plotLeft}
          x2={plotLeft + 4000}
          y1={y}
          y2={y}
          stroke="var(--rule)"
        />
      )}
      <text x={x} y={y} dy="0.355em" textAnchor="end" fill="var(--muted)" fontSize={12}>
        {formatAxisTick(value, props.lang)}
      </text>
    </g>
  );
}

/** The top edge of each band, as points: drawn by an invisible line, so the y-axis spans the bands. */
function bandTops({ bands }: Timeline): TimelinePoint[] {
  return [...bands.delivered, ...bands.fired].map(({ day, high }) => ({ day, shells: high }));
}

/** A band as SVG polygon points: along its low edge, back along its high edge. */
function bandPolygon(
  band: BandPoint[],
  x: (day: number) => number | undefined,
  y: (shells: number) => number | undefined,
): string | null {
  const edge = [
    ...band.map((point) => [x(point.day), y(point.low)]),
    ...[...band].reverse().map((point) => [x(point.day), y(point.high)]),
  ];
  const drawable = edge.every((corner) => corner.every(Number.isFinite));
  return drawable && band.length > 1 ? edge.map((corner) => corner.join(',')).join(' ') : null;
}

/**
 * The 90% bands, as two polygons placed by the axes' own scales: recharts' Area would add about
 * 3 kB (gzip) for the same shapes.
 */
function Bands({ bands }: Pick<Timeline, 'bands'>) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (x === undefined || y === undefined) return null;
  const delivered = bandPolygon(bands.delivered, x, y);
  const fired = bandPolygon(bands.fired, x, y);
  return (
    <ZIndexLayer zIndex={BANDS_LAYER}>
      {fired === null ? null : <polygon className="band" points={fired} fill="var(--fire)" />}
      {delivered === null ? null : (
        <polygon className="band" points={delivered} fill="var(--accent)" />
      )}
    </ZIndexLayer>
  );
}

interface StockOutPoint {
  day: number;
  shells: number;
}

interface StockOut {
  line: StockOutPoint[];
  label: string;
  /** The month in the label, where a long label breaks onto two lines. */
  month: string;
  /** Which side of the line the label sits on: away from the nearer edge of the chart. */
  anchor: 'start' | 'end';
}

/** From the axis to the highest point plotted, on the stock-out day; null when there is none. */
function stockOutLine(timeline: Timeline, words: Words, lang: Lang): StockOut | null {
  const day = timeline.stockOutDay;
  if (day === null) return null;
  const top = Math.max(
    ...[...timeline.delivered, ...timeline.fired, ...timeline.estimates, ...bandTops(timeline)].map(
      (point) => point.shells,
    ),
  );
  const [from, to] = timeline.domain;
  const anchor = to > from && (day - from) / (to - from) < 0.5 ? 'start' : 'end';
  const month = dayLabel(day, lang);
  return {
    line: [
      { day, shells: 0 },
      { day, shells: top },
    ],
    label: words.runsOut(month),
    month,
    anchor,
  };
}

/** The stock-out line's label, at its top end, on the side with more room; two lines if it needs. */
function StockOutLabel({ stockOut }: { stockOut: StockOut }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  const top = stockOut.line[1];
  if (x === undefined || y === undefined || plot === undefined || top === undefined) return null;
  const cx = x(top.day);
  const cy = y(top.shells);
  if (cx === undefined || cy === undefined || !Number.isFinite(cx + cy)) return null;
  const start = stockOut.anchor === 'start';
  const room = start ? plot.x + plot.width - cx - 4 : cx - plot.x - 4;
  const textX = start ? cx + 4 : cx - 4;
  return (
    <ZIndexLayer zIndex={OVER_AXES}>
      <text x={textX} y={cy + 12} textAnchor={stockOut.anchor} fill="var(--ink)" fontSize={12}>
        {labelLines(stockOut.label, stockOut.month, room).map((line, index) => (
          <tspan key={line} x={textX} dy={index === 0 ? 0 : '1.2em'}>
            {line}
          </tspan>
        ))}
      </text>
    </ZIndexLayer>
  );
}

/** What the chart shows, in one sentence for a screen reader; the table below has every figure. */
function chartLabel(timeline: Timeline, words: Words, lang: Lang): string {
  const stockOut = timeline.stockOutDay === null ? null : isoDateFromDay(timeline.stockOutDay);
  const bands = timeline.bands.delivered.length + timeline.bands.fired.length > 0;
  return words.chartLabel(bands, stockOut?.ok ? formatDate(stockOut.value, lang) : null);
}

/**
 * Deliveries against Russian fire over time, with the published counts as points. Loaded lazily.
 * One image to assistive technology, named by what it shows; its figures are in the table beside
 * it, so recharts' keyboard layer is off. The lines are drawn at once, never animated: they follow
 * every keystroke and slider step, and a line easing in on each would lag behind the figures (and
 * move for readers who asked for reduced motion).
 */
export default function TimelineChart({ timeline }: { timeline: Timeline }) {
  const words = useLaterMessages().timeline;
  const lang = useLang();
  const stockOut = stockOutLine(timeline, words, lang);
  const tops = bandTops(timeline);
  // Room on the right for half the last month tick, which recharts centres on its day.
  const lastTick = timeline.ticks.at(-1);
  const right = Math.max(
    16,
    Math.ceil(textWidth(lastTick === undefined ? '' : dayLabel(lastTick, lang)) / 2),
  );
  return (
    <div className="chart-frame" role="img" aria-label={chartLabel(timeline, words, lang)}>
      <ComposedChart
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 24, right, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="day"
          type="number"
          domain={timeline.domain}
          ticks={timeline.ticks}
          allowDataOverflow
          tickFormatter={(day: number) => dayLabel(day, lang)}
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          stroke="var(--rule-strong)"
          minTickGap={12}
        />
        <YAxis
          dataKey="shells"
          type="number"
          tick={(props: TickProps) => <ShellsTick {...props} lang={lang} />}
          tickSize={TICK_SIZE}
          tickMargin={TICK_MARGIN}
          stroke="var(--rule-strong)"
          width={84}
        />
        <Bands bands={timeline.bands} />
        {tops.length === 0 ? null : (
          <Line
            data={tops}
            dataKey="shells"
            stroke="none"
            dot={false}
            activeDot={false}
            legendType="none"
            isAnimationActive={false}
          />
        )}
        <Line
          data={timeline.fired}
          dataKey="shells"
          name={words.fired}
          stroke="var(--fire)"
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={false}
          isAnimationActive={false}
          zIndex={OVER_AXES}
        />
        <Line
          data={timeline.delivered}
          dataKey="shells"
          name={words.delivered}
          stroke="var(--accent)"
          strokeWidth={3}
          dot={false}
          isAnimationActive={false}
          zIndex={OVER_AXES}
        />
        {/* Points only, drawn by a line with no stroke: recharts' Scatter would add about 4 kB
              (gzip) for the same diamonds. */}
        <Line
          data={timeline.estimates}
          dataKey="shells"
          name={words.estimatesCaption}
          stroke="none"
          dot={(props: DiamondProps) => <EstimateDiamond {...props} words={words} lang={lang} />}
          activeDot={false}
          legendType="none"
          isAnimationActive={false}
          zIndex={OVER_AXES}
        />
        {/* The stock-out day as a vertical line of two points, labelled at its top: recharts'
              ReferenceLine would add its own module for the same line. */}
        {stockOut === null ? null : (
          <Line
            data={stockOut.line}
            dataKey="shells"
            name={words.runsOutLine}
            stroke="var(--ink)"
            strokeWidth={1}
            strokeDasharray="2 3"
            dot={false}
            activeDot={false}
            legendType="none"
            isAnimationActive={false}
            zIndex={OVER_AXES}
          />
        )}
        {stockOut === null ? null : <StockOutLabel stockOut={stockOut} />}
      </ComposedChart>
    </div>
  );
}
