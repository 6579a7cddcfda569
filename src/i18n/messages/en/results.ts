import { EU_PLEDGE_SOURCE, SHIN_TO_KBS } from '../../../facts/result-citations';
import { SCENARIOS } from '../../../facts/scenarios';
import type { ScenarioId } from '../../../facts/types';
import type { InputKey } from '../../../model/inputs';

/** A published statement in words: what it said, who said it, where, and what we read into it. */
export interface StatementWords {
  summary: string;
  speaker: string;
  outlet: string;
  /** The outlets of the further reports, in the order of `alsoReportedBy`. */
  also: readonly string[];
  period: string;
  containers: string;
  shells: string;
  implied: string;
}

/** English: the ranged headline, the other results, and the statement's source. */
export const results = {
  /** "90% range 2.9–5.8 million" */
  range: (text: string) => `90% range ${text}`,
  workingRange: 'Working out the 90% range…',
  medianShells: (_count: number, formatted: string) => `Median ${formatted} shells`,
  medianMonths: (_count: number, formatted: string) => `Median ${formatted} months of 30.44 days`,
  medianDays: (_count: number, formatted: string, range: string) =>
    `Median ${formatted} days; ${range}`,
  rangedNote:
    'Medians and 90% ranges of 10,000 samples of your ranges, always drawn the same way. The working below uses the middle of each range.',

  perDay: 'Delivered per day',
  perDayExact: (_count: number, formatted: string) => `${formatted} a day`,
  /** "over {days} from first delivery to the count": `{days}` marks the figure. */
  perDayOver: 'over {days} from first delivery to the count',
  deliveryDays: (_count: number, formatted: string) => `${formatted} days`,
  coverage: 'Share of Russia’s daily fire matched',
  coverageNote: (daily: string) => `deliveries over the period against ${daily} fired a day`,
  weight: 'Weight of one container’s shells',
  kg: (formatted: string) => `${formatted} kg`,
  fits: 'Fits',
  tooHeavy: 'Too heavy',
  payloadNote: (share: string, limit: string) =>
    `${share} of the ${limit} payload limit, counting projectiles only`,
  fitShare: (share: string) => ` (fits in ${share} of the samples)`,
  eu: 'Against the EU’s million-shell pledge',
  euTimes: (formatted: string) => `${formatted}×`,
  euExact: (formatted: string) => `${formatted} times one million`,
  euNote: 'the EU promised Ukraine 1 million shells in 12 months (March 2023)',
  euOutlet: EU_PLEDGE_SOURCE.outlet,
  returned: 'Containers Russia sent back',
  returnedExact: (_count: number, formatted: string) => `${formatted} containers`,
  returnedNote: '30% more than Russia received, probably mostly food',
  returnedOutlet: SHIN_TO_KBS.outlet,

  sourceLabel: 'The statement and its source',
  also: 'also',
  reported: (containers: string, shells: string, period: string, implied: string) =>
    `Reported: ${containers} containers, ${shells} shells; period ${period}. Implied per container: ${implied}`,
  ourDivision: '(our division, not a published figure)',
  modified: 'Modified.',
  youChanged: (names: readonly string[]) => `You changed: ${names.join(', ')}.`,
  reset: 'Reset to this statement',
  /** The names of the inputs, for "You changed: …". */
  inputNames: {
    containers: 'Containers shipped',
    perContainer: 'Shells per container',
    share: 'Containers holding shells',
    usable: 'Shells that work',
    daily: 'Russian fire per day',
    start: 'First delivery',
    end: 'Date of the count',
    shellKg: 'Mass of one shell',
    payloadKg: 'Payload limit of a container',
    packaging: 'Packaging allowance (assumed)',
  } satisfies Record<InputKey, string>,
  /** The embedded view's credit line before the citation: "Based on Feb 2024 · …:". */
  creditBased: (label: string) => `Based on ${label}:`,
  creditModified: (label: string) => `Starting from ${label}, with changed assumptions:`,

  statements: Object.fromEntries(
    SCENARIOS.map((scenario) => [
      scenario.id,
      {
        summary: scenario.summary,
        speaker: scenario.citation.speaker,
        outlet: scenario.citation.outlet,
        also: scenario.alsoReportedBy.map((also) => also.outlet),
        period: scenario.period,
        containers: scenario.containers.text,
        shells: scenario.shells.text,
        implied: scenario.impliedPerContainer,
      } satisfies StatementWords,
    ]),
  ) as unknown as Record<ScenarioId, StatementWords>,
};
