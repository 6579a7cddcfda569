import type { Scenario } from '../../facts/types';
import { isoDateFromDay, parseIsoDate } from '../../model/calendar';
import type { Inputs } from '../../model/inputs';
import type { Results } from '../../model/results';

export interface TimelinePoint {
  /** Days since 1970-01-01 (UTC). */
  day: number;
  shells: number;
}

export interface PublishedEstimate extends TimelinePoint {
  id: string;
  label: string;
  /** The shells as worded in the statement; `shells` is the number plotted for it. */
  reported: string;
}

export type TimelineMark = 'start' | 'count' | 'stock-out';

export interface TimelineRow {
  date: string;
  delivered: number;
  fired: number;
  /** Set on the rows of the first delivery, the count and the last day of supply. */
  mark?: TimelineMark;
}

export interface Timeline {
  /** Cumulative shells delivered, spread evenly from the first delivery to the count. */
  delivered: TimelinePoint[];
  /** Cumulative shells fired at the chosen daily rate from the first delivery. */
  fired: TimelinePoint[];
  /** The last day the deliveries alone keep up the rate; null past the calendar. */
  stockOutDay: number | null;
  estimates: PublishedEstimate[];
  domain: [number, number];
  /** Axis ticks on the first day of calendar-aligned months (quarters, half-years or years). */
  ticks: number[];
  /** The same two lines, read at even steps, for the table. */
  rows: TimelineRow[];
}

/** Longest stretch the chart shows after the first delivery: 30 years. */
const MAX_SPAN_DAYS = 30 * 365;
const MAX_MONTH_ROWS = 24;

function dayOf(date: string): number | null {
  const day = parseIsoDate(date);
  return day.ok ? day.value : null;
}

/** Cumulative deliveries on a day: 0 before the start, rising evenly to the total at the count. */
export function deliveredOn(day: number, startDay: number, endDay: number, total: number): number {
  if (day <= startDay) return 0;
  if (day >= endDay) return total;
  return (total * (day - startDay)) / (endDay - startDay);
}

const TICK_STEPS_MONTHS = [1, 3, 6, 12, 24, 60, 120];
const MAX_TICKS = 7;

/** Day number of the first day of a month counted from year 0: `monthStartDay(2024 * 12 + 6)` → 2024-07-01. */
function monthStartDay(monthIndex: number): number {
  const first = new Date(0);
  first.setUTCFullYear(Math.floor(monthIndex / 12), monthIndex % 12, 1);
  return Math.round(first.getTime() / 86_400_000);
}

/** Month starts inside a span, on the smallest calendar-aligned step that gives at most 7. */
export function monthTicks(fromDay: number, toDay: number): number[] {
  const from = new Date(fromDay * 86_400_000);
  const firstMonth = from.getUTCFullYear() * 12 + from.getUTCMonth() + 1;
  const spanMonths = (toDay - fromDay) / 30.44;
  const step =
    TICK_STEPS_MONTHS.find((months) => spanMonths / months <= MAX_TICKS) ??
    Math.ceil(spanMonths / MAX_TICKS);
  const ticks: number[] = [];
  for (let month = Math.ceil(firstMonth / step) * step; ; month += step) {
    const day = monthStartDay(month);
    if (day > toDay) return ticks;
    ticks.push(day);
  }
}

/** First days of months after `fromDay` up to `toDay`, every few months so that there are at most 24. */
function monthStarts(fromDay: number, toDay: number): number[] {
  const from = new Date(fromDay * 86_400_000);
  const firstMonth = from.getUTCFullYear() * 12 + from.getUTCMonth();
  const months = Math.max(0, Math.round((toDay - fromDay) / 30.44));
  const every = Math.max(1, Math.ceil(months / MAX_MONTH_ROWS));
  const days: number[] = [];
  for (let month = firstMonth + every; monthStartDay(month) <= toDay; month += every) {
    days.push(monthStartDay(month));
  }
  return days;
}

/**
 * The chart's data, from inputs and results alone. Lines are straight between their corners, so
 * each is given by its corners only; `rows` reads them at even steps for the table.
 * Defaults: deliveries reach 3,001,600 on 2024-02-26; fire passes them after 2024-07-09.
 */
export function buildTimeline(
  inputs: Inputs,
  results: Results,
  scenarios: readonly Scenario[],
): Timeline {
  const startDay = dayOf(inputs.start) ?? 0;
  const endDay = Math.max(startDay, dayOf(inputs.end) ?? startDay);
  const total = results.totalShells;
  const stockOutDay = results.lastsUntil.ok ? dayOf(results.lastsUntil.value) : null;

  const estimates: PublishedEstimate[] = scenarios.flatMap((scenario) => {
    const day = dayOf(scenario.citation.date);
    return scenario.shells.value === null || day === null
      ? []
      : [
          {
            id: scenario.id,
            label: scenario.label,
            reported: scenario.shells.text,
            day,
            shells: scenario.shells.value,
          },
        ];
  });

  const latest = Math.max(endDay, stockOutDay ?? endDay, ...estimates.map((point) => point.day));
  const lastDay = Math.min(latest, startDay + MAX_SPAN_DAYS);
  const firstDay = Math.min(startDay, ...estimates.map((point) => point.day));
  const margin = Math.max(14, Math.round((lastDay - firstDay) * 0.04));
  const domain: [number, number] = [firstDay - margin, lastDay + margin];
  const horizon = domain[1];

  const delivered = [
    { day: startDay, shells: 0 },
    { day: endDay, shells: total },
    { day: Math.max(endDay, horizon), shells: total },
  ];
  const fired = [
    { day: startDay, shells: 0 },
    { day: horizon, shells: inputs.daily * (horizon - startDay) },
  ];

  const marks: [number, TimelineMark][] = [
    [startDay, 'start'],
    [endDay, 'count'],
  ];
  if (stockOutDay !== null && stockOutDay <= horizon) marks.push([stockOutDay, 'stock-out']);
  const rows = [...monthStarts(startDay, horizon), ...marks.map(([day]) => day)]
    .filter((day, index, days) => days.indexOf(day) === index)
    .sort((a, b) => a - b)
    .flatMap((day): TimelineRow[] => {
      const date = isoDateFromDay(day);
      if (!date.ok) return [];
      const mark = marks.find(([markDay]) => markDay === day)?.[1];
      const row = {
        date: date.value,
        delivered: deliveredOn(day, startDay, endDay, total),
        fired: inputs.daily * (day - startDay),
      };
      return [mark === undefined ? row : { ...row, mark }];
    });

  return {
    delivered,
    fired,
    stockOutDay,
    estimates: estimates.filter((point) => point.day >= domain[0] && point.day <= domain[1]),
    domain,
    ticks: monthTicks(domain[0], domain[1]),
    rows,
  };
}
