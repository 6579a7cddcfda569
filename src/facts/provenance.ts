/**
 * Where the value an input has comes from, for any input: read from what the facts say about it
 * (`input-facts.ts`), never from a list of inputs here.
 */
import type { InputKey, Inputs } from '../model/inputs';
import { isRangeKey, sameInterval, type Ranges } from '../model/ranges';
import { STATEMENTS } from './all-statements';
import { RUSSIAN_FIRE_RATES } from './daily-fire';
import { dividedFigure } from './divisions';
import { factsOf, type InputValue, type Provenance, type PublishedValue } from './input-facts';
import { PHYSICAL_FIGURES } from './physical';
import type { Preset } from './presets';
import type { StatementFigures } from './statement';

export type { Provenance, PublishedValue };

const same = (a: InputValue, b: InputValue) =>
  typeof a === 'object' && typeof b === 'object' ? sameInterval(a, b) : a === b;

/** Each statement's value of something, credited as `kind`, where it gives one. */
function fromStatements(
  valueOf: (statement: StatementFigures) => InputValue | undefined,
  kind: 'count' | 'division' | 'working',
): PublishedValue[] {
  return STATEMENTS.flatMap((statement) => {
    const value = valueOf(statement);
    return value === undefined ? [] : [{ value, from: { kind, statementId: statement.id } }];
  });
}

/**
 * The published values offered for an input, with their sources, in the order a reader meets
 * them, of the kind its facts name: `publishedValues('usable')` → 50 (Ukrainian military
 * intelligence, Feb 2024); `publishedValues('daily')` → every published Russian rate;
 * `publishedValues('share')` → none.
 */
export function publishedValues(key: InputKey): PublishedValue[] {
  const published = factsOf(key).published;
  switch (published?.kind) {
    case undefined:
      return [];
    case 'counts':
      // A confirmed count credits whoever made it, once.
      return fromStatements(
        ({ containers, containersFrom }) =>
          containersFrom === undefined ? containers?.value : undefined,
        'count',
      );
    case 'divisions':
      return fromStatements((statement) => dividedFigure(statement, published.figure), 'division');
    case 'working':
      return fromStatements(({ workingPercent }) => workingPercent, 'working');
    case 'rates':
      return RUSSIAN_FIRE_RATES.map((rate) => ({
        value: rate.perDay,
        from: { kind: 'rate', rateId: rate.id },
      }));
    case 'physical':
      return PHYSICAL_FIGURES.filter((figure) => published.ids.includes(figure.id)).map(
        (figure) => ({ value: figure.value, from: { kind: 'physical', figureId: figure.id } }),
      );
    case 'values':
      return [...published.values];
  }
}

/**
 * Where the value an input has now comes from: the chosen statement's while it is the preset's;
 * else a published value offered for the input, credited to its source; else the input's fallback
 * (our default) or the reader's own. Defaults of `shin-2024-06` → containers `preset`; `usable`
 * set to 50 → `working` (`hur-2024-02`); `containers` 16,500 → `count` (`us-2024-09`); 12,345 →
 * `yours`.
 */
export function provenanceOf(
  key: InputKey,
  state: { inputs: Inputs; ranges: Ranges },
  preset: Preset,
): Provenance {
  const range = isRangeKey(key) ? state.ranges[key] : undefined;
  const presetRange = isRangeKey(key) ? preset.ranges?.[key] : undefined;
  const value: InputValue = range ?? state.inputs[key];
  const presetValue: InputValue = presetRange ?? preset.inputs[key];
  if (same(value, presetValue)) return { kind: 'preset', statementId: preset.id, key };
  const published = publishedValues(key).find((candidate) => same(candidate.value, value));
  if (published) return published.from;
  const fallback = factsOf(key).fallback;
  return fallback && same(fallback.value, value) ? fallback.from : { kind: 'yours' };
}
