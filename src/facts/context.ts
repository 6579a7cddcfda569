import { dailyFireById } from './daily-fire';
import { scenarioById } from './scenarios';
import type { Citation } from './types';

export type PhysicalFigureId =
  | 'shell-152mm'
  | 'rocket-122mm'
  | 'payload-20ft'
  | 'payload-20ft-old'
  | 'payload-40ft'
  | 'explosives-2024-06';

/** Physical reference figures for the plausibility check (FACTS.md §3). */
export interface PhysicalFigure {
  id: PhysicalFigureId;
  label: string;
  /** The figure as the source gives it. */
  valueText: string;
  /** The main number, in `unit`. */
  value: number;
  unit: 'kg' | 't';
  /** Who gives the figure. */
  source: string;
  /** Link, where the source has one. */
  url?: string;
  /** A full citation, only where the source is a dated report; reference pages have no date. */
  citation?: Citation;
}

const PHYSICAL_FIGURE_BY_ID: Record<PhysicalFigureId, PhysicalFigure> = {
  'shell-152mm': {
    id: 'shell-152mm',
    label: '152 mm OF-540 / OF-25 HE projectile mass',
    valueText: '43.56 kg',
    value: 43.56,
    unit: 'kg',
    source: '2S3 Akatsiya reference data (Wikipedia mirror)',
    url: 'https://wikisum.wiki/wiki/2S3_Akatsiya',
  },
  'rocket-122mm': {
    id: 'rocket-122mm',
    label: '122 mm Grad rocket 9M22U',
    valueText: 'about 66 kg',
    value: 66,
    unit: 'kg',
    source: 'Wikipedia (Vietnamnet gives 65 kg)',
  },
  'payload-20ft': {
    id: 'payload-20ft',
    label: '20-ft ISO container, maximum payload',
    valueText: '28,180 kg (gross 30,480, tare 2,300); internal 33.2 m³',
    value: 28_180,
    unit: 'kg',
    source: 'FreightUtils',
    url: 'https://www.freightutils.com/containers',
  },
  'payload-20ft-old': {
    id: 'payload-20ft-old',
    label: '20-ft container, older 24 t rating',
    valueText: 'payload 21,920 kg',
    value: 21_920,
    unit: 'kg',
    source: 'ungertgz.com',
    url: 'https://ungertgz.com/?p=33',
  },
  'payload-40ft': {
    id: 'payload-40ft',
    label: '40-ft container, maximum payload',
    valueText: '26,730 kg; 67.7 m³',
    value: 26_730,
    unit: 'kg',
    source: 'FreightUtils',
    url: 'https://www.freightutils.com/containers',
  },
  'explosives-2024-06': {
    id: 'explosives-2024-06',
    label: 'Explosives shipped, per WaPo / C4ADS / RUSI (2024-06-22)',
    valueText: '74,000 t of explosives ≈ 1.6 million shells (≈ 46 kg a shell)',
    value: 74_000,
    unit: 't',
    source: 'KBS World',
    url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186245',
    citation: {
      speaker: 'The Washington Post, C4ADS and RUSI',
      outlet: 'KBS World',
      date: '2024-06-22',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=186245',
    },
  },
};

/** FACTS §3 in order: `PHYSICAL_FIGURES[0]?.valueText` → '43.56 kg'. */
export const PHYSICAL_FIGURES: readonly PhysicalFigure[] = Object.values(PHYSICAL_FIGURE_BY_ID);

/** A physical figure by its id: `physicalFigure('shell-152mm').value` → 43.56. */
export function physicalFigure(id: PhysicalFigureId): PhysicalFigure {
  return PHYSICAL_FIGURE_BY_ID[id];
}

/** Why packaging is left to the reader: shown beside the mass check. */
export const PACKAGING_NOTE =
  'We found no published count of crates per container or weight of a packed crate. A 152 mm round ships as a projectile and a separate charge, so any allowance for packaging is your assumption, and the app marks it as one.';

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

const SHIN_TO_KBS: Citation = {
  speaker: 'Defence Minister Shin Won-sik',
  outlet: 'KBS World',
  date: '2024-02-26',
  url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=183924',
};

/** Source of the +30% containers sent back north, cited beside `containersReturned`. */
export const RETURN_CONTAINERS_SOURCE: Citation = SHIN_TO_KBS;

/** Source of the EU's one-million-shell pledge, cited beside `euMultiple`. */
export const EU_PLEDGE_SOURCE: Citation = {
  speaker: 'Josep Borrell, EU foreign policy chief',
  outlet: 'Politico',
  date: '2024-01-31',
  url: 'https://www.politico.eu/article/eu-to-ukraine-half-is-better-than-nothing-when-it-comes-to-ammunition/',
};

export const CONTEXT_FIGURES: readonly ContextFigure[] = [
  {
    id: 'return-containers',
    text: 'Russia sent about 30% more containers north than it received (Shin, 2024-02-26); Reuters put the number North Korea received at "some 9,000".',
    sources: [RETURN_CONTAINERS_SOURCE],
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
