import type { Evaluation } from './evaluate';
import type { Outcome } from './reason';

/**
 * The results that cannot be read as they stand (CONTRACT §6, "Flags"), each true exactly when its
 * condition holds on the figures shown (the medians, with ranges):
 * - `dailyCoverage`: above 100, the deliveries exceed everything Russia fired at the chosen rate,
 *   so the inputs cannot all be right;
 * - `lastsUntil`: `daysOfFire` ≤ `deliveryDays`, the rounds were used as fast as they came, so the
 *   last day is the count date, not how long a stock lasts.
 * Both are false when the figure they are about cannot be worked out.
 */
export interface Flags {
  dailyCoverage: boolean;
  lastsUntil: boolean;
}

/** Deliveries above everything Russia fired at the rate: `overAllFire(ok(180.8))` → true. */
export function overAllFire(dailyCoverage: Outcome<number>): boolean {
  return dailyCoverage.ok && dailyCoverage.value > 100;
}

/** Rounds used as fast as they came: `usedAsFast(166, ok(166))` → true. */
export function usedAsFast(daysOfFire: number, deliveryDays: Outcome<number>): boolean {
  return deliveryDays.ok && daysOfFire <= deliveryDays.value;
}

const median = <T extends { median: number }>(outcome: Outcome<T>): Outcome<number> =>
  outcome.ok ? { ok: true, value: outcome.value.median } : outcome;

/** `flagsOf(defaults)` → coverage 180.8% flagged; 300.16 days > 166 delivery days, not flagged. */
export function flagsOf(
  evaluation: Pick<Evaluation, 'dailyCoverage' | 'daysOfFire' | 'deliveryDays'>,
): Flags {
  const { dailyCoverage, daysOfFire, deliveryDays } = evaluation;
  return {
    dailyCoverage: overAllFire(median(dailyCoverage)),
    lastsUntil: usedAsFast(daysOfFire.median, median(deliveryDays)),
  };
}
