import {
  ComposedChart,
  Line,
  XAxis,
  YAxis,
  ZIndexLayer,
  useXAxisScale,
  useYAxisScale,
} from 'recharts';
import { formatAxisTick, formatDate, formatExact, formatMonthYear } from '../../i18n/format';
import { isoDateFromDay } from '../../model/calendar';
import type { BandPoint, PublishedEstimate, Timeline, TimelinePoint } from './timeline-data';

const LOCALE = 'en';

function dayLabel(day: number): string {
  const date = isoDateFromDay(day);
  return date.ok ? formatMonthYear(date.value, LOCALE) : '';
}

interface DiamondProps {
  cx?: number | undefined;
  cy?: number | undefined;
  payload?: unknown;
}

function isEstimate(point: unknown): point is PublishedEstimate {
  return typeof point === 'object' && point !== null && 'label' in point && 'shells' in point;
}

/** A published estimate as a diamond whose title names the statement and its figure on hover. */
function EstimateDiamond({ cx, cy, payload }: DiamondProps) {
  if (cx === undefined || cy === undefined || !isEstimate(payload)) return <g />;
  return (
    <path
      className="estimate-diamond"
      d={`M${cx} ${cy - 7}L${cx + 5} ${cy}L${cx} ${cy + 7}L${cx - 5} ${cy}Z`}
      fill="var(--ink)"
    >
      <title>{`${payload.label}. Reported: ${payload.reported}. Plotted at ${formatExact(payload.shells, LOCALE)}.`}</title>
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
function ShellsTick(props: TickProps) {
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
        {formatAxisTick(value, LOCALE)}
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
  label: string;
  /** Which side of the line the label sits on: away from the nearer edge of the chart. */
  anchor: 'start' | 'end';
}

/** From the axis to the highest point plotted, on the stock-out day; null when there is none. */
function stockOutLine(timeline: Timeline): StockOutPoint[] | null {
  const day = timeline.stockOutDay;
  if (day === null) return null;
  const top = Math.max(
    ...[...timeline.delivered, ...timeline.fired, ...timeline.estimates, ...bandTops(timeline)].map(
      (point) => point.shells,
    ),
  );
  const [from, to] = timeline.domain;
  const anchor = to > from && (day - from) / (to - from) < 0.5 ? 'start' : 'end';
  const label = `Runs out ${dayLabel(day)}`;
  return [
    { day, shells: 0, label: '', anchor },
    { day, shells: top, label, anchor },
  ];
}

function isStockOutPoint(point: unknown): point is StockOutPoint {
  return typeof point === 'object' && point !== null && 'label' in point && 'anchor' in point;
}

/** The stock-out line's label, at its top end, on the side with more room. */
function StockOutLabel({ cx, cy, payload }: DiamondProps) {
  if (cx === undefined || cy === undefined || !isStockOutPoint(payload) || payload.label === '') {
    return <g />;
  }
  const start = payload.anchor === 'start';
  return (
    <text
      x={start ? cx + 4 : cx - 4}
      y={cy + 12}
      textAnchor={payload.anchor}
      fill="var(--ink)"
      fontSize={12}
    >
      {payload.label}
    </text>
  );
}

/** What the chart shows, in one sentence for a screen reader; the table below has every figure. */
function chartLabel(timeline: Timeline): string {
  const stockOut = timeline.stockOutDay === null ? null : isoDateFromDay(timeline.stockOutDay);
  const runsOut = stockOut?.ok
    ? ` These shells alone run out on ${formatDate(stockOut.value, LOCALE)}.`
    : '';
  const bands =
    timeline.bands.delivered.length + timeline.bands.fired.length > 0
      ? ' Shading shows the 90% range.'
      : '';
  return `Chart of shells delivered by North Korea against shells fired by Russia over time, with the published estimates.${bands}${runsOut} The table below the chart gives its figures.`;
}

/**
 * Deliveries against Russian fire over time, with the published counts as points. Loaded lazily.
 * One image to assistive technology, named by what it shows; its figures are in the table beside
 * it, so recharts' keyboard layer is off. The lines are drawn at once, never animated: they follow
 * every keystroke and slider step, and a line easing in on each would lag behind the figures (and
 * move for readers who asked for reduced motion).
 */
export default function TimelineChart({ timeline }: { timeline: Timeline }) {
  const stockOut = stockOutLine(timeline);
  const tops = bandTops(timeline);
  return (
    <div className="chart-frame" role="img" aria-label={chartLabel(timeline)}>
      <ComposedChart
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: 24, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <XAxis
          dataKey="day"
          type="number"
          domain={timeline.domain}
          ticks={timeline.ticks}
          allowDataOverflow
          tickFormatter={dayLabel}
          tick={{ fill: 'var(--muted)', fontSize: 12 }}
          stroke="var(--rule-strong)"
          minTickGap={12}
        />
        <YAxis
          dataKey="shells"
          type="number"
          tick={ShellsTick}
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
          name="Fired by Russia"
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
          name="Delivered by North Korea"
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
          name="Published estimates"
          stroke="none"
          dot={EstimateDiamond}
          activeDot={false}
          legendType="none"
          isAnimationActive={false}
          zIndex={OVER_AXES}
        />
        {/* The stock-out day as a vertical line of two points, labelled at its top: recharts'
              ReferenceLine would add its own module for the same line. */}
        {stockOut === null ? null : (
          <Line
            data={stockOut}
            dataKey="shells"
            name="Runs out"
            stroke="var(--ink)"
            strokeWidth={1}
            strokeDasharray="2 3"
            dot={StockOutLabel}
            activeDot={false}
            legendType="none"
            isAnimationActive={false}
            zIndex={OVER_AXES}
          />
        )}
      </ComposedChart>
    </div>
  );
}
