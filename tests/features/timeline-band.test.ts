/**
 * The timeline's 90% bands. Deliveries rise evenly from the first delivery (2023-09-13, day
 * 19,613) to the count (2024-02-26, day 19,779, 166 days later), so on any day they are the total
 * times the share of the period elapsed, and their 5th and 95th percentiles are the total's, times
 * the same share. Fire is the daily rate times the days since the first delivery, so its band is
 * the rate's range times those days.
 * Invariant: each band holds its line, and every number in it is finite.
 */
import { STATEMENTS } from '../../src/facts/all-statements';
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { estimateWording } from '../../src/i18n/estimate-wording';
import {
  buildTimeline,
  clipBand,
  publishedPoints,
} from '../../src/features/timeline/timeline-data';
import type { BandPoint, Timeline, TimelinePoint } from '../../src/features/timeline/timeline-data';
import { parseIsoDate } from '../../src/model/calendar';
import type { Inputs } from '../../src/model/inputs';
import { centredInputs, type Ranges } from '../../src/model/ranges';
import { computeResults } from '../../src/model/results';
import type { Evaluation } from '../../src/model/evaluate';
import { sampleResults } from '../../src/model/sampling';
import { later as en } from '../../src/i18n/messages/en/later';

/** Every published statement the page plots, worded in English. */
const PUBLISHED = publishedPoints(STATEMENTS, (statement) =>
  estimateWording(statement, en.statements[statement.id], en.facts, 'en'),
);

const START_DAY = 19_613;
const COUNT_DAY = 19_779;

const CONTAINERS: Ranges = { containers: { low: 6_700, high: 13_000 } };
const DAILY: Ranges = { daily: { low: 10_000, high: 44_500 } };

interface Ranged {
  timeline: Timeline;
  sampled: Evaluation;
  inputs: Inputs;
}

/** The timeline of ranged inputs, with the sampled results (or without, while they are pending). */
function rangedTimeline(ranges: Ranges, { pending = false, changes = {} } = {}): Ranged {
  const inputs = centredInputs({ ...DEFAULT_INPUTS, ...changes }, ranges);
  const sampled = sampleResults(inputs, ranges);
  const timeline = buildTimeline(inputs, computeResults(inputs), PUBLISHED, {
    ranges,
    sampled: pending ? null : sampled,
  });
  return { timeline, sampled, inputs };
}

/** A straight-cornered line read on a day. */
function lineOn(line: TimelinePoint[], day: number): number {
  for (let i = 1; i < line.length; i += 1) {
    const [a, b] = [line[i - 1], line[i]];
    if (a && b && day >= a.day && day <= b.day) {
      // At a corner, the corner's own value (interpolating to it may round the last bit).
      return day === b.day
        ? b.shells
        : a.shells + ((b.shells - a.shells) * (day - a.day)) / (b.day - a.day);
    }
  }
  throw new Error(`day ${day} is off the line`);
}

function pointOn(band: BandPoint[], day: number): BandPoint {
  const point = band.find((candidate) => candidate.day === day);
  if (!point) throw new Error(`no band corner on day ${day}`);
  return point;
}

