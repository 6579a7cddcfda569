import { PRESET_BY_ID } from './presets';
import { REFERENCE_ASSUMED } from './reference-inputs';
import type { Scenario, ScenarioId } from './types';

/**
 * The published estimates of FACTS.md §1, oldest statement first. These are version 1 of the URL
 * schema (CONTRACT §3): a preset's inputs never change; a corrected figure is a new version.
 */

const SHIN = 'Defence Minister Shin Won-sik';
const DIA = 'Defense Intelligence Agency';

const SCENARIO_BY_ID: Record<ScenarioId, Scenario> = {
  'mnd-2023-10': {
    ...PRESET_BY_ID['mnd-2023-10'],
    citation: {
      speaker: 'South Korean defence ministry; a government source',
      outlet: 'KBS World',
      date: '2023-10-16',
      url: 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=181107',
    },
    alsoReportedBy: [],
    period: 'since Sept 2023 (loading seen 7 Sep – 1 Oct 2023)',
    containers: { text: 'more than 1,000', value: 1_000 },
    shells: {
      text: 'hundreds of thousands; a government source: "upper 200,000 range"',
      value: 285_000,
    },
    impliedPerContainer: 'about 270–300 shells a container',
    summary:
      "Seoul's defence ministry counted over 1,000 containers sent since early September; a government source put the shells in the upper 200,000s.",
    assumed: {
      ...REFERENCE_ASSUMED,
      perContainer:
        'Our reading: the middle of the 270–300 a container implied by "upper 200,000 range" over 1,000 containers.',
    },
  },
  'nis-2023-11': {
    ...PRESET_BY_ID['nis-2023-11'],
    citation: {
      speaker: 'National Intelligence Service (closed briefing, via lawmaker Yoo Sang-bum)',
      outlet: 'Chosun Ilbo',
      date: '2023-11-01',
      url: 'https://english.chosun.com/site/data/html_dir/2023/11/02/2023110201083.html',
    },
    alsoReportedBy: [],
    period: 'since early Aug 2023',
    containers: { text: 'not given', value: null },
    shells: { text: 'more than 1 million', value: 1_000_000 },
    impliedPerContainer: 'none: no container count was given',
    summary:
      "South Korea's spy agency told lawmakers that over a million shells had gone to Russia since August, about two months of Russian fire. It gave no container count.",
    assumed: {
      ...REFERENCE_ASSUMED,
      containers: '1,000,000 ÷ 448, our derivation; no container count was given.',
      perContainer: "Our assumption: Shin's Feb 2024 ratio (448), since the NIS gave none.",
      daily: 'Implied by "1 million ≈ over two months": 1,000,000 ÷ 60 days.',
      start: '"Early Aug 2023" read as 1 August.',
    },
  },
  'shin-2023-12': {
    ...PRESET_BY_ID['shin-2023-12'],
    citation: {
      speaker: SHIN,
      outlet: 'EFE via Pledge Times',
      date: '2023-12-29',
      url: 'https://pledgetimes.com/north-korea-helped-russia-with-5000-containers-says-seoul/',
    },
    alsoReportedBy: [],
    period: 'since the Sept 2023 summit',
    containers: { text: 'about 5,000', value: 5_000 },
    shells: {
      text: 'more than 2 million if 152 mm; more than 400,000 if 122 mm',
      value: 2_000_000,
    },
    impliedPerContainer: '400 shells a container (152 mm); 80 (122 mm)',
    summary:
      'Shin put the total at about 5,000 containers since the September summit: over 2 million shells if 152 mm, over 400,000 if 122 mm.',
    assumed: { ...REFERENCE_ASSUMED, perContainer: 'Our division: 2 million ÷ 5,000 (152 mm).' },
  },
  'shin-2024-02': {
    ...PRESET_BY_ID['shin-2024-02'],
    citation: {
      speaker: `${SHIN} (media briefing)`,
      outlet: 'Reuters via The Star',
      date: '2024-02-26',
      url: 'https://thestar.com.my/news/world/2024/02/27/north-korea-has-sent-6700-containers-of-munitions-to-russia-south-korea-says',
    },
    alsoReportedBy: [
      {
        speaker: `${SHIN} (media briefing)`,
        outlet: 'Politico',
        date: '2024-02-26',
        url: 'https://www.politico.eu/article/north-korea-munitions-russia-vladimir-putin-war-ukraine/',
      },
    ],
    period: 'since the summit of 2023-09-13 (Reuters says "since July")',
    containers: { text: 'about 6,700', value: 6_700 },
    shells: {
      text: 'more than 3 million 152 mm shells, or 500,000 122 mm rockets; "could be a mix"',
      value: 3_000_000,
    },
    impliedPerContainer: '448 shells a container (152 mm); 75 (122 mm rockets)',
    summary:
      'Shin said about 6,700 containers had gone north to Russia: over 3 million 152 mm shells, or 500,000 122 mm rockets, or a mix of the two.',
    assumed: {
      ...REFERENCE_ASSUMED,
      perContainer: 'Our division: 3 million ÷ 6,700, rounded (152 mm, the larger reading).',
    },
  },
  'shin-2024-06': {
    ...PRESET_BY_ID['shin-2024-06'],
    citation: {
      speaker: `${SHIN} (Bloomberg interview)`,
      outlet: 'UNN, re-reporting Bloomberg',
      date: '2024-06-14',
      url: 'https://unn.ua/en/news/kim-jong-un-sends-millions-of-artillery-shells-to-russia-bloomberg',
    },
    alsoReportedBy: [],
    period: 'since 2023-09-13',
    containers: { text: 'at least 10,000', value: 10_000 },
    shells: { text: 'up to 4.8 million', value: 4_800_000 },
    impliedPerContainer: '480 shells a container',
    summary:
      'Speaking to Bloomberg, Shin said Seoul had tracked at least 10,000 containers, enough to carry up to 4.8 million shells.',
    assumed: { ...REFERENCE_ASSUMED, perContainer: 'Our division: 4.8 million ÷ 10,000.' },
  },
  'shin-2024-07': {
    ...PRESET_BY_ID['shin-2024-07'],
    citation: {
      speaker: `${SHIN} (Yomiuri interview)`,
      outlet: 'Yonhap',
      date: '2024-07-24',
      url: 'https://en.yna.co.kr/view/AEN20240724003200315',
    },
    alsoReportedBy: [],
    period: 'to 2024-07-15',
    containers: { text: 'about 11,000 (secondary count)', value: 11_000 },
    shells: { text: 'some 5.2 million', value: 5_200_000 },
    impliedPerContainer: 'about 473 shells a container',
    summary:
      'Shin told the Yomiuri that about 11,000 containers, possibly holding some 5.2 million shells, had been shipped by mid-July.',
    assumed: { ...REFERENCE_ASSUMED, perContainer: 'Our division: 5.2 million ÷ 11,000, rounded.' },
  },
  'dia-2024-08': {
    ...PRESET_BY_ID['dia-2024-08'],
    citation: {
      speaker: `${DIA} report to Rep. Kang Dae-sik`,
      outlet: 'Korea Herald / Yonhap',
      date: '2024-08-27',
      url: 'https://www.koreaherald.com/view.php?ud=20240827050678',
    },
    alsoReportedBy: [],
    period: 'since mid-2022, via Najin',
    containers: { text: 'more than 13,000', value: 13_000 },
    shells: { text: 'more than 6 million (152 mm)', value: 6_000_000 },
    impliedPerContainer: 'about 462 shells a container (152 mm)',
    summary:
      "Seoul's military intelligence counted over 13,000 containers shipped through Najin since mid-2022, which could hold more than 6 million 152 mm shells.",
    assumed: {
      ...REFERENCE_ASSUMED,
      perContainer: 'Our division: 6 million ÷ 13,000, rounded.',
      start: '"Mid-2022" read as 1 July 2022.',
    },
  },
  'osc-2025-04': {
    ...PRESET_BY_ID['osc-2025-04'],
    citation: {
      speaker: 'Open Source Centre satellite count, with Reuters',
      outlet: 'Newsweek via UNN',
      date: '2025-04-15',
      url: 'https://unn.ua/en/news/north-korea-sent-more-than-15800-containers-of-ammunition-to-russia-media',
    },
    alsoReportedBy: [],
    period: 'Sept 2023 – Mar 2025, 64 voyages',
    containers: { text: 'about 15,800', value: 15_800 },
    shells: { text: 'between 4.2 and 5.8 million', value: 4_935_585 },
    impliedPerContainer: '266–367 shells a container (a range)',
    summary:
      'A satellite count tracked about 15,800 containers on 64 voyages from September 2023 to March 2025, put at 4.2 to 5.8 million shells.',
    assumed: {
      ...REFERENCE_ASSUMED,
      perContainer:
        'Our reading: the geometric mean of the implied 266–367 a container, rounded to 0.1.',
      start: '"Sept 2023" read as 1 September.',
      end: '"Mar 2025" read as 31 March.',
    },
  },
  'dia-2025-07': {
    ...PRESET_BY_ID['dia-2025-07'],
    citation: {
      speaker: `${DIA} briefing to a lawmaker`,
      outlet: 'MENAFN / Yonhap',
      date: '2025-07-13',
      url: 'https://menafn.com/1109793351/N-Korea-Delivers-Over-12M-Artillery-Shells-to-Russia',
    },
    alsoReportedBy: [],
    period: 'cumulative (the 2024 series counted from mid-2022)',
    containers: { text: 'about 28,000', value: 28_000 },
    shells: { text: 'more than 12 million if 152 mm single shells', value: 12_000_000 },
    impliedPerContainer: 'about 429 shells a container (152 mm)',
    summary:
      "Seoul's military intelligence put the running total at about 28,000 containers, or more than 12 million shells if all were 152 mm rounds.",
    assumed: {
      ...REFERENCE_ASSUMED,
      perContainer: 'Our division: 12 million ÷ 28,000, rounded.',
      start: 'Mid-2022, as in the 2024 DIA series, read as 1 July 2022.',
    },
  },
};

/** Every preset of FACTS §1 with its sources, oldest statement first: `SCENARIOS[0]?.id` → `'mnd-2023-10'`. */
export const SCENARIOS: readonly Scenario[] = Object.values(SCENARIO_BY_ID);

/** A preset by its id, with its sources: `scenarioById('shin-2024-06').inputs.containers` → 10000. */
export function scenarioById(id: ScenarioId): Scenario {
  return SCENARIO_BY_ID[id];
}

export {
  DEFAULT_INPUTS,
  DEFAULT_SCENARIO_ID,
  FOUNDING_SCENARIO_IDS,
  isScenarioId,
} from './presets';
