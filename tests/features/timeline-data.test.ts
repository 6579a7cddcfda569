/**
 * The chart's data, worked by hand. Defaults: 6,700 × 448 = 3,001,600 shells delivered evenly
 * from 2023-09-13 (day 19,613) to the count on 2024-02-26 (day 19,779, 166 days later); Russia
 * fires 10,000 a day from the first delivery, so 300 days take it to 3,000,000 on 2024-07-09
 * (day 19,913), the last day the deliveries alone keep up the rate.
 * Invariant: whatever the inputs, every number in the timeline is finite.
 */
import { STATEMENTS } from '../../src/facts/all-statements';
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { estimateWording } from '../../src/i18n/estimate-wording';
import {
  buildTimeline,
  deliveredOn,
  monthTicks,
  publishedPoints,
  timelineCsvRows,
} from '../../src/features/timeline/timeline-data';
import { later as en } from '../../src/i18n/messages/en/later';
import type { Timeline, TimelineRow } from '../../src/features/timeline/timeline-data';
import { parseIsoDate } from '../../src/model/calendar';
import type { Inputs } from '../../src/model/inputs';
import { computeResults } from '../../src/model/results';

const START_DAY = 19_613;
const COUNT_DAY = 19_779;
const STOCK_OUT_DAY = 19_913;

/** Every published statement the page plots, worded in English as the page words them. */
const PUBLISHED = publishedPoints(STATEMENTS, (statement) =>
  estimateWording(statement, en.statements[statement.id], en.facts, 'en'),
);

function timelineOf(changes: Partial<Inputs> = {}): Timeline {
  const inputs = { ...DEFAULT_INPUTS, ...changes };
  return buildTimeline(inputs, computeResults(inputs), PUBLISHED);
}

function rowOn(timeline: Timeline, date: string): TimelineRow {
  const row = timeline.rows.find((candidate) => candidate.date === date);
  if (row === undefined) throw new Error(`no row on ${date}`);
  return row;
}

/** Every number anywhere in a timeline, with where it was found. */
function numbersIn(timeline: Timeline): [string, number][] {
  return [
    ...timeline.delivered.flatMap((p, i): [string, number][] => [
      [`delivered[${i}].day`, p.day],
      [`delivered[${i}].shells`, p.shells],
    ]),
    ...timeline.fired.flatMap((p, i): [string, number][] => [
      [`fired[${i}].day`, p.day],
      [`fired[${i}].shells`, p.shells],
    ]),
    ...timeline.estimates.flatMap((p): [string, number][] => [
      [`${p.id}.day`, p.day],
      [`${p.id}.shells`, p.shells],
    ]),
    ...timeline.rows.flatMap((row): [string, number][] => [
      [`${row.date}.delivered`, row.delivered],
      [`${row.date}.fired`, row.fired],
    ]),
    ['domain[0]', timeline.domain[0]],
    ['domain[1]', timeline.domain[1]],
    ...(timeline.stockOutDay === null
      ? []
      : [['stockOutDay', timeline.stockOutDay] satisfies [string, number]]),
  ];
}

describe(deliveredOn, () => {
  it.each([
    ['before the first delivery', START_DAY - 10, 0],
    ['on the first delivery', START_DAY, 0],
    ['halfway (83 of 166 days)', START_DAY + 83, 1_500_800],
    ['on the count', COUNT_DAY, 3_001_600],
    ['after the count', COUNT_DAY + 100, 3_001_600],
  ])('%s', (_, day, shells) => {
    expect(deliveredOn(day, START_DAY, COUNT_DAY, 3_001_600)).toBe(shells);
  });

  it('rises by total ÷ days each day', () => {
    const perDay = 3_001_600 / 166;
    expect(deliveredOn(START_DAY + 1, START_DAY, COUNT_DAY, 3_001_600)).toBeCloseTo(perDay, 9);
  });

  it('steps straight to the total when the count is the first day', () => {
    expect(deliveredOn(START_DAY - 1, START_DAY, START_DAY, 100)).toBe(0);
    expect(deliveredOn(START_DAY, START_DAY, START_DAY, 100)).toBe(0);
    expect(deliveredOn(START_DAY + 1, START_DAY, START_DAY, 100)).toBe(100);
  });
});