describe('buildTimeline with ranges', () => {
  it('has no bands, and no ranges in the table, when every input is exact', () => {
    const timeline = buildTimeline(DEFAULT_INPUTS, computeResults(DEFAULT_INPUTS), PUBLISHED);
    expect(timeline.bands).toEqual({ delivered: [], fired: [] });
    for (const row of timeline.rows) {
      expect(row.deliveredRange).toBeUndefined();
      expect(row.firedRange).toBeUndefined();
    }
  });

  describe('containers 6,700..13,000', () => {
    const { timeline, sampled } = rangedTimeline(CONTAINERS);
    const total = sampled.totalShells;

    it('draws deliveries at the sampled median, about 4.2 million at the count', () => {
      expect(lineOn(timeline.delivered, COUNT_DAY)).toBe(total.median);
      expect(total.median).toBeGreaterThan(4.1e6);
      expect(total.median).toBeLessThan(4.25e6);
    });

    it('bands deliveries from nothing at the first delivery to the total’s 90% interval at the count', () => {
      expect(pointOn(timeline.bands.delivered, START_DAY)).toEqual({
        day: START_DAY,
        low: 0,
        high: 0,
      });
      expect(pointOn(timeline.bands.delivered, COUNT_DAY)).toEqual({
        day: COUNT_DAY,
        low: total.low,
        high: total.high,
      });
      const last = timeline.bands.delivered.at(-1);
      expect(last).toEqual({ day: timeline.domain[1], low: total.low, high: total.high });
    });

    it('scales the interval by the share of the period elapsed in the table', () => {
      // 2024-01-01 is 110 of the 166 days: Sep 17 (13→30) + Oct 31 + Nov 30 + Dec 31 + 1.
      const january = timeline.rows.find((row) => row.date === '2024-01-01');
      expect(january?.deliveredRange?.low).toBeCloseTo((total.low * 110) / 166, 6);
      expect(january?.deliveredRange?.high).toBeCloseTo((total.high * 110) / 166, 6);
    });

    it('leaves fire exact: no band, no range in the table', () => {
      expect(timeline.bands.fired).toEqual([]);
      expect(timeline.rows.every((row) => row.firedRange === undefined)).toBe(true);
    });

    it('runs out on the sampled median date', () => {
      const median = sampled.lastsUntil.ok ? sampled.lastsUntil.value.median : '';
      expect(parseIsoDate(median)).toEqual({ ok: true, value: timeline.stockOutDay });
    });
  });

  describe('daily fire 10,000..44,500', () => {
    const { timeline, inputs } = rangedTimeline(DAILY);
    const [, horizon] = timeline.domain;

    it('bands fire between 10,000 and 44,500 a day from the first delivery, cut a third above the chart', () => {
      const band = timeline.bands.fired;
      // The chart's own top: the larger of the fire line at its end (21,095 a day) and the
      // published estimates; the band stops 35% above it.
      const top =
        1.35 * Math.max(21_095 * (horizon - START_DAY), ...timeline.estimates.map((e) => e.shells));
      expect(band[0]).toEqual({ day: START_DAY, low: 0, high: 0 });
      expect(band.at(-1)?.day).toBe(horizon);
      expect(Math.max(...band.map((point) => point.high))).toBeCloseTo(top, 3);
      for (const point of band) {
        expect(point.low).toBeCloseTo(Math.min(10_000 * (point.day - START_DAY), top), 3);
        expect(point.high).toBeCloseTo(Math.min(44_500 * (point.day - START_DAY), top), 3);
      }
    });

    it('draws fire at the range’s centre, √(10,000 × 44,500) ≈ 21,095 a day', () => {
      expect(inputs.daily).toBe(21_095);
      expect(lineOn(timeline.fired, horizon)).toBe(21_095 * (horizon - START_DAY));
    });

    it('gives each row the rate’s range times the days since the first delivery', () => {
      const count = timeline.rows.find((row) => row.mark === 'count');
      expect(count?.firedRange).toEqual({ low: 166 * 10_000, high: 166 * 44_500 });
    });

    it('has no band for deliveries, whose total does not vary', () => {
      expect(timeline.bands.delivered).toEqual([]);
    });
  });

  it('bands fire at once while the samples are worked out, deliveries once they are ready', () => {
    const ranges = { ...CONTAINERS, ...DAILY };
    expect(rangedTimeline(ranges, { pending: true }).timeline.bands.delivered).toEqual([]);
    expect(
      rangedTimeline(ranges, { pending: true }).timeline.bands.fired.length,
    ).toBeGreaterThanOrEqual(2);
    expect(rangedTimeline(ranges).timeline.bands.delivered).toHaveLength(3);
  });

  describe.each<[string, Ranges, Partial<Inputs>]>([
    [
      'all three published spans',
      { ...CONTAINERS, perContainer: { low: 266, high: 480 }, ...DAILY },
      {},
    ],
    ['a count on the first delivery', { ...CONTAINERS, ...DAILY }, { end: DEFAULT_INPUTS.start }],
    [
      'the widest ranges allowed',
      { containers: { low: 1, high: 1_000_000 }, daily: { low: 1, high: 1_000_000 } },
      {},
    ],
  ])('%s', (_, ranges, changes) => {
    const { timeline } = rangedTimeline(ranges, { changes });

    it('holds each line inside its band, corner by corner, with finite numbers only', () => {
      const lines = [
        [timeline.bands.delivered, timeline.delivered],
        [timeline.bands.fired, timeline.fired],
      ] as const;
      for (const [band, line] of lines) {
        // Every corner of the line is a corner of the band (a cut band has more).
        const days = band.map((point) => point.day);
        for (const point of line) if (band.length > 0) expect(days).toContain(point.day);
        for (const point of band) {
          // Where the line jumps (a count on the first delivery) it has two values on one day.
          const corners = line.filter((corner) => corner.day === point.day);
          const values =
            corners.length > 1 ? corners.map((c) => c.shells) : [lineOn(line, point.day)];
          for (const value of [point.low, point.high]) expect(Number.isFinite(value)).toBe(true);
          expect(point.low).toBeLessThanOrEqual(Math.max(...values) * (1 + 1e-12));
          expect(point.high).toBeGreaterThanOrEqual(Math.min(...values) * (1 - 1e-12));
        }
      }
      for (const row of timeline.rows) {
        for (const range of [row.deliveredRange, row.firedRange]) {
          expect(Number.isFinite(range?.low ?? 0) && Number.isFinite(range?.high ?? 0)).toBe(true);
        }
      }
    });
  });
});

describe(clipBand, () => {
  it('adds the corner where the high edge meets the cap, and cuts both edges there', () => {
    // High rises 2 a day and meets 10 on day 5; low rises 0.5 a day and stays below.
    expect(
      clipBand(
        [
          { day: 0, low: 0, high: 0 },
          { day: 10, low: 5, high: 20 },
        ],
        10,
      ),
    ).toEqual([
      { day: 0, low: 0, high: 0 },
      { day: 5, low: 2.5, high: 10 },
      { day: 10, low: 5, high: 10 },
    ]);
  });

  it('adds both crossings, in order, when the low edge passes the cap too', () => {
    // High meets 10 on day 2.5, low on day 5.
    expect(
      clipBand(
        [
          { day: 0, low: 0, high: 0 },
          { day: 10, low: 20, high: 40 },
        ],
        10,
      ),
    ).toEqual([
      { day: 0, low: 0, high: 0 },
      { day: 2.5, low: 5, high: 10 },
      { day: 5, low: 10, high: 10 },
      { day: 10, low: 10, high: 10 },
    ]);
  });

  it('leaves a band under the cap as it is', () => {
    const band = [
      { day: 0, low: 0, high: 0 },
      { day: 10, low: 5, high: 8 },
    ];
    expect(clipBand(band, 10)).toEqual(band);
  });
});
