import type { ReadingNote } from '../../../facts/input-facts';
import type { Calibre, Hedge, StatementKind } from '../../../facts/statement';
import { plural } from '../../format';

/** A figure of the dek: who said it, when (month and year), and the figure in words. */
export interface DekFigure {
  who: string;
  when: string;
  what: string;
  /** For a capacity conversion, what the containers could hold: "about 12 million 152 mm shells". */
  holds?: string;
}

/**
 * English: how the facts are worded: hedged figures, statement labels and credits, the kinds of
 * figure, and the opening paragraph made from the newest statements. The other languages copy
 * this shape.
 */
export const facts = {
  /** "at least 10,000 containers", "15,809 containers" */
  containers: (hedge: Hedge, count: number, formatted: string) => {
    const noun = plural(count, 'en', { one: 'container', other: 'containers' });
    return `${HEDGES[hedge](formatted)} ${noun}`;
  },
  /** Rounds as reported: "as many as 4.8 million", "4 million to 6 million". */
  rounds: (hedge: Hedge, amount: string) => HEDGES[hedge](amount),
  /** What a capacity conversion says of its rounds: "could hold as many as 4.8 million shells". */
  couldHold: (rounds: string) => `could hold ${rounds} shells`,
  /** The picker's and the timeline's label: "Jun 2024 · Shin Won-sik · at least 10,000 containers". */
  label: (when: string, who: string, what: string) => `${when} · ${who} · ${what}`,
  /** Who spoke, in full: "Defence Minister Shin Won-sik (Bloomberg interview)". */
  who: (full: string, context: string | undefined) =>
    context === undefined ? full : `${full} (${context})`,
  /** A figure credited in a sentence: "South Korea’s defence minister, June 2024". */
  credit: (who: string, when: string) => `${who}, ${when}`,
  kinds: {
    capacity: 'capacity conversion',
    estimate: 'estimate of rounds sent',
    count: 'container count',
  } satisfies Record<StatementKind, string>,
  /** What each kind means, for a reader who confuses them. */
  kindNotes: {
    capacity: 'What the containers could hold if all were 152 mm shells: not a count of shells.',
    estimate: 'An estimate of the rounds actually sent.',
    count: 'A count of containers, without a shell figure.',
  } satisfies Record<StatementKind, string>,
  /** A hedged count of rounds with its calibre, in the language's order: "about 12 million 152 mm shells". */
  roundsOf: (rounds: string, calibre: string) => `${rounds} ${calibre}`,
  calibres: {
    '152mm': '152 mm shells',
    '122mm-rockets': '122 mm rocket-launcher rounds',
    '122mm-and-152mm': '122 mm and 152 mm rounds',
    'artillery-and-rockets': 'artillery and rocket-launcher rounds',
    'shells-and-missiles': 'shells and missiles',
    'shells-and-other-munitions': 'shells and other munitions',
    unstated: 'shells',
  } satisfies Record<Calibre, string>,
  /** "Figures reviewed against their sources on December 5, 2026." */
  /** Where a value comes from, in the sentence, the CSV and the "why this default" lines. */
  provenance: {
    yours: 'your assumption',
    ours: 'our assumption',
    calculation: 'our calculation',
    division: (credit: string) => `our division of the figures of ${credit}`,
    reading: (credit: string) => `our reading of ${credit}`,
    countedBy: (credit: string, by: string) => `${credit}, confirmed by ${by}`,
    /** How we read a statement where a value is our reading of it (src/facts/input-facts.ts). */
    readings: {
      /** Half and half, our reading of Shin's "could be a mix of the two". */
      halfAndHalf: 'Half and half is our reading of “it could be a mix of the two”.',
    } satisfies Record<ReadingNote, string>,
    /** The kinds, as the CSV's "where it comes from" column names them. */
    classes: {
      statement: 'statement',
      'counted-by': 'statement (another’s count)',
      division: 'our division',
      reading: 'our reading',
      published: 'published figure',
      reference: 'our assumption',
      yours: 'your value',
    },
  },
  reviewed: (date: string) => `Figures reviewed against their sources on ${date}.`,
  /** The opening paragraph, from the first count, the newest conversion and the newest estimate. */
  dek: (first: DekFigure, capacity: DekFigure, estimate: DekFigure) =>
    `By ${first.when}, ${first.what} of munitions had gone to Russia (${first.who}); by ` +
    `${capacity.when}, ${capacity.what}, which could hold ${capacity.holds ?? ''} ` +
    `(${capacity.who}). Those are what the containers could hold. Estimates of rounds actually ` +
    `sent are lower: ${estimate.what} by ${estimate.when} (${estimate.who}). Every total rests on ` +
    'assumptions. Here you can see them, and change them.',
};

/** Each hedge in English, around a formatted figure. */
const HEDGES: Record<Hedge, (figure: string) => string> = {
  about: (figure) => `about ${figure}`,
  'more-than': (figure) => `more than ${figure}`,
  'at-least': (figure) => `at least ${figure}`,
  'as-many-as': (figure) => `as many as ${figure}`,
  some: (figure) => `some ${figure}`,
  'about-or-more': (figure) => `about ${figure} or more`,
  exactly: (figure) => figure,
};
