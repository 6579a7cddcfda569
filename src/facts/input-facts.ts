/**
 * What the facts say about each input, described once: a statement's value of it and what that
 * value is (its own figure, our division, our reading), its value where a statement gives none,
 * the values published for it with their sources, the doubt about it for one statement, and what
 * the words need to explain a statement's value. The presets (`presets.ts`), the provenance of a
 * value (`provenance.ts`), the sensitivity chart's doubt (`doubt.ts`), the older links
 * (`src/url/migrations.ts`) and their words (`src/i18n/provenance-text.ts`,
 * `src/features/assumptions/default-why.ts`) read it, and none of them names an input's facts.
 *
 * This file is part of the first screen (the presets are): what most inputs share (a published
 * list, a kind of doubt) it names as data that the later modules work out, and the published
 * rates of fire and physical figures, whose records hold three languages, it names by id.
 */
import type { IsoDate } from '../model/calendar';
import { INPUT_KEYS, type InputKey, type Inputs, type RangeKey } from '../model/inputs';
import type { Interval } from '../model/ranges';
import { statementById } from './all-statements';
import { DEFAULT_SCENARIO_ID } from './default-scenario';
import { dividedFigure, type FigurePick } from './divisions';
import type { PhysicalFigureId } from './physical';
import { RUSI_DAILY } from './reference-inputs';
import type { Hedge, StatementFigures } from './statement';

// ---- The catalogue's keys the facts name ----------------------------------------------------
// Each language words every one; a new input with words of its own adds its keys here.

/** How we read a statement, `facts.provenance.readings[note]`: half and half, our reading of "could be a mix". */
export type ReadingNote = 'halfAndHalf';

/** A span of doubt an input's facts name, `sensitivity.basis.notes[kind]`: the statement's "could be a mix". */
export type DoubtNote = 'mix';

/** Why an input's facts leave it unvaried, `sensitivity.unvaried[why]`: the statement gives one calibre. */
type UnvariedNote = 'one-calibre';

/** A sentence on a default, `assumptions.why.notes[note]`: why it is ours, or what it rests on. */
export type WhyNote =
  'share' | 'usable' | 'rocketShare' | 'daily' | 'end' | 'shellKg' | 'payloadKg' | 'packaging';

/**
 * A statement without the figure an input divides, whose default is another statement's, our
 * division, `assumptions.why.otherwise[note]`: no 122 mm figure.
 */
export type OtherwiseNote = 'noRockets';

// ---- Where a value comes from ---------------------------------------------------------------

/**
 * Where a value of an input comes from (FACTS.md: the statement's own figure, our division, a
 * published figure, or the reader's):
 * - `preset`: the chosen statement's value of the input: its own figure, our division or reading
 *   of it, or where it says nothing the input's `fallback` (src/i18n words which, from its facts);
 * - `count`: another statement's container count; `division`: our division of another
 *   statement's figures by its containers, never the speaker's own figure;
 * - `working`: a statement's share of rounds that work (Skibitskyi, Feb 2024: half);
 * - `stated`: another figure a statement gave (Shin, Feb 2024: all 152 mm shells, 0% rockets);
 * - `reading`: our reading of a statement, said as ours, with how we read it (`ReadingNote`);
 * - `rate`: a published rate of fire; `physical`: a reference figure (a mass, a payload);
 * - `reference`: our default where no statement says (every container holds shells…);
 * - `yours`: the reader's own value.
 */
export type Provenance =
  | { kind: 'preset'; statementId: string; key: InputKey }
  | { kind: 'count' | 'division' | 'working' | 'stated'; statementId: string }
  | { kind: 'reading'; statementId: string; note: ReadingNote }
  | { kind: 'rate'; rateId: string }
  | { kind: 'physical'; figureId: string }
  | { kind: 'reference'; key: InputKey }
  | { kind: 'yours' };

/** A value of an input: a number, a date, or a range's span. */
export type InputValue = number | IsoDate | Interval;

/** A value published for an input, and where it comes from. */
export interface PublishedValue {
  value: InputValue;
  from: Provenance;
}

// ---- The doubt about one statement ----------------------------------------------------------

