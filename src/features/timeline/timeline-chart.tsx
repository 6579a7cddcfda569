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
import { formatAxisTick, formatMonthYear } from '../../i18n/format';
import { isoDateFromDay } from '../../model/calendar';
import type { Timeline } from './timeline-data';

const LOCALE = 'en';

function dayLabel(day: number): string {
  const date = isoDateFromDay(day);
  return date.ok ? formatMonthYear(date.value, LOCALE) : '';
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
            allowDataOverflow
            tickFormatter={dayLabel}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--rule-strong)"
            minTickGap={24}
          />
          <YAxis
            dataKey="shells"
            type="number"
            tickFormatter={(value: number) => formatAxisTick(value, LOCALE)}
            tick={{ fill: 'var(--muted)', fontSize: 12 }}
            stroke="var(--rule-strong)"
            width={76}
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
            fill="var(--ink)"
            shape="diamond"
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
