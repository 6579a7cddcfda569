import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import { formatAxisTick, formatExact, formatMonthYear } from '../../i18n/format';
import { isoDateFromDay } from '../../model/calendar';
import type { PublishedEstimate, Timeline } from './timeline-data';

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
  if (cx === undefined || cy === undefined || !isEstimate(payload)) return null;
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

/** Deliveries against Russian fire over time, with the published counts as points. Loaded lazily. */
export default function TimelineChart({ timeline }: { timeline: Timeline }) {
  return (
    <div className="chart-frame" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 24, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid stroke="var(--rule)" vertical={false} />
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
            tickFormatter={(value: number) => formatAxisTick(value, LOCALE)}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--rule-strong)"
            width={84}
          />
          <Line
            data={timeline.fired}
            dataKey="shells"
            name="Fired by Russia"
            stroke="var(--fire)"
            strokeWidth={2}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            data={timeline.delivered}
            dataKey="shells"
            name="Delivered by North Korea"
            stroke="var(--accent)"
            strokeWidth={3}
            dot={false}
            isAnimationActive={false}
          />
          <Scatter
            data={timeline.estimates}
            dataKey="shells"
            name="Published estimates"
            shape={EstimateDiamond}
            isAnimationActive={false}
          />
          {timeline.stockOutDay === null ? null : (
            <ReferenceLine
              x={timeline.stockOutDay}
              stroke="var(--ink)"
              strokeDasharray="2 3"
              label={{
                value: `Runs out ${dayLabel(timeline.stockOutDay)}`,
                position: 'insideTopRight',
                fill: 'var(--ink)',
                fontSize: 12,
              }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