/**
 * What a bar of the sensitivity chart spans, about one statement, as data (each language words
 * it): never counts made at different dates, only the doubt that applies to the statement chosen.
 * - `hedge`: the statement's own hedge on its figure, read as `src/facts/doubt.ts` says;
 * - `own-span`: the statement's own span ("4 to 6 million" over its containers);
 * - `conversions`: the published conversions of containers to 152 mm shells, lowest to highest
 *   (our divisions of each statement's figures);
 * - `working`: from the published share that works (half, Ukrainian military intelligence) to all;
 * - `rates`: the published rates of Russian fire, lowest to highest;
 * - a `DoubtNote`: a span an input's facts name, worded under its kind (`mix`: the statement's
 *   "could be a mix", from all 152 mm shells to all 122 mm rockets).
 */
export type DoubtBasis =
  | { kind: 'hedge'; statementId: string; hedge: Hedge; value: number }
  | { kind: 'own-span'; statementId: string }
  | { kind: 'conversions'; lowId: string; highId: string }
  | { kind: 'working'; statementId: string }
  | { kind: 'rates'; lowId: string; highId: string }
  | { kind: DoubtNote; statementId: string };

/**
 * Why an assumption is not varied about a statement: `exact`, the statement gives the figure
 * without a hedge (15,809 containers); `unpublished`, nothing published to vary it across; or an
 * `UnvariedNote` its facts name (`one-calibre`: no mix to vary).
 */
export type Undoubted = 'exact' | 'unpublished' | UnvariedNote;

export type Doubt = { interval: Interval; basis: DoubtBasis } | { interval: null; why: Undoubted };

// ---- What the facts say about an input ------------------------------------------------------

/** A statement's value of an input, as a preset takes it: a ranged input's may be a span. */
type StatementValue<K extends InputKey> = K extends RangeKey ? number | Interval : Inputs[K];

/**
 * A statement's value of an input and what it is: `own`, its own figure, span or period;
 * `division`, our division of its figures, never the speaker's; `reading`, our reading of it (its
 * words say how, `readings`). `countedBy`: the statement whose count it is, when the speaker
 * confirmed another's (Seoul, Oct 2023: the White House's 1,000 containers).
 */
interface Said<V> {
  value: V;
  is: 'own' | 'division' | 'reading';
  countedBy?: string | undefined;
}

/**
 * The values published for an input, in the order a reader meets them, each with its source
 * (looked up by `provenance.ts`):
 * - `counts`: every statement's container count, credited to whoever made it;
 * - `divisions`: our division of every statement's `figure` by its containers;
 * - `working`: every statement's share of rounds that work;
 * - `rates`: every published Russian rate of fire; `physical`: physical figures, by id;
 * - `values`: these values, as the input's facts give them.
 */
type Published =
  | { kind: 'counts' | 'working' | 'rates' }
  | { kind: 'divisions'; figure: FigurePick }
  | { kind: 'physical'; ids: readonly PhysicalFigureId[] }
  | { kind: 'values'; values: readonly PublishedValue[] };

/**
 * The doubt about an input for one statement (issue 14: never counts made at different dates),
 * worked out by `doubt.ts`:
 * - `count`: the statement's container count opened by its hedge ("about 6,700": 6,030–7,370);
 * - `per-container`: our division of its first figure: its own span; for a conversion to 152 mm
 *   shells, the published conversions; else opened by the hedge on its figure;
 * - `working`: from the published share that works to the input's fallback, all of them;
 * - `rates`: the published rates of Russian fire, lowest to highest;
 * - `statement`: as `about` says of the statement.
 * An input months of fire depend on without one is not varied ("unpublished").
 */
type DoubtFacts =
  | { kind: 'count' | 'per-container' | 'working' | 'rates' }
  | { kind: 'statement'; about: (statement: StatementFigures) => Doubt };

/** What a sentence on a default cites: the statement, a rate of fire, or a physical figure. */
export type Cites =
  | { kind: 'statement' }
  | { kind: 'rate'; rateId: string }
  | { kind: 'physical'; figureId: PhysicalFigureId };

