import type { Inputs } from '../model/inputs';
import { intervalCentre, type Interval, type Ranges } from '../model/ranges';
import { STATEMENTS } from './all-statements';
import { REFERENCE_INPUTS, RUSI_DAILY } from './reference-inputs';
import type { RoundsFigure, StatementFigures } from './statement';

/** A preset's id: the id of its statement (FACTS.md §1), the link's `scenario=`. */
export type ScenarioId = string;

/** What the calculator needs of a statement to start from it: its id and every input. */
export interface Preset {
  id: ScenarioId;
  /** Every input the statement sets; a ranged input holds its range's centre. */
  inputs: Inputs;
  /** The inputs the statement gives as ranges. */
  ranges?: Ranges;
}

/**
 * Rounds per container implied by each of a statement's figures (FACTS.md: always our division,
 * never a published number), or an empty list without a container count. One figure gives a whole
 * number; a published span gives its ends rounded outwards. `impliedPerContainer(shin-2024-02)` →
 * `[{ calibre: '152mm', value: 448 }, { calibre: '122mm-rockets', value: 75 }]`.
 */
export function impliedPerContainer(
  statement: StatementFigures,
): { calibre: RoundsFigure['calibre']; value: number | Interval }[] {
  const containers = statement.containers?.value;
  if (containers === undefined) return [];
  return statement.rounds.map(({ low, high, calibre }) => ({
    calibre,
    value:
      low === high
        ? Math.round(high / containers)
        : { low: Math.floor(low / containers), high: Math.ceil(high / containers) },
  }));
}

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

export const DEFAULT_SCENARIO_ID: ScenarioId = 'shin-2024-02';

/** The two statements the project started from (the Feb and June 2024 articles). */
export const FOUNDING_SCENARIO_IDS: readonly ScenarioId[] = ['shin-2024-02', 'shin-2024-06'];

/** The inputs of CONTRACT §1's default column: `DEFAULT_INPUTS.containers` → 6700. */
export const DEFAULT_INPUTS: Inputs = (() => {
  const preset = PRESETS.find(({ id }) => id === DEFAULT_SCENARIO_ID);
  if (!preset) throw new Error(`The default statement ${DEFAULT_SCENARIO_ID} is not a preset`);
  return preset.inputs;
})();
