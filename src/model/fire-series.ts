import { addDays, daysBetween, type IsoDate } from './calendar';

/** A rate of fire over dated days (Syrskyi: about 20,000 a day in Aug–Sep 2023). */
export interface DatedRate {
  from: IsoDate;
  /** The last day the rate describes, inclusive. */
  to: IsoDate;
  perDay: number;
  /** The rate was given as a floor ("more than 30,000"). */
  atLeast: boolean;
}

/** The deliveries against a dated series of Russian fire over the days both cover. */
export interface SeriesShare {
  /** Days of the delivery period the series covers. */
  coveredDays: number;
  /** The first and last covered day. */
  from: IsoDate;
  to: IsoDate;
  /** Rounds Russia fired on those days by the series, and rounds delivered on them. */
  fired: number;
  delivered: number;
  /** delivered ÷ fired × 100. */
  percent: number;
  /** A rate given as a floor makes this share a ceiling: "at most". */
  atMost: boolean;
}

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/**
 * The share of Russian fire the deliveries made on the days a dated series covers, the deliveries
 * spread evenly over the `deliveryDays` days from `start`, as the model spreads them. Null when
 * the series covers none of the delivery days. With the defaults (18,081.9 a day from 13 Sep
 * 2023 for 166 days) and Syrskyi's 20,000 (Aug–Sep 2023) and more than 30,000 (Oct–Dec 2023):
 * 110 days, 3,120,000 fired, 1,989,012 delivered, at most 63.7%.
 */
export function seriesShare(
  start: IsoDate,
  deliveryDays: number,
  deliveredPerDay: number,
  series: readonly DatedRate[],
): SeriesShare | null {
  if (!(deliveryDays > 0) || !Number.isFinite(deliveredPerDay)) return null;
  let coveredDays = 0;
  let fired = 0;
  let atMost = false;
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  for (const rate of series) {
    const first = later(rate.from, start);
    const days = daysBetween(first, rate.to);
    const fromStart = daysBetween(start, first);
    if (!days.ok || !fromStart.ok) continue;
    // Days of the rate inside the delivery period [start, start + deliveryDays).
    const inside = Math.min(days.value + 1, deliveryDays - fromStart.value);
    if (inside <= 0) continue;
    const last = addDays(first, inside - 1);
    if (!last.ok) continue;
    coveredDays += inside;
    fired += inside * rate.perDay;
    atMost ||= rate.atLeast;
    from = from === null ? first : earlier(from, first);
    to = to === null ? last.value : later(to, last.value);
  }
  if (coveredDays === 0 || from === null || to === null || !(fired > 0)) return null;
  const delivered = coveredDays * deliveredPerDay;
  return { coveredDays, from, to, fired, delivered, percent: (delivered / fired) * 100, atMost };
}