describe(buildTimeline, () => {
  it('uses the day numbers worked out in the header', () => {
    expect(parseIsoDate('2023-09-13')).toEqual({ ok: true, value: START_DAY });
    expect(parseIsoDate('2024-02-26')).toEqual({ ok: true, value: COUNT_DAY });
    expect(parseIsoDate('2024-07-09')).toEqual({ ok: true, value: STOCK_OUT_DAY });
  });

  describe('with the default inputs', () => {
    const timeline = timelineOf();

    it('delivers 3,001,600 shells from the first delivery to the count, then stays level', () => {
      const [first, count, last] = timeline.delivered;
      expect(first).toEqual({ day: START_DAY, shells: 0 });
      expect(count).toEqual({ day: COUNT_DAY, shells: 3_001_600 });
      expect(last?.shells).toBe(3_001_600);
      expect(last?.day).toBe(timeline.domain[1]);
    });

    it('fires 10,000 a day from the first delivery', () => {
      const [first, last] = timeline.fired;
      if (first === undefined || last === undefined) throw new Error('fired line has no ends');
      expect(first).toEqual({ day: START_DAY, shells: 0 });
      expect((last.shells - first.shells) / (last.day - first.day)).toBe(10_000);
    });

    it('runs out on 2024-07-09', () => {
      expect(timeline.stockOutDay).toBe(STOCK_OUT_DAY);
    });

    it('marks the first delivery, the count and the stock-out in the table', () => {
      expect(rowOn(timeline, '2023-09-13')).toEqual({
        date: '2023-09-13',
        delivered: 0,
        fired: 0,
        mark: 'start',
      });
      expect(rowOn(timeline, '2024-02-26')).toEqual({
        date: '2024-02-26',
        delivered: 3_001_600,
        fired: 166 * 10_000,
        mark: 'count',
      });
      expect(rowOn(timeline, '2024-07-09')).toEqual({
        date: '2024-07-09',
        delivered: 3_001_600,
        fired: 300 * 10_000,
        mark: 'stock-out',
      });
      expect(timeline.rows.filter((row) => row.mark !== undefined)).toHaveLength(3);
    });

    it('reads the lines on the first of every other month in between', () => {
      // The chart runs to the newest statement, 2025-11-14 (793 days after 2023-09-13: 366 + 365
      // + 17 + 31 + 14), and a margin of 793 × 4% = 32 days: 825 days ÷ 30.44 = 27 months, so the
      // table reads every second month, ⌈27 ÷ 24⌉ = 2, to keep to at most 24 rows.
      const months = timeline.rows.filter((row) => row.mark === undefined).map((row) => row.date);
      expect(months).toEqual([
        '2023-11-01',
        '2024-01-01',
        '2024-03-01',
        '2024-05-01',
        '2024-07-01',
        '2024-09-01',
        '2024-11-01',
        '2025-01-01',
        '2025-03-01',
        '2025-05-01',
        '2025-07-01',
        '2025-09-01',
        '2025-11-01',
      ]);
      // 2024-01-01 is 110 days after the first delivery: Sep 17 (13→30) + Oct 31 + Nov 30 + Dec 31 + 1.
      const january = rowOn(timeline, '2024-01-01');
      expect(january.mark).toBeUndefined();
      expect(january.delivered).toBeCloseTo((3_001_600 * 110) / 166, 6);
      expect(january.fired).toBe(1_100_000);
    });

    it('keeps the table short and in date order', () => {
      expect(timeline.rows.length).toBeLessThanOrEqual(27);
      const dates = timeline.rows.map((row) => row.date);
      expect(dates).toEqual([...dates].sort());
      expect(new Set(dates).size).toBe(dates.length);
    });

    it('places every published running total on its statement date, oldest first', () => {
      // 2024-06-14 is 19,888 days after 1970-01-01: 2024-02-26 (19,779) + 3 (Feb) + 31 + 30 + 31 + 14.
      const june = timeline.estimates.find((estimate) => estimate.id === 'shin-2024-06');
      expect(june).toMatchObject({ day: 19_888, shells: 4_800_000, kind: 'capacity' });
      // FACTS.md §1, every statement with a figure of rounds, capacity conversions and estimates
      // of rounds sent alike; not the container counts without one (wh-2023-10, us-2024-02,
      // shin-2024-03, us-2024-09), nor Budanov's share, nor the figures that are not running
      // totals: The Times' "around 3 million a year" and the sanctions team's 2024 only.
      expect(timeline.estimates.map((estimate) => estimate.id)).toEqual([
        'mnd-2023-10',
        'isw-2023-10',
        'nis-2023-11',
        'mil-2023-11',
        'shin-2023-12',
        'hur-2024-01',
        'hur-2024-02',
        'shin-2024-02',
        'csis-2024-02',
        'shin-2024-06',
        'c4ads-2024-06',
        'shin-2024-07',
        'dia-2024-08',
        'nis-2024-10',
        'dia-2024-10',
        'osc-2025-04',
        'nis-2025-06',
        'dia-2025-07',
        'hur-2025-11',
      ]);
      expect(timeline.estimates.find((estimate) => estimate.id === 'hur-2025-11')).toMatchObject({
        kind: 'estimate',
        shells: 6_500_000,
      });
    });

    it('keeps the wording of a range beside the single number it is plotted at', () => {
      const satellite = timeline.estimates.find((estimate) => estimate.id === 'osc-2025-04');
      // Reuters' "4 to 6 million", plotted at the geometric mean of the range:
      // √(4 million × 6 million) = √(24e12) = 4,898,979.5.
      expect(satellite).toMatchObject({
        reported: '“4 to 6 million” shells, a “conservative range” (Newsweek: 4.2–5.8 million)',
        kind: 'estimate',
      });
      expect(satellite?.shells).toBeCloseTo(4_898_979.5, 0);
    });

    it('shows every line corner and estimate inside the domain', () => {
      const [from, to] = timeline.domain;
      for (const point of [...timeline.estimates, STOCK_OUT_DAY, START_DAY, COUNT_DAY]) {
        const day = typeof point === 'number' ? point : point.day;
        expect(day).toBeGreaterThan(from);
        expect(day).toBeLessThan(to);
      }
    });
  });

  describe('with inputs at or past their edges, nothing is NaN and the domain is finite', () => {
    it.each<[string, Partial<Inputs>]>([
      ['a count on the first delivery', { end: DEFAULT_INPUTS.start }],
      ['a count before the first delivery', { end: '2023-01-01' }],
      [
        '1,000,000 containers of 5,000 shells at 1 a day',
        {
          containers: 1_000_000,
          perContainer: 5_000,
          daily: 1,
        },
      ],
      ['no shells at all', { containers: 0 }],
      ['a stock-out past the 30-year window', { containers: 1_000, perContainer: 100, daily: 1 }],
      ['the whole calendar', { start: '0001-01-01', end: '9999-12-31' }],
      ['a date that is not a date', { start: 'someday' }],
    ])('%s', (_, changes) => {
      const timeline = timelineOf(changes);
      for (const [where, value] of numbersIn(timeline)) {
        expect(Number.isFinite(value), where).toBe(true);
      }
      expect(timeline.domain[0]).toBeLessThan(timeline.domain[1]);
      expect(timeline.rows.length).toBeGreaterThan(0);
      expect(timeline.rows.length).toBeLessThanOrEqual(27);
    });

    it('has no stock-out when the shells outlast the calendar', () => {
      const timeline = timelineOf({ containers: 1_000_000, perContainer: 5_000, daily: 1 });
      expect(timeline.stockOutDay).toBeNull();
      expect(timeline.rows.some((row) => row.mark === 'stock-out')).toBe(false);
    });

    it('puts the whole total on the count when the count is not after the first delivery', () => {
      const timeline = timelineOf({ end: '2023-01-01' });
      expect(timeline.stockOutDay).toBeNull();
      expect(rowOn(timeline, '2023-09-13').delivered).toBe(0);
      const later = timeline.rows.filter((row) => row.date > '2023-09-13');
      expect(later.length).toBeGreaterThan(0);
      for (const row of later) expect(row.delivered).toBe(3_001_600);
    });

    it('reads month rows in the first century too', () => {
      // Years 0–99 are where JavaScript's Date.UTC silently adds 1900.
      const timeline = timelineOf({ start: '0050-01-01', end: '0050-06-01' });
      expect(timeline.rows.filter((row) => row.mark === undefined).length).toBeGreaterThan(0);
      // The chart runs to at most 30 years after the start, so every row stays in the first century.
      for (const row of timeline.rows) expect(row.date.startsWith('00')).toBe(true);
    });
  });
});

