import { parseIsoDate, type IsoDate } from './calendar';
import type { Reason } from './reason';

/** What the page does with a group of inputs; its title is the catalogues' `groups[group]`. */
interface GroupSpec {
  /**
   * Folded to its line of values on the full page too, until opened: a group the main answer does
   * not turn on. (The embedded view folds every group.)
   */
  folded: boolean;
}

/**
 * The groups the page shows the inputs in, in the page's order: each input names its group in
 * `INPUTS`, so the fields of a group are `groupKeys(group)`.
 */
const GROUPS = {
  shipped: { folded: false },
  /** The calibre mix: all 152 mm unless a reader says otherwise. */
  mix: { folded: true },
  fire: { folded: false },
  when: { folded: true },
  weight: { folded: true },
} as const satisfies Record<string, GroupSpec>;

export type InputGroup = keyof typeof GROUPS;

/** The groups in the page's order: `INPUT_GROUPS[0]` → 'shipped'. */
export const INPUT_GROUPS = Object.keys(GROUPS) as InputGroup[];

/** What the page does with a group: `groupSpec('when').folded` → true. */
export function groupSpec(group: InputGroup): GroupSpec {
  return GROUPS[group];
}

/**
 * What a numeric input counts, for the code that writes or reads it by kind: a percentage is
 * written "50%" (its words, "containers", "shells a day", are the catalogues' `units`).
 */
type NumberUnit = 'count' | 'percent' | 'kg' | 'per-day';

/** A numeric input: what it may be, how a field steps it, and the parts it plays. */
export interface NumberSpec {
  kind: 'number';
  group: InputGroup;
  /** What it counts: `numberSpec('usable').unit` → 'percent'. */
  unit: NumberUnit;
  /** The valid values (CONTRACT §1 and §6, column "valid"). */
  min: number;
  max: number;
  /** What one press of ArrowUp/ArrowDown adds or takes away (ten times as far with Shift). */
  step: number;
  /** Decimals a value is rounded to when the app sets one (a range's centre, a solved value). */
  decimals: number;
  /** A slider over the values people usually try, or none; the text field takes the full range. */
  slider: { min: number; max: number; step: number } | null;
  /** Whether it may be a 90% range `low..high` (CONTRACT §2). */
  range: boolean;
  /** Whether months of fire depend on it, so that the sensitivity chart varies it. */
  swing: boolean;
  /** Whether the solver may work it out to meet a target. */
  solve: boolean;
}

/** A date input. */
export interface DateSpec {
  kind: 'date';
  group: InputGroup;
}

/**
 * Every assumption a reader can change, in the order the page shows them, described once: the
 * fields, the link's schema, the sampler, the sensitivity chart, the solver, the CSV and the
 * comparison all derive from it. Their words are in the message catalogues (`labels`, `units`,
 * `quantity`), their published values in `src/facts/published-values.ts`.
 */