/**
 * What the words need to explain a statement's value of an input ("Why this default"), where
 * the statement's words give no reading of it:
 * - `count`: the statement's container count, or the count it confirmed and whose it is;
 * - `division`: our division of one of its figures (`figure`) by its containers; where it gives
 *   no such figure, of `otherwise`'s, said with the catalogue's `otherwise.note`;
 * - `period`: the period the statement counts;
 * - `note`: a sentence of the catalogue (`WhyNote`), with what it cites: the statement, a rate of
 *   fire, or the physical figure the default rests on.
 */
type WhyFacts =
  | { kind: 'count' }
  | {
      kind: 'division';
      figure: FigurePick;
      otherwise?: { statementId: string; note: OtherwiseNote };
    }
  | { kind: 'period' }
  | { kind: 'note'; note: WhyNote; cites?: Cites };

/** What the facts say about one input; every part but `why` is absent where they say nothing. */
export interface InputFacts<K extends InputKey> {
  /** A statement's value of the input, or undefined where it gives none. */
  said?: (statement: StatementFigures) => Said<StatementValue<K>> | undefined;
  /** The input's value where a statement gives none, and where that value comes from. */
  fallback?: { value: Inputs[K]; from: Provenance };
  published?: Published;
  doubt?: DoubtFacts;
  why: WhyFacts;
}

// ---- The facts themselves -------------------------------------------------------------------

const ROCKETS = '122mm-rockets';

/** 122 mm rockets per container by a statement's rocket figure, our division: `shin-2023-12` → 80. */
function rocketsPerContainer(statement: StatementFigures): number | undefined {
  const rockets = dividedFigure(statement, ROCKETS);
  return typeof rockets === 'number' ? rockets : undefined;
}

/**
 * Rockets per container where a statement gives no rocket figure: our division of the default
 * statement's, 500,000 ÷ 6,700 → 75 (CONTRACT §6's default).
 */
const DEFAULT_ROCKETS: number = (() => {
  const statement = statementById(DEFAULT_SCENARIO_ID);
  const rockets = statement && rocketsPerContainer(statement);
  if (rockets === undefined) throw new Error(`${DEFAULT_SCENARIO_ID} gives no rocket figure`);
  return rockets;
})();

/** Every container holds shells, every round works: 100 percent, our default. */
const ALL = 100;

/**
 * Every input's facts, in the page's order. `INPUT_FACTS.share.fallback.value` → 100 (every
 * container holds shells); `INPUT_FACTS.perContainer.said(shin-2024-06)` → 480, our division.
 */
