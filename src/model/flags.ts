import type { Evaluation } from './evaluate';

/**
 * The results that cannot be read as they stand (CONTRACT §6, "Flags"), each true exactly when its
 * condition holds on the figures shown (the medians, with ranges):
 * - `dailyCoverage`: above 100, the deliveries exceed everything Russia fired at the chosen rate,
 *   so the inputs cannot all be right;
 * - `lastsUntil`: `daysOfFire` ≤ `deliveryDays`, the rounds were used as fast as they came, so the
 *   last day is the count date, not how long a stock lasts.
 * Both are false when the delivery period cannot be worked out.
 */
export interface Flags {
  dailyCoverage: boolean;
  lastsUntil: boolean;
}

/** `flagsOf(defaults)` → coverage 180.8% flagged; 300.16 days > 166 delivery days, not flagged. */
export function flagsOf(
  evaluation: Pick<Evaluation, 'dailyCoverage' | 'daysOfFire' | 'deliveryDays'>,
): Flags {
  const { dailyCoverage, daysOfFire, deliveryDays } = evaluation;
  return {
    dailyCoverage: dailyCoverage.ok && dailyCoverage.value.median > 100,
    lastsUntil: deliveryDays.ok && daysOfFire.median <= deliveryDays.value.median,
  };
}
