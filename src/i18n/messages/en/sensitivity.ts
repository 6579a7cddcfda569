import type { DoubtNote, Undoubted } from '../../../facts/input-facts';
import type { Hedge } from '../../../facts/statement';

/** English: "What matters most". The other languages copy this shape (`typeof sensitivity`). */
export const sensitivity = {
  title: 'What matters most',
  dek: (months: string) =>
    `Each assumption moved alone across the doubt about this statement (its own hedges, the published conversions, fire rates and working shares; never counts made at other dates), or across your own range, the others held where they are. The dark line marks months of fire now: ${months}.`,
  /** Each assumption as the subject of the sentence that names the one that matters most. */
  subjects: {
    containers: 'The number of containers',
    perContainer: 'The number of shells per container',
    share: 'The share of containers holding shells',
    usable: 'The share of shells that work',
    rocketShare: 'The mix of shells and rockets',
    daily: "Russia's daily fire",
  },
  /** A span of values tried: "6,030 to 7,370 containers"; `_count` is the high end, for plurals. */
  spans: {
    containers: (_count: number, low: string, high: string) => `${low} to ${high} containers`,
    perContainer: (_count: number, low: string, high: string) =>
      `${low} to ${high} shells a container`,
    share: (_count: number, low: string, high: string) => `${low} to ${high}`,
    usable: (_count: number, low: string, high: string) => `${low} to ${high}`,
    rocketShare: (_count: number, low: string, high: string) =>
      `${low} to ${high} filled with rockets`,
    daily: (_count: number, low: string, high: string) => `${low} to ${high} shells a day`,
  },
  /** "The mix of shells and rockets matters most: from 0% to 100% filled with rockets, months of fire go from 9.9 to 0.0." */
  lead: (subject: string, span: string, low: string, high: string) =>
    `${subject} matters most: from ${span}, months of fire go from ${low} to ${high}.`,
  noneMoves: (months: string) => `None of these assumptions moves months of fire from ${months}.`,
  /** What a row spans: "6,030 to 7,370 containers: “about 6,700”, read as a tenth either way (our reading)". */
  spanFrom: {
    range: (span: string) => `${span}, your 90% range`,
    doubt: (span: string, basis: string) => `${span}: ${basis}`,
  },
  /** Where a span of doubt comes from. */
  basis: {
    /** "“about 6,700”, read as a tenth either way (our reading)" */
    hedge: (quoted: string, reading: string) => `“${quoted}”, read as ${reading} (our reading)`,
    ownSpan: 'the statement’s own span',
    conversions: (low: string, high: string) =>
      `the published conversions to 152 mm shells, from ${low} to ${high} (our divisions)`,
    working: (credit: string) => `from half working (${credit}) to all`,
    rates: (low: string, high: string) =>
      `the published rates of Russian fire, from ${low} to ${high}`,
    /** A span an input's facts name (src/facts/input-facts.ts), by its kind. */
    notes: {
      /** The statement's "could be a mix". */
      mix: 'from all 152 mm shells to all 122 mm rockets (“it could be a mix”)',
    } satisfies Record<DoubtNote, string>,
  },
  /** How far each hedge leaves a figure open, as we read it (src/facts/doubt.ts). */
  hedgeReadings: {
    about: 'a tenth either way',
    some: 'a tenth either way',
    'more-than': 'up to a fifth more, as no upper bound was given',
    'at-least': 'up to a fifth more, as no upper bound was given',
    'as-many-as': 'up to a fifth fewer',
    'about-or-more': 'a tenth fewer to a fifth more',
    exactly: 'exact',
  } satisfies Record<Hedge, string>,
  /** Read out for each row: "8.9 months at 6,030, 10.8 months at 7,370" (months to one decimal). */
  ends: (lowMonths: string, lowAt: string, highMonths: string, highAt: string) =>
    `${lowMonths} months at ${lowAt}, ${highMonths} months at ${highAt}`,
  /** Under a bar's end: "at 70,000". */
  at: (value: string) => `at ${value}`,
  caption: 'Months of fire with one assumption at each end of its span',
  assumptionColumn: 'Assumption, span tried',
  monthsColumn: (months: string) => `Months of fire (now ${months})`,
  /** Why an assumption is not varied about this statement. */
  unvaried: {
    exact: 'given exactly',
    unpublished: 'no published figure',
    'one-calibre': 'the statement gives one calibre',
  } satisfies Record<Undoubted, string>,
  /** "Not varied: Containers shipped (given exactly); Containers holding shells (no published figure)." */
  notVaried: (items: readonly { label: string; why: string }[]) =>
    `Not varied: ${items.map(({ label, why }) => `${label} (${why})`).join('; ')}.`,
};