describe(monthTicks, () => {
  const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
  const isoOf = (ticks: number[]) =>
    ticks.map((tick) => new Date(tick * 86_400_000).toISOString().slice(0, 10));

  it('puts monthly ticks on a span of a few months', () => {
    // 2024-01-15 → 2024-05-20: the first days of February to May.
    expect(isoOf(monthTicks(day('2024-01-15'), day('2024-05-20')))).toEqual([
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
      '2024-05-01',
    ]);
  });

  it('steps by half-years on two years, aligned to January and July', () => {
    // 25 months ÷ 3 = 8.3 quarter ticks, more than 7; ÷ 6 = 4.2 half-year ticks.
    expect(isoOf(monthTicks(day('2023-07-20'), day('2025-08-20')))).toEqual([
      '2024-01-01',
      '2024-07-01',
      '2025-01-01',
      '2025-07-01',
    ]);
  });

  it('keeps to at most seven ticks on thirty years', () => {
    const ticks = monthTicks(day('2000-01-01'), day('2030-01-01'));
    expect(ticks.length).toBeLessThanOrEqual(7);
    expect(isoOf(ticks).every((iso) => iso.endsWith('-01-01'))).toBe(true);
  });
});

describe(timelineCsvRows, () => {
  const headers = {
    date: 'Date',
    delivered: 'Delivered',
    fired: 'Fired',
    deliveredLow: 'D5',
    deliveredHigh: 'D95',
    firedLow: 'F5',
    firedHigh: 'F95',
  };

  it('writes the exact figures, header first, without range columns when nothing is a range', () => {
    expect(
      timelineCsvRows(
        [
          { date: '2023-09-01', delivered: 0, fired: 0, mark: 'start' },
          { date: '2024-02-01', delivered: 3_001_600.5, fired: 1_500_000 },
        ],
        headers,
      ),
    ).toEqual([
      ['Date', 'Delivered', 'Fired'],
      ['2023-09-01', 0, 0],
      ['2024-02-01', 3_001_600.5, 1_500_000],
    ]);
  });

  it('adds each line’s 90% range when the chart has bands, empty where a line is exact', () => {
    expect(
      timelineCsvRows(
        [
          {
            date: '2024-02-01',
            delivered: 4,
            fired: 5,
            deliveredRange: { low: 3, high: 6 },
          },
        ],
        headers,
      ),
    ).toEqual([
      ['Date', 'Delivered', 'Fired', 'D5', 'D95', 'F5', 'F95'],
      ['2024-02-01', 4, 5, 3, 6, '', ''],
    ]);
  });
});
