import type { IsoDate } from '../model/calendar';
import type { InputKey, Inputs } from '../model/inputs';
import { isRangeKey, sameInterval, type Interval, type Ranges } from '../model/ranges';
import { STATEMENTS } from './all-statements';
import { RUSSIAN_FIRE_RATES } from './daily-fire';
import { PHYSICAL_FIGURES } from './physical';
import { impliedPerContainer } from './divisions';
import { DEFAULT_SCENARIO_ID, rocketsPerContainer, type Preset } from './presets';
import { REFERENCE_INPUTS } from './reference-inputs';

/**
 * Where a value of an input comes from (FACTS.md: the statement's own figure, our division, a
 * published figure, or the reader's):
 * - `preset`: the chosen statement's value of the input: its own figure, our division or reading
 *   of it, or our default where it says nothing (src/i18n words which, from its record);
 * - `count`: another statement's container count; `division`: our division of another
 *   statement's shells by its containers, never the speaker's own figure;
 * - `working`: a statement's share of rounds that work (Skibitskyi, Feb 2024: half);
 * - `filling`: one of a statement's two fillings of the same containers (Shin, Feb 2024: all
 *   152 mm shells, 0% rockets, or all 122 mm rockets, 100%); `mix`: our reading of its "could be
 *   a mix of the two" as half and half;
 * - `rate`: a published rate of fire; `physical`: a reference figure (a mass, a payload);
 * - `reference`: our default where no statement says (every container holds shells…);
 * - `yours`: the reader's own value.
 */
export type Provenance =
  | { kind: 'preset'; statementId: string; key: InputKey }
  | { kind: 'count' | 'division' | 'working' | 'filling' | 'mix'; statementId: string }
  | { kind: 'rate'; rateId: string }
  | { kind: 'physical'; figureId: string }
  | { kind: 'reference'; key: InputKey }
  | { kind: 'yours' };

type Value = number | IsoDate | Interval;

/** A value published for an input, and where it comes from. */
export interface PublishedValue {
  value: Value;
  from: Provenance;
}

const same = (a: Value, b: Value) =>
  typeof a === 'object' && typeof b === 'object' ? sameInterval(a, b) : a === b;

/** The statements that count containers, each crediting whoever made the count. */
function containerCounts(): PublishedValue[] {
  return STATEMENTS.flatMap((statement) =>
    statement.containers && statement.containersFrom === undefined
      ? [{ value: statement.containers.value, from: { kind: 'count', statementId: statement.id } }]
      : [],
  );
}

/** Our divisions of every statement's first figure by its containers. */
function divisions(): PublishedValue[] {
  return STATEMENTS.flatMap((statement) => {
    const [first] = impliedPerContainer(statement);
    return first
      ? [{ value: first.value, from: { kind: 'division', statementId: statement.id } }]
      : [];
  });
}

/** Our divisions of every 122 mm rocket figure by its containers: 100, 80, 75 a container. */
function rocketDivisions(): PublishedValue[] {
  return STATEMENTS.flatMap((statement) => {
    const rockets = rocketsPerContainer(statement);
    return rockets === undefined
      ? []
      : [{ value: rockets, from: { kind: 'division', statementId: statement.id } }];
  });
}

/**
 * Shin's two fillings of the same containers (Feb 2024, the one statement that said "it could be
 * a mix"), and our reading of the mix as half and half.
 */
function fillings(): PublishedValue[] {
  const statementId = DEFAULT_SCENARIO_ID;
  return [
    { value: 0, from: { kind: 'filling', statementId } },
    { value: 50, from: { kind: 'mix', statementId } },
    { value: 100, from: { kind: 'filling', statementId } },
  ];
}

/**
 * The published values offered for an input, with their sources, in the order a reader meets
 * them: `publishedValues('usable')` → 50 (Ukrainian military intelligence, Feb 2024).
 */
export function publishedValues(key: InputKey): PublishedValue[] {
  switch (key) {
    case 'containers':
      return containerCounts();
    case 'perContainer':
      return divisions();
    case 'rocketShare':
      return fillings();
    case 'perContainerRockets':
      return rocketDivisions();
    case 'usable':
      return STATEMENTS.flatMap((statement) =>
        statement.workingPercent === undefined
          ? []
          : [
              {
                value: statement.workingPercent,
                from: { kind: 'working', statementId: statement.id },
              },
            ],
      );
    case 'daily':
      return RUSSIAN_FIRE_RATES.map((rate) => ({
        value: rate.perDay,
        from: { kind: 'rate', rateId: rate.id },
      }));
    case 'shellKg':
      return physicalValues(['shell-152mm', 'rocket-122mm']);
    case 'payloadKg':
      return physicalValues(['payload-20ft', 'payload-20ft-old', 'payload-40ft']);
    default:
      return [];
  }
}

function physicalValues(ids: readonly string[]): PublishedValue[] {
  return PHYSICAL_FIGURES.filter((figure) => ids.includes(figure.id)).map((figure) => ({
    value: figure.value,
    from: { kind: 'physical', figureId: figure.id },
  }));
}

/**
 * Where the value an input has now comes from: the chosen statement's while it is the preset's;
 * else a published value offered for the input, credited to its source; else our default or the
 * reader's own. Defaults of `shin-2024-06` → containers `preset`; `usable` set to 50 → `working`
 * (`hur-2024-02`); `containers` 16,500 → `count` (`us-2024-09`); 12,345 → `yours`.
 */
export function provenanceOf(
  key: InputKey,
  state: { inputs: Inputs; ranges: Ranges },
  preset: Preset,
): Provenance {
  const range = isRangeKey(key) ? state.ranges[key] : undefined;
  const presetRange = isRangeKey(key) ? preset.ranges?.[key] : undefined;
  const value: Value = range ?? state.inputs[key];
  const presetValue: Value = presetRange ?? preset.inputs[key];
  if (same(value, presetValue)) {
    // A statement with no 122 mm figure takes the default statement's: credit that one.
    const statement = STATEMENTS.find(({ id }) => id === preset.id);
    if (key === 'perContainerRockets' && statement && !rocketsPerContainer(statement)) {
      return { kind: 'division', statementId: DEFAULT_SCENARIO_ID };
    }
    return { kind: 'preset', statementId: preset.id, key };
  }
  const published = publishedValues(key).find((candidate) => same(candidate.value, value));
  if (published) return published.from;
  if (
    !range &&
    key in REFERENCE_INPUTS &&
    value === REFERENCE_INPUTS[key as keyof typeof REFERENCE_INPUTS]
  ) {
    return { kind: 'reference', key };
  }
  return { kind: 'yours' };
}
