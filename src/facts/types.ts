import type { Inputs } from '../model/inputs';

/** Where a figure was published. */
export interface Citation {
  /** Who said it: a person, an agency, or both. */
  speaker: string;
  /** Who published it. */
  outlet: string;
  /** Date of the statement, `YYYY-MM-DD`. */
  date: string;
  /** Link to the report. */
  url: string;
}

/** A published figure as worded, with the number the app reads it as. */
interface ReportedFigure {
  /** The figure as reported, e.g. "more than 3 million". */
  text: string;
  /** The number we read it as, e.g. 3,000,000; null when no number was published. */
  value: number | null;
}

export type ScenarioId =
  | 'mnd-2023-10'
  | 'nis-2023-11'
  | 'shin-2023-12'
  | 'shin-2024-02'
  | 'shin-2024-06'
  | 'shin-2024-07'
  | 'dia-2024-08'
  | 'osc-2025-04'
  | 'dia-2025-07';

/** A published container/shell estimate (FACTS §1) and every assumption it implies. */
export interface Scenario {
  id: ScenarioId;
  /** Short label for the picker, e.g. "Feb 2024 · Shin: 6,700 containers". */
  label: string;
  citation: Citation;
  /** Further reports of the same statement. */
  alsoReportedBy: Citation[];
  /** The period counted, as reported, e.g. "since the summit of 2023-09-13". */
  period: string;
  containers: ReportedFigure;
  shells: ReportedFigure;
  /** Shells per container as we derive it (shells ÷ containers): our division, never published. */
  impliedPerContainer: string;
  /** One line in our own words. */
  summary: string;
  /** Every input this scenario sets. */
  inputs: Inputs;
  /** Inputs that are our assumption rather than the statement's, each with the reason. */
  assumed: Partial<Record<keyof Inputs, string>>;
}

export type DailyFireId =
  'rusi-2024' | 'nis-2023-11' | 'us-2022' | 'rusi-2022' | 'syrskyi-2024-08' | 'ukraine-2024';

/** A published rate of artillery fire (FACTS §2). */
export interface DailyFirePreset {
  id: DailyFireId;
  shellsPerDay: number;
  /** Who and when, in a few words. */
  label: string;
  /** What the figure counts, and how it was derived when it was. */
  note: string;
  citation: Citation;
  /** True for Ukraine's own use, listed only for comparison. */
  comparisonOnly: boolean;
}