const INPUTS = {
  /** Containers shipped from North Korea to Russia. */
  containers: {
    kind: 'number',
    group: 'shipped',
    unit: 'count',
    min: 0,
    max: 1_000_000,
    step: 100,
    decimals: 0,
    slider: { min: 0, max: 30_000, step: 100 },
    range: true,
    swing: true,
    solve: true,
  },
  /** 152 mm shells in one container. */
  perContainer: {
    kind: 'number',
    group: 'shipped',
    unit: 'count',
    min: 0,
    max: 5_000,
    step: 1,
    decimals: 1,
    slider: { min: 0, max: 1_000, step: 1 },
    range: true,
    swing: true,
    solve: true,
  },
  /** Percent of containers that hold artillery rounds at all. */
  share: {
    kind: 'number',
    group: 'shipped',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    decimals: 1,
    slider: { min: 0, max: 100, step: 1 },
    range: false,
    swing: true,
    solve: false,
  },
  /** Percent of delivered rounds that work. */
  usable: {
    kind: 'number',
    group: 'shipped',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    decimals: 1,
    slider: { min: 0, max: 100, step: 1 },
    range: false,
    swing: true,
    solve: false,
  },
  /**
   * Percent of the shell-carrying containers filled with 122 mm rocket-launcher rounds instead of
   * 152 mm shells (CONTRACT §6, "The calibre mix"): 0 by default and in every older link.
   */
  rocketShare: {
    kind: 'number',
    group: 'mix',
    unit: 'percent',
    min: 0,
    max: 100,
    step: 1,
    decimals: 1,
    slider: { min: 0, max: 100, step: 5 },
    range: false,
    swing: true,
    solve: false,
  },
  /** 122 mm rockets in one container (CONTRACT §6): 75 by default, 500,000 ÷ 6,700. */
  perContainerRockets: {
    kind: 'number',
    group: 'mix',
    unit: 'count',
    min: 0,
    max: 1_000,
    step: 1,
    decimals: 1,
    slider: null,
    range: false,
    swing: false,
    solve: false,
  },
  /** Russian artillery rounds fired per day. */
  daily: {
    kind: 'number',
    group: 'fire',
    unit: 'per-day',
    min: 1,
    max: 1_000_000,
    step: 1_000,
    decimals: 0,
    slider: { min: 1_000, max: 50_000, step: 500 },
    range: true,
    swing: true,
    solve: true,
  },
  /** First delivery. */
  start: { kind: 'date', group: 'when' },
  /** Date of the count. */
  end: { kind: 'date', group: 'when' },
  /** Mass of one round in kilograms. */
  shellKg: {
    kind: 'number',
    group: 'weight',
    unit: 'kg',
    min: 1,
    max: 1_000,
    step: 0.01,
    decimals: 2,
    slider: null,
    range: false,
    swing: false,
    solve: false,
  },
  /** Payload limit of one container in kilograms. */
  payloadKg: {
    kind: 'number',
    group: 'weight',
    unit: 'kg',
    min: 100,
    max: 100_000,
    step: 10,
    decimals: 0,
    slider: null,
    range: false,
    swing: false,
    solve: false,
  },
  /**
   * Packaging (crates, charges) as a percentage of the rounds' mass, for the weight check only:
   * our addition to CONTRACT §1, default 0, an assumption with no published figure.
   */
  packaging: {
    kind: 'number',
    group: 'weight',
    unit: 'percent',
    min: 0,
    max: 300,
    step: 1,
    decimals: 1,
    slider: { min: 0, max: 100, step: 1 },
    range: false,
    swing: false,
    solve: false,
  },
} as const satisfies Record<string, NumberSpec | DateSpec>;

type Specs = typeof INPUTS;

/** The inputs' keys in the page's order: `INPUT_KEYS[0]` → 'containers'. */
export const INPUT_KEYS = Object.keys(INPUTS) as (keyof Specs)[];

export type InputKey = keyof Specs;
export type DateInputKey = {
  [K in InputKey]: Specs[K]['kind'] extends 'date' ? K : never;
}[InputKey];
export type NumericInputKey = Exclude<InputKey, DateInputKey>;
/** The inputs that may be a range `low..high` instead of one number (CONTRACT §2). */
export type RangeKey = {
  [K in NumericInputKey]: Specs[K] extends { range: true } ? K : never;
}[NumericInputKey];
/** The inputs months of fire depend on, varied by the sensitivity chart. */
export type SwingKey = {
  [K in NumericInputKey]: Specs[K] extends { swing: true } ? K : never;
}[NumericInputKey];
/** The inputs the solver may work out. */
export type SolveKey = {
  [K in NumericInputKey]: Specs[K] extends { solve: true } ? K : never;
}[NumericInputKey];

/** A value of every input: dates as `YYYY-MM-DD`, the rest as numbers (their meaning in `INPUTS`). */
export type Inputs = {
  [K in InputKey]: Specs[K]['kind'] extends 'date' ? IsoDate : number;
};

export function isDateInputKey(key: InputKey): key is DateInputKey {
  return INPUTS[key].kind === 'date';
}

export const NUMERIC_INPUT_KEYS = INPUT_KEYS.filter(
  (key): key is NumericInputKey => !isDateInputKey(key),
);

/** The description of a numeric input: `numberSpec('share').max` → 100. */
export function numberSpec(key: NumericInputKey): NumberSpec {
  return INPUTS[key];
}

/** The keys whose description says so, in the page's order: `keysWhere('range')` → containers, perContainer, daily. */
function keysWhere<K extends NumericInputKey>(role: 'range' | 'swing' | 'solve'): K[] {
  return NUMERIC_INPUT_KEYS.filter((key) => numberSpec(key)[role]) as K[];
}

export const RANGE_KEYS: readonly RangeKey[] = keysWhere<RangeKey>('range');
export const SWING_KEYS: readonly SwingKey[] = keysWhere<SwingKey>('swing');

/** The keys of a group, in the page's order: `groupKeys('when')` → start, end. */
export function groupKeys(group: InputGroup): InputKey[] {
  return INPUT_KEYS.filter((key) => INPUTS[key].group === group);
}

/**
 * Why a number is not a valid value of an input, or null when it is.
 * `numberProblem('share', 120)` → `{ kind: 'above-max', max: 100 }`.
 */
export function numberProblem(key: NumericInputKey, value: number): Reason | null {
  const { min, max } = numberSpec(key);
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
