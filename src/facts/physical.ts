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
