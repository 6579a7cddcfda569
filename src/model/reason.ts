/**
 * Why a value was refused or a result could not be computed. Reasons are data, not sentences, so
 * that every language can word them; `src/i18n` turns them into text.
 */
export type Reason =
  | { kind: 'empty' }
  | { kind: 'not-a-number' }
  /** A number still being typed ("1.", "6,", "-"): not taken until it is finished. */
  | { kind: 'incomplete' }
  /** A grouping sign where it cannot group thousands, e.g. "1,5": likely a decimal in another locale. */
  | { kind: 'misplaced-grouping'; decimal: string }
  | { kind: 'below-min'; min: number }
  | { kind: 'above-max'; max: number }
  | { kind: 'not-a-date' }
  | { kind: 'end-not-after-start'; start: string }
  | { kind: 'start-not-before-end'; end: string }
  | { kind: 'beyond-calendar' }
  /** A range whose low end is 0 or below: a lognormal has only positive values. */
  | { kind: 'range-not-positive' }
  /** A range whose low end is not below its high end. */
  | { kind: 'range-not-increasing' }
  /** One number where a range field needs two, or two where an exact field needs one. */
  | { kind: 'expected-range' }
  | { kind: 'expected-number' };

/** A computed value, or the reason it could not be computed. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: Reason };

/** Wraps a value as a successful outcome: `ok(3)` → `{ ok: true, value: 3 }`. */
export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

/** Wraps a reason as a failed outcome: `fail({ kind: 'not-a-date' })`. */
export function fail<T>(reason: Reason): Outcome<T> {
  return { ok: false, reason };
}
