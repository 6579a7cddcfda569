import { dailyFireById } from './daily-fire';
import { EU_PLEDGE_SOURCE, SHIN_TO_KBS } from './result-citations';
import { scenarioById } from './scenarios';
import type { Citation } from './types';

export type ContextFigureId =
  | 'return-containers'
  | 'factory-capacity'
  | 'eu-pledge'
  | 'russian-production'
  | 'iiss-month'
  | 'missile-test-cost'
  | 'summit';

/** A figure from the same stories that puts the totals in context (FACTS.md §4). */
export interface ContextFigure {
  id: ContextFigureId;
  /** The figure in our words, its numbers as reported. */
  text: string;
  sources: readonly Citation[];
  /** What is known of the source when there is no link to cite. */
  sourceNote?: string;
}

export const CONTEXT_FIGURES: readonly ContextFigure[] = [
  {
    id: 'return-containers',
    text: 'Russia sent about 30% more containers north than it received (Shin, 2024-02-26); Reuters put the number North Korea received at "some 9,000".',
    sources: [SHIN_TO_KBS],
  },
  {
    id: 'factory-capacity',
    text: "North Korea's munitions factories ran at about 30% of capacity, but those supplying Russia ran at full capacity (Shin, 2024-02-26).",
    sources: [SHIN_TO_KBS],
  },
  {
    id: 'eu-pledge',
    text: 'The EU pledged Ukraine 1 million shells within 12 months (Mar 2023); Borrell expected about 524,000 by Mar 2024 (2024-01-31) and reported "500,000" delivered (2024-03-25).',
    sources: [
      EU_PLEDGE_SOURCE,
      {
        speaker: 'Josep Borrell, EU foreign policy chief',
        outlet: 'Kyiv Independent',
        date: '2024-03-25',
        url: 'https://kyivindependent.com/borrell-eu-has-delivered-500-000-shells-to-ukraine',
      },
    ],
  },
  {
    id: 'russian-production',
    text: 'Russia makes about 250,000 shells a month, about 3 million a year (NATO, via CNN, 2024-03-11); Estonian intelligence and Bain put 2024 output at 4.5 million.',
    sources: [dailyFireById('rusi-2024').citation],
    sourceNote: 'Estonian intelligence and Bain: no link.',
  },
  {
    id: 'iiss-month',
    text: 'IISS: after Sept 2023 North Korea supplied "at least a month\'s worth" of Russian shells.',
    sources: [],
    sourceNote: 'Secondary report, Feb 2024.',
  },
  {
    id: 'missile-test-cost',
    text: "North Korea's 2023 missile tests cost about $1 billion, some 4% of a $24.5 billion economy (Shin to Bloomberg, 2024-06-14).",
    sources: [scenarioById('shin-2024-06').citation],
  },
  {
    id: 'summit',
    text: 'Kim Jong Un and Vladimir Putin met at the Vostochny Cosmodrome on 2023-09-13.',
    sources: [
      {
        speaker: 'The Kyiv Independent news desk',
        outlet: 'Kyiv Independent',
        date: '2024-08-27',
        url: 'https://kyivindependent.com/north-korea-could-have-sent-over-6-million-artillery-shells-to-russia-seoul-says/',
      },
    ],
  },
];

/** A statement with no container figure, listed for completeness (FACTS.md §1). */
export interface OtherStatement {
  who: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: string;
  /** What was said, in our words; quotation marks mark the source's own. */
  text: string;
  url?: string;
}

export const OTHER_STATEMENTS: readonly OtherStatement[] = [
  {
    who: 'US State Department',
    date: '2024-02-23',
    text: 'North Korea had sent "more than 10,000 containers of munitions or munitions-related materials" to Russia since Sept 2023.',
  },
  {
    who: 'Ukrainian military intelligence (Vadym Skibitskyi)',
    date: '2024-03',
    text: 'Russia had received about 1.5 million North Korean shells, and "half of them do not function".',
  },
  {
    who: 'Ukrainian military intelligence (Vadym Skibitskyi)',
    date: '2025-11',
    text: 'About 6.5 million shells in all, roughly half too old to fire without refurbishment.',
  },
  {
    who: 'The Times, citing Western intelligence',
    date: '2024-10-04',
    text: 'North Korea supplies about 3 million shells a year, "half of all" the shells Russia uses.',
  },
];
