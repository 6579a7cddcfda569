import type { Inputs } from '../model/inputs';
import { intervalCentre, type Interval, type Ranges } from '../model/ranges';
import { STATEMENTS } from './all-statements';
import { DEFAULT_SCENARIO_ID, type ScenarioId } from './default-scenario';
import { impliedPerContainer } from './divisions';
import { REFERENCE_INPUTS, RUSI_DAILY } from './reference-inputs';
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
 * 122 mm rockets per container by a statement's rocket figure, our division (CONTRACT §6:
 * `shin-2023-12` 80, `mil-2023-11` 100, `shin-2024-02` 75), or undefined when it gives none.
 */
export function rocketsPerContainer(statement: StatementFigures): number | undefined {
  const rockets = impliedPerContainer(statement).find(({ calibre }) => calibre === '122mm-rockets');
  return typeof rockets?.value === 'number' ? rockets.value : undefined;
}

/**
 * Rockets per container where a statement gives no rocket figure: our division of the default
 * statement's, 500,000 ÷ 6,700 → 75 (CONTRACT §6's default).
 */
export const DEFAULT_ROCKETS: number = (() => {
  const statement = STATEMENTS.find(({ id }) => id === DEFAULT_SCENARIO_ID);
  const rockets = statement && rocketsPerContainer(statement);
  if (rockets === undefined) throw new Error(`${DEFAULT_SCENARIO_ID} gives no rocket figure`);
  return rockets;
})();

/**
 * Shells per container of a preset as the link's schema version 3 reads it: the statement's own
 * span or our reading where it gives one, else our division of its first figure.
 */
function perContainerOf(statement: StatementFigures): number | Interval {
  const given = statement.preset?.perContainer;
  if (given !== undefined) return given;
  const [first] = impliedPerContainer(statement);
  if (!first) throw new Error(`${statement.id}: a preset needs containers and rounds`);
  return first.value;
}

/**
 * A statement as a preset (schema version 3): its containers, our division of its shells by them
 * (or its own span), its period, and the reference figures for what it does not say.
 * `presetOf(shin-2024-06).inputs` → containers 10,000, perContainer 480 (4.8 million ÷ 10,000).
 */
function presetOf(statement: StatementFigures): Preset {
  const { preset, containers } = statement;
  if (!preset || !containers) throw new Error(`${statement.id} is not a preset`);
  const perContainer = perContainerOf(statement);
  const inputs: Inputs = {
    ...REFERENCE_INPUTS,
    containers: containers.value,
    perContainer:
      typeof perContainer === 'number'
        ? perContainer
        : intervalCentre('perContainer', perContainer),
    perContainerRockets: rocketsPerContainer(statement) ?? DEFAULT_ROCKETS,
    daily: RUSI_DAILY,
    start: preset.start,
    end: preset.end,
  };
  return typeof perContainer === 'number'
    ? { id: statement.id, inputs }
    : { id: statement.id, inputs, ranges: { perContainer } };
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
