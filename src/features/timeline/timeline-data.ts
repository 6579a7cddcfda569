import type { StatementFigures, StatementKind } from '../../facts/statement';
import { isoDateFromDay, parseIsoDate } from '../../model/calendar';
import type { Inputs } from '../../model/inputs';
import type { Interval, Ranges } from '../../model/ranges';
import type { Results } from '../../model/results';
import type { Evaluation } from '../../model/evaluate';

export interface TimelinePoint {
  /** Days since 1970-01-01 (UTC). */
  day: number;
  shells: number;
}

export interface PublishedEstimate extends TimelinePoint {
  id: string;
  /** A capacity conversion or an estimate of rounds sent: the chart marks them apart. */
  kind: StatementKind;
  label: string;
  /** The shells as worded in the statement; `shells` is the number plotted for it. */
  reported: string;
}

/** A day of a 90% band: the 5th and 95th percentiles of a line on that day. */
export interface BandPoint {
  day: number;
  low: number;
  high: number;
}

type TimelineMark = 'start' | 'count' | 'stock-out';

export interface TimelineRow {
  date: string;
  delivered: number;
  fired: number;
  /** The 90% range of each line on the day, when the chart has its band. */
  deliveredRange?: Interval;
  firedRange?: Interval;
  /** Set on the rows of the first delivery, the count and the last day of supply. */
  mark?: TimelineMark;
}

export interface Timeline {
  /** Cumulative shells delivered, spread evenly from the first delivery to the count. */
  delivered: TimelinePoint[];
  /** Cumulative shells fired at the chosen daily rate from the first delivery. */
  fired: TimelinePoint[];
  /** The 90% bands around the two lines, by their corners; empty when the line is exact. */
  bands: { delivered: BandPoint[]; fired: BandPoint[] };
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

/** What the ranges add: the inputs' intervals, and the sampled results once they are ready. */
export interface TimelineSpread {
  ranges: Ranges;
  sampled: Evaluation | null;
}

const EXACT: TimelineSpread = { ranges: {}, sampled: null };

/** A statement's label and its rounds as reported, in the page's language. */
export type DescribeStatement = (statement: StatementFigures) => {
  label: string;
  reported: string;
};

/**
 * The statements a timeline plots: every running total of rounds (a capacity conversion or an
 * estimate of rounds sent), at its date and figure; a published span at its centre, √(low × high).
 * A yearly rate or a one-year figure is not a running total and is left out.
 */
export function publishedPoints(
  statements: readonly StatementFigures[],
  describe: DescribeStatement,
): PublishedEstimate[] {
  return statements.flatMap((statement) => {
    const [rounds] = statement.rounds;
    const day = dayOf(statement.date);
    if (!rounds || day === null || statement.runningTotal === false) return [];
    return [
      {
        id: statement.id,
        kind: statement.kind,
        ...describe(statement),
        day,
        shells: Math.sqrt(rounds.low * rounds.high),
      },
    ];
  });
}
const NO_RANGE: Interval = { low: 0, high: 0 };

/** The last day of supply: the exact one, or on the sampled medians. */
function lastDayOfSupply(results: Results, sampled: Evaluation | null): number | null {
  if (sampled) return sampled.lastsUntil.ok ? dayOf(sampled.lastsUntil.value.median) : null;
  return results.lastsUntil.ok ? dayOf(results.lastsUntil.value) : null;
}

/** A line's corners, given the value that sets its slope (the total, or the daily rate). */
type Corners = (value: number) => TimelinePoint[];

/** A line on a day, given the value that sets its slope. */
type LineOn = (day: number, value: number) => number;

/** A line's 90% range on a day, from the range of the value that sets its slope. */
function rangeOn(day: number, { low, high }: Interval, line: LineOn): Interval {
  return { low: line(day, low), high: line(day, high) };
}

/** A line's band through its corners, drawn for both ends of the range; none when it has no width. */
function bandOf(corners: Corners, range: Interval): BandPoint[] {
  if (!(range.high > range.low)) return [];
  const high = corners(range.high);
  return corners(range.low).map(({ day, shells }, corner) => ({
    day,
    low: shells,
    high: high[corner]?.shells ?? shells,
  }));
}

/** How far above the rest of the chart a band may reach before it is cut: a third more. */
const BAND_HEADROOM = 1.35;

/**
 * A band cut at `cap` shells, with corners added where its edges cross the cap, so that it stays
 * exact below it. A wide range of Russian fire would otherwise stretch the y-axis until the
 * deliveries were a line along the bottom. `clipBand([{day:0,low:0,high:0},{day:10,low:5,high:20}], 10)`
 * → corners at days 0, 5 (high reaches 10) and 10 (low 5, high 10).
 */
export function clipBand(band: BandPoint[], cap: number): BandPoint[] {
  const clipped: BandPoint[] = [];
  band.forEach((point, index) => {
    const previous = band[index - 1];
    if (previous) {
      const crossings = [previous.low, previous.high]
        .map((from, edge) => {
          const to = edge === 0 ? point.low : point.high;
          return (from - cap) * (to - cap) < 0 ? (cap - from) / (to - from) : null;
        })
        .filter((share): share is number => share !== null)
        .sort((a, b) => a - b);
      for (const share of crossings) {
        const at = (from: number, to: number) => from + share * (to - from);
        clipped.push({
          day: at(previous.day, point.day),
          low: at(previous.low, point.low),
          high: at(previous.high, point.high),
        });
      }
    }
    clipped.push(point);
  });
  return clipped.map((point) => ({
    day: point.day,
    low: Math.min(point.low, cap),
    high: Math.min(point.high, cap),
  }));
}

/**
 * The chart's data, from inputs, results and ranges alone. Lines are straight between their
 * corners, so each is given by its corners only; `rows` reads them at even steps for the table.
 * Defaults: deliveries reach 3,001,600 on 2024-02-26; fire passes them after 2024-07-09.
 * With ranges, the lines follow the sampled medians and each gets its 90% band: deliveries between
 * the total's 5th and 95th percentiles times the share of the period elapsed (scaling by a share
 * keeps percentiles in place), fire between the daily rate's ends times the days since the start.
 */
export function buildTimeline(
  inputs: Inputs,
  results: Results,
  published: readonly PublishedEstimate[],
  { ranges, sampled }: TimelineSpread = EXACT,
): Timeline {
  const startDay = dayOf(inputs.start) ?? 0;
  const endDay = Math.max(startDay, dayOf(inputs.end) ?? startDay);
  const total = sampled?.totalShells.median ?? results.totalShells;
  const stockOutDay = lastDayOfSupply(results, sampled);

  const estimates = [...published];

  const latest = Math.max(endDay, stockOutDay ?? endDay, ...estimates.map((point) => point.day));
  const lastDay = Math.min(latest, startDay + MAX_SPAN_DAYS);
  const firstDay = Math.min(startDay, ...estimates.map((point) => point.day));
  const margin = Math.max(14, Math.round((lastDay - firstDay) * 0.04));
  const domain: [number, number] = [firstDay - margin, lastDay + margin];
  const horizon = domain[1];

  const deliveredCorners: Corners = (all) => [
    { day: startDay, shells: 0 },
    { day: endDay, shells: all },
    { day: Math.max(endDay, horizon), shells: all },
  ];
  const firedCorners: Corners = (rate) => [
    { day: startDay, shells: 0 },
    { day: horizon, shells: rate * (horizon - startDay) },
  ];
  const deliveredBy: LineOn = (day, all) => deliveredOn(day, startDay, endDay, all);
  const firedBy: LineOn = (day, rate) => rate * (day - startDay);
  const totalRange = sampled?.totalShells ?? NO_RANGE;
  const dailyRange = ranges.daily ?? NO_RANGE;
  const delivered = deliveredCorners(total);
  const fired = firedCorners(inputs.daily);
  const deliveredBand = bandOf(deliveredCorners, totalRange);
  const cap =
    BAND_HEADROOM *
    Math.max(
      total,
      inputs.daily * (horizon - startDay),
      ...deliveredBand.map((point) => point.high),
      ...estimates.map((point) => point.shells),
    );
  const bands = {
    delivered: clipBand(deliveredBand, cap),
    fired: clipBand(bandOf(firedCorners, dailyRange), cap),
  };

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
      const row: TimelineRow = {
        date: date.value,
        delivered: deliveredBy(day, total),
        fired: firedBy(day, inputs.daily),
      };
      if (bands.delivered.length > 0) row.deliveredRange = rangeOn(day, totalRange, deliveredBy);
      if (bands.fired.length > 0) row.firedRange = rangeOn(day, dailyRange, firedBy);
      if (mark !== undefined) row.mark = mark;
      return [row];
    });

  return {
    delivered,
    fired,
    bands,
    stockOutDay,
    estimates: estimates.filter((point) => point.day >= domain[0] && point.day <= domain[1]),
    domain,
    ticks: monthTicks(domain[0], domain[1]),
    rows,
  };
}

