import { parseIsoDate, type IsoDate } from './calendar';
import type { Reason } from './reason';

/** The assumptions a reader can change, in the order the page shows them (CONTRACT §1). */
export const INPUT_KEYS = [
  'containers',
  'perContainer',
  'share',
  'usable',
  'daily',
  'start',
  'end',
  'shellKg',
  'payloadKg',
  'packaging',
] as const;

export type InputKey = (typeof INPUT_KEYS)[number];
export type DateInputKey = 'start' | 'end';
export type NumericInputKey = Exclude<InputKey, DateInputKey>;

export interface Inputs {
  /** Containers shipped from North Korea to Russia. */
  containers: number;
  /** Artillery rounds in one container. */
  perContainer: number;
  /** Percent of containers that hold artillery rounds at all. */
  share: number;
  /** Percent of delivered rounds that work. */
  usable: number;
  /** Russian artillery rounds fired per day. */
  daily: number;
  /** First delivery. */
  start: IsoDate;
  /** Date of the count. */
  end: IsoDate;
  /** Mass of one round in kilograms. */
  shellKg: number;
  /** Payload limit of one container in kilograms. */
  payloadKg: number;
  /**
   * Packaging (crates, charges) as a percentage of the rounds' mass, for the weight check only:
   * our addition to CONTRACT §1, default 0, an assumption with no published figure.
   */
  packaging: number;
}

export interface Bounds {
  min: number;
  max: number;
}

/** The valid range of every numeric input (CONTRACT §1, column "valid"). */
export const INPUT_BOUNDS: Record<NumericInputKey, Bounds> = {
  containers: { min: 0, max: 1_000_000 },
  perContainer: { min: 0, max: 5_000 },
  share: { min: 0, max: 100 },
  usable: { min: 0, max: 100 },
  daily: { min: 1, max: 1_000_000 },
  shellKg: { min: 1, max: 1_000 },
  payloadKg: { min: 100, max: 100_000 },
  packaging: { min: 0, max: 300 },
};

export const NUMERIC_INPUT_KEYS = INPUT_KEYS.filter(
  (key): key is NumericInputKey => key !== 'start' && key !== 'end',
);

export function isDateInputKey(key: InputKey): key is DateInputKey {
  return key === 'start' || key === 'end';
}

/**
 * Why a number is not a valid value of an input, or null when it is.
 * `numberProblem('share', 120)` → `{ kind: 'above-max', max: 100 }`.
 */
export function numberProblem(key: NumericInputKey, value: number): Reason | null {
  const { min, max } = INPUT_BOUNDS[key];
  if (!Number.isFinite(value)) return { kind: 'not-a-number' };
  if (value < min) return { kind: 'below-min', min };
  if (value > max) return { kind: 'above-max', max };
  return null;
}

export interface InputProblem {
  key: InputKey;
  reason: Reason;
}

/**
 * Every problem with a set of inputs; an empty list means they are valid.
 * `validateInputs({ ...defaults, end: '2023-01-01' })` → `[{ key: 'end', reason: end-not-after-start }]`.
 */
export function validateInputs(inputs: Inputs): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const key of NUMERIC_INPUT_KEYS) {
    const reason = numberProblem(key, inputs[key]);
    if (reason) problems.push({ key, reason });
  }
  const start = parseIsoDate(inputs.start);
  const end = parseIsoDate(inputs.end);
  if (!start.ok) problems.push({ key: 'start', reason: start.reason });
  if (!end.ok) problems.push({ key: 'end', reason: end.reason });
  if (start.ok && end.ok && end.value <= start.value) {
    problems.push({ key: 'end', reason: { kind: 'end-not-after-start', start: inputs.start } });
  }
  return problems;
}