const INPUT_FACTS = {
  containers: {
    said: ({ containers, containersFrom }) =>
      containers ? { value: containers.value, is: 'own', countedBy: containersFrom } : undefined,
    published: { kind: 'counts' },
    doubt: { kind: 'count' },
    why: { kind: 'count' },
  },
  perContainer: {
    // The statement's own span or our reading where it gives one, else our division of its first figure.
    said: (statement) => {
      const given = statement.preset?.perContainer;
      if (given !== undefined) return { value: given, is: 'reading' };
      const divided = dividedFigure(statement, 'first');
      return divided === undefined ? undefined : { value: divided, is: 'division' };
    },
    published: { kind: 'divisions', figure: 'first' },
    doubt: { kind: 'per-container' },
    why: { kind: 'division', figure: 'first' },
  },
  share: {
    fallback: { value: ALL, from: { kind: 'reference', key: 'share' } },
    why: { kind: 'note', note: 'share' },
  },
  usable: {
    fallback: { value: ALL, from: { kind: 'reference', key: 'usable' } },
    published: { kind: 'working' },
    doubt: { kind: 'working' },
    why: { kind: 'note', note: 'usable' },
  },
  /** All 152 mm shells, as the government conversions count them (CONTRACT §6: 0). */
  rocketShare: {
    fallback: { value: 0, from: { kind: 'reference', key: 'rocketShare' } },
    // Shin's two fillings of the same containers (Feb 2024, the one statement that said "it could
    // be a mix"), and our reading of the mix as half and half.
    published: {
      kind: 'values',
      values: [
        { value: 0, from: { kind: 'stated', statementId: DEFAULT_SCENARIO_ID } },
        {
          value: 50,
          from: { kind: 'reading', statementId: DEFAULT_SCENARIO_ID, note: 'halfAndHalf' },
        },
        { value: 100, from: { kind: 'stated', statementId: DEFAULT_SCENARIO_ID } },
      ],
    },
    // A statement with a figure of each calibre could be a mix: from all shells to all rockets.
    doubt: {
      kind: 'statement',
      about: (statement) =>
        rocketsPerContainer(statement) === undefined
          ? { interval: null, why: 'one-calibre' }
          : { interval: { low: 0, high: 100 }, basis: { kind: 'mix', statementId: statement.id } },
    },
    why: { kind: 'note', note: 'rocketShare' },
  },
  /** Our division of the statement's 122 mm figure (CONTRACT §6: 80, 100, 75), else the default statement's. */
  perContainerRockets: {
    said: (statement) => {
      const rockets = rocketsPerContainer(statement);
      return rockets === undefined ? undefined : { value: rockets, is: 'division' };
    },
    fallback: {
      value: DEFAULT_ROCKETS,
      from: { kind: 'division', statementId: DEFAULT_SCENARIO_ID },
    },
    published: { kind: 'divisions', figure: ROCKETS },
    why: {
      kind: 'division',
      figure: ROCKETS,
      otherwise: { statementId: DEFAULT_SCENARIO_ID, note: 'noRockets' },
    },
  },
  /** RUSI's early-2024 rate where a statement gives none. */
  daily: {
    fallback: { value: RUSI_DAILY, from: { kind: 'rate', rateId: 'rusi-2024' } },
    published: { kind: 'rates' },
    doubt: { kind: 'rates' },
    why: { kind: 'note', note: 'daily', cites: { kind: 'rate', rateId: 'rusi-2024' } },
  },
  start: {
    said: ({ preset }) => (preset ? { value: preset.start, is: 'own' } : undefined),
    why: { kind: 'period' },
  },
  end: {
    // The statement's date where it was a preset only in older links (nis-2023-11).
    said: ({ preset, date }) => ({ value: preset?.end ?? date, is: 'own' }),
    why: { kind: 'note', note: 'end', cites: { kind: 'statement' } },
  },
  shellKg: {
    fallback: { value: 43.56, from: { kind: 'physical', figureId: 'shell-152mm' } },
    published: { kind: 'physical', ids: ['shell-152mm', 'rocket-122mm'] },
    why: {
      kind: 'note',
      note: 'shellKg',
      cites: { kind: 'physical', figureId: 'shell-152mm' },
    },
  },
  payloadKg: {
    fallback: { value: 28_180, from: { kind: 'physical', figureId: 'payload-20ft' } },
    published: { kind: 'physical', ids: ['payload-20ft', 'payload-20ft-old', 'payload-40ft'] },
    why: {
      kind: 'note',
      note: 'payloadKg',
      cites: { kind: 'physical', figureId: 'payload-20ft' },
    },
  },
  /** An assumption with no published figure (our addition to CONTRACT §1). */
  packaging: {
    fallback: { value: 0, from: { kind: 'reference', key: 'packaging' } },
    why: { kind: 'note', note: 'packaging' },
  },
} satisfies { [K in InputKey]: InputFacts<K> };

/** The facts of an input, as their description types them: `factsOf('share').fallback?.value` → 100. */
export function factsOf<K extends InputKey>(key: K): InputFacts<K> {
  const facts: { [Key in InputKey]: InputFacts<Key> } = INPUT_FACTS;
  return facts[key];
}

/** The inputs that have a value where a statement gives none. */
type FallbackKey = {
  [K in InputKey]: (typeof INPUT_FACTS)[K] extends { fallback: object } ? K : never;
}[InputKey];

/**
 * Every input's value where a statement gives none: what a preset takes for what its statement
 * does not say. `FALLBACK_INPUTS.share` → 100; `.daily` → 10,000 (RUSI); `.perContainerRockets` →
 * 75 (our division of the default statement's figures).
 */
export const FALLBACK_INPUTS = Object.fromEntries(
  INPUT_KEYS.flatMap((key) => {
    const fallback = factsOf(key).fallback;
    return fallback ? [[key, fallback.value]] : [];
  }),
) as Pick<Inputs, FallbackKey>;
