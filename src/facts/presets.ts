import type { IsoDate } from '../model/calendar';
import { INPUT_KEYS, type InputKey, type Inputs } from '../model/inputs';
import { intervalCentre, isRangeKey, type Ranges } from '../model/ranges';
import { STATEMENTS } from './all-statements';
import { DEFAULT_SCENARIO_ID, type ScenarioId } from './default-scenario';
import { factsOf, type InputValue } from './input-facts';
import type { StatementFigures } from './statement';

export { DEFAULT_SCENARIO_ID, type ScenarioId };

/** What the calculator needs of a statement to start from it: its id and every input. */
export interface Preset {
  id: ScenarioId;
  /** Every input the statement sets; a ranged input holds its range's centre. */
  inputs: Inputs;
  /** The inputs the statement gives as ranges. */
  ranges?: Ranges;
}

/**
 * A statement's value of an input as a preset takes it (schema version 3): the statement's own,
 * or our division or reading of its figures, where it gives one; else the input's fallback.
 * `presetValue('perContainer', shin-2024-06)` → 480 (4.8 million ÷ 10,000); `'share'` → 100.
 */
function presetValue(key: InputKey, statement: StatementFigures): InputValue {
  const facts = factsOf(key);
  const value = facts.said?.(statement)?.value ?? facts.fallback?.value;
  if (value === undefined) throw new Error(`${statement.id}: a preset needs its ${key}`);
  return value;
}

/**
 * A statement as a preset (schema version 3): every input as the statement gives it, a span as
 * its range with the range's centre as the value. `presetOf(shin-2024-06).inputs` → containers
 * 10,000, perContainer 480 (4.8 million ÷ 10,000), share 100…
 */
function presetOf(statement: StatementFigures): Preset {
  const inputs: Partial<Record<InputKey, number | IsoDate>> = {};
  const ranges: Ranges = {};
  for (const key of INPUT_KEYS) {
    const value = presetValue(key, statement);
    if (typeof value !== 'object') inputs[key] = value;
    else if (isRangeKey(key)) {
      ranges[key] = value;
      inputs[key] = intervalCentre(key, value);
    } else throw new Error(`${statement.id}: ${key} cannot be a range`);
  }
  // Every key has been set, each to a value of its kind (a date for a date input).
  const all = inputs as Inputs;
  return Object.keys(ranges).length === 0
    ? { id: statement.id, inputs: all }
    : { id: statement.id, inputs: all, ranges };
}

/**
 * The presets of schema version 3: the statements with a container count and a shell figure
 * (FACTS.md §1, column P), oldest first: `PRESETS[0]?.id` → 'mnd-2023-10'.
 */
export const PRESETS: readonly Preset[] = STATEMENTS.filter((statement) => statement.preset).map(
  presetOf,
);

/** The two statements the project started from (the Feb and June 2024 articles). */
export const FOUNDING_SCENARIO_IDS: readonly ScenarioId[] = ['shin-2024-02', 'shin-2024-06'];

/** The inputs of CONTRACT §1's default column: `DEFAULT_INPUTS.containers` → 6700. */
export const DEFAULT_INPUTS: Inputs = (() => {
  const preset = PRESETS.find(({ id }) => id === DEFAULT_SCENARIO_ID);
  if (!preset) throw new Error(`The default statement ${DEFAULT_SCENARIO_ID} is not a preset`);
  return preset.inputs;
})();
