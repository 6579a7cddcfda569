import { RUSI_DAILY } from './reference-inputs';
import { scenarioById } from './scenarios';
import type { Citation, DailyFireId, DailyFirePreset } from './types';

/**
 * How fast Russia fires (FACTS.md §2). Where a source gives only a month, its citation date is the
 * first of that month and the label names the month alone.
 */

/** NATO and European intelligence via CNN: Russia ~10,000 a day, Ukraine ~2,000 (early 2024). */
const NATO_VIA_CNN: Citation = {
  speaker: 'NATO and European intelligence officials, via CNN',
  outlet: 'Ukrainska Pravda',
  date: '2024-03-11',
  url: 'https://www.pravda.com.ua/eng/news/2024/03/11/7445934/',
};

/** RUSI's January 2024 estimate, as cited by The Wall Street Journal. */
const RUSI_VIA_WSJ: Citation = {
  speaker: 'RUSI, cited by The Wall Street Journal (Jan 2024)',
  outlet: 'Firstpost',
  date: '2024-01-01',
  url: 'https://www.firstpost.com/world/north-korea-artillery-sheels-russia-ukraine-war-south-korea-putin-kim-jong-un-13743031.html',
};

const DAILY_FIRE_BY_ID: Record<DailyFireId, DailyFirePreset> = {
  'rusi-2024': {
    id: 'rusi-2024',
    shellsPerDay: RUSI_DAILY,
    label: 'RUSI and NATO, early 2024',
    note: "Russian artillery rounds a day in early 2024, about five times Ukraine's: RUSI's estimate, matched by NATO and European intelligence.",
    citation: NATO_VIA_CNN,
    comparisonOnly: false,
  },
  'nis-2023-11': {
    id: 'nis-2023-11',
    shellsPerDay: 16_700,
    label: 'NIS, Nov 2023 (implied)',
    note: 'Our division, not a published rate: the NIS said 1 million shells last Russia "over two months"; 1,000,000 ÷ 60 days.',
    citation: scenarioById('nis-2023-11').citation,
    comparisonOnly: false,
  },
  'us-2022': {
    id: 'us-2022',
    shellsPerDay: 20_000,
    label: 'US official, Nov 2022 (peak)',
    note: 'A peak rate, from a US defence official speaking to NBC in Nov 2022; secondary report only.',
    citation: {
      speaker: 'US defence official, to NBC News',
      outlet: 'NBC News (secondary report)',
      date: '2022-11-01',
      url: '',
    },
    comparisonOnly: false,
  },
  'rusi-2022': {
    id: 'rusi-2022',
    shellsPerDay: 32_900,
    label: 'RUSI, 2022 average',
    note: 'A yearly average: RUSI said Russia fired some 12 million shells in 2022; 12 million ÷ 365 days.',
    citation: {
      speaker: 'Jack Watling, RUSI (Sept 2023)',
      outlet: 'RUSI, in Al Jazeera',
      date: '2023-09-01',
      url: 'https://rusi.org/news-and-comment/in-the-news/new-and-terrifying-world-kim-and-putin-meet-again-russia',
    },
    comparisonOnly: false,
  },
  'syrskyi-2024-08': {
    id: 'syrskyi-2024-08',
    shellsPerDay: 44_500,
    label: 'Syrskyi, 6–14 Aug 2024',
    note: "Ukraine's commander-in-chief's daily average for 6–14 Aug 2024; it likely counts more weapons than tube artillery.",
    citation: {
      speaker: "Oleksandr Syrskyi, Ukraine's commander-in-chief",
      outlet: 'Censor.NET',
      date: '2024-08-20',
      url: 'https://censor.net/en/news/3505734/syrskyi_told_about_the_ratio_of_ammunition_in_the_ukrainian_armed_forces_and_the_enemy',
    },
    comparisonOnly: false,
  },
  'ukraine-2024': {
    id: 'ukraine-2024',
    shellsPerDay: 2_000,
    label: "Ukraine's own fire, early 2024",
    note: "Ukraine's own daily use in early 2024, per RUSI and NATO; for comparison, not a Russian rate.",
    citation: NATO_VIA_CNN,
    comparisonOnly: true,
  },
};

/** Every daily-fire preset in FACTS §2 order, the default first: `DAILY_FIRE_PRESETS[0]?.shellsPerDay` → 10000. */
export const DAILY_FIRE_PRESETS: readonly DailyFirePreset[] = Object.values(DAILY_FIRE_BY_ID);

/**
 * Further reports of a preset's figure, beyond its main citation.
 * `DAILY_FIRE_ALSO_REPORTED['rusi-2024']?.[0]?.outlet` → 'Firstpost'.
 */
export const DAILY_FIRE_ALSO_REPORTED: Partial<Record<DailyFireId, readonly Citation[]>> = {
  'rusi-2024': [RUSI_VIA_WSJ],
  'ukraine-2024': [RUSI_VIA_WSJ],
};

/** Why the published daily rates disagree; shown beside whichever rate is in use. */
export const DAILY_FIRE_CAVEAT =
  'RUSI and NATO put Russian fire at about 10,000 rounds a day and Ukrainian commanders at 30,000–70,000, several times more, probably because they count different weapons.';

/** A daily-fire preset by its id: `dailyFireById('rusi-2022').shellsPerDay` → 32900. */
export function dailyFireById(id: DailyFireId): DailyFirePreset {
  return DAILY_FIRE_BY_ID[id];
}