/** The column names of the timeline's CSV, in the page's language. */
export interface TimelineCsvHeaders {
  date: string;
  delivered: string;
  fired: string;
  deliveredLow: string;
  deliveredHigh: string;
  firedLow: string;
  firedHigh: string;
}

/**
 * The table's rows for a CSV file, exact numbers, header first; the range columns only when the
 * chart has its bands. `[{ date: '2024-02-01', delivered: 1e6, fired: 2e6 }]` →
 * `[['Date', 'Delivered…', 'Fired…'], ['2024-02-01', 1000000, 2000000]]`.
 */
export function timelineCsvRows(
  rows: readonly TimelineRow[],
  headers: TimelineCsvHeaders,
): (string | number)[][] {
  const ranged = rows.some((row) => row.deliveredRange ?? row.firedRange);
  const head = [headers.date, headers.delivered, headers.fired];
  if (ranged) {
    head.push(headers.deliveredLow, headers.deliveredHigh, headers.firedLow, headers.firedHigh);
  }
  return [
    head,
    ...rows.map((row) => {
      const cells: (string | number)[] = [row.date, row.delivered, row.fired];
      if (ranged) {
        cells.push(
          row.deliveredRange?.low ?? '',
          row.deliveredRange?.high ?? '',
          row.firedRange?.low ?? '',
          row.firedRange?.high ?? '',
        );
      }
      return cells;
    }),
  ];
}
