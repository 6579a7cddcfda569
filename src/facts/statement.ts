import type { IsoDate } from '../model/calendar';
import type { Interval } from '../model/ranges';
import type { Lang } from './langs';
import type { OutletId } from './outlets';
import type { SpeakerId } from './speakers';

/**
 * What a statement counts (FACTS.md, "Kinds"), which readers confuse and the page must show:
 * - `capacity`: a conversion, "the containers could hold N if all were 152 mm shells": not a
 *   count of shells;
 * - `estimate`: an estimate of rounds actually sent (intelligence or open-source analysis);
 * - `count`: a container count with no shell figure.
 */
export type StatementKind = 'capacity' | 'estimate' | 'count';

/**
 * The hedge a figure was given with, part of the figure wherever it is quoted ("at least 10,000",
 * "as many as 4.8 million"); each language words it (`src/i18n`). `exactly` is a figure given
 * without one (15,809 containers).
 */
export type Hedge =
  'about' | 'more-than' | 'at-least' | 'as-many-as' | 'some' | 'about-or-more' | 'exactly';

/** A number as a statement gave it, with its hedge: "at least 10,000" → `{ value: 10000, hedge: 'at-least' }`. */
export interface Hedged {
  value: number;
  hedge: Hedge;
}

/**
 * What the rounds of a figure are: all 152 mm shells (the government conversions), all 122 mm
 * rocket-launcher rounds (the other filling of the same containers), or something wider that the
 * statement names ("122 mm and 152 mm", "artillery and rocket rounds", "shells and missiles",
 * "shells and other munitions"), or not said.
 */
export type Calibre =
  | '152mm'
  | '122mm-rockets'
  | '122mm-and-152mm'
  | 'artillery-and-rockets'
  | 'shells-and-missiles'
  | 'shells-and-other-munitions'
  | 'unstated';

/**
 * A figure of rounds as reported: one number (`low` = `high`) or a published span ("4 to 6
 * million": 4e6 to 6e6), with its hedge and calibre. Shin, Feb 2024 gave two fillings of the same
 * containers, so a statement may have two.
 */
export interface RoundsFigure {
  low: number;
  high: number;
  hedge: Hedge;
  calibre: Calibre;
}

/** Where a statement was reported: an outlet (named in each language) and the page's address. */
export interface StatementSource {
  outlet: OutletId;
  url: string;
  /** When this report is dated otherwise than the statement (a later re-report). */
  date?: IsoDate;
}

/** A statement's words in one language, ours except the quoted phrases. */
export interface StatementWords {
  /** Who spoke, beyond the speaker's name: "Bloomberg interview", "report to Rep. Kang Dae-sik". */
  context?: string;
  /** One line in our own words on what the statement said. */
  summary: string;
  /** The rounds as reported, with the hedges and the short quoted phrases. Absent: no rounds given. */
  rounds?: string;
  /** What the container count covers or how sure it is, when it matters: "munitions or munitions-related materials". */
  containersNote?: string;
  /** The period counted, as reported: "since the Kim–Putin summit of 13 Sept 2023". */
  period: string;
  /**
   * How we read a statement into an input where that is not a plain division of its figures or its
   * own date: `{ start: '"Mid-2022" read as 1 July 2022.' }`. (`containers` and `daily` only for
   * the one statement that was a preset before version 3 without a count, for its old links.)
   */
  readings?: Partial<Record<'containers' | 'perContainer' | 'daily' | 'start' | 'end', string>>;
}

/**
 * One published statement of FACTS.md §1: its figures, what kind of figure they are, the period,
 * the sources, and its words in every language. Everything the page says about a statement (the
 * picker, the sources table, the timeline, the comparison, the copied sentence, the citations,
 * the CSVs, the "why this default" lines, the embed's credit, the opening paragraph, the published
 * dataset) is derived from its record, one file in `src/facts/statements/`.
 */
export interface Statement {
  /** FACTS.md's id, also the link's `scenario=` for a preset: `shin-2024-02`. */
  id: string;
  /** The day of the statement (of its first report). */
  date: IsoDate;
  speaker: SpeakerId;
  kind: StatementKind;
  /** The containers counted, or null when the statement gave no count. */
  containers: Hedged | null;
  /**
   * The statement whose count `containers` is, when the speaker confirmed another's count rather
   * than making one (Seoul confirmed the White House's 1,000 in Oct 2023): the count is credited
   * to that statement.
   */
  containersFrom?: string;
  /** The rounds as reported, the 152 mm (or widest) figure first; empty when none were given. */
  rounds: readonly RoundsFigure[];
  /** A share of the ammunition Russia uses, in percent, when that is what was said (Budanov: 40). */
  shareOfRussianUse?: number;
  /** The share of the rounds that work, in percent, when the statement gave one (Skibitskyi: half). */
  workingPercent?: number;
  /**
   * False when the rounds are not a running total since deliveries began (The Times: "a year";
   * the sanctions team: 2024 only): such a figure is never plotted against the running totals.
   */
  runningTotal?: false;
  /** The main report first. */
  sources: readonly [StatementSource, ...StatementSource[]];
  /**
   * The statement as a preset (FACTS.md §1 column P: a container count and a shell figure): the
   * dates it runs between, as we read the period, and its shells per container where that is not
   * our division of its first figure by its containers (a published span, or our reading).
   */
  preset?: {
    start: IsoDate;
    end: IsoDate;
    perContainer?: number | Interval;
  };
  words: Record<Lang, StatementWords>;
}

/** A statement without its words: what the first screen and the links need of it. */
export type StatementFigures = Omit<Statement, 'words'>;
