/** Published figures written out by hand from CONTRACT.md and FACTS.md, so that tests do not trust the code's copy. */
import type { ScenarioId } from '../src/facts/presets';
import type { Inputs } from '../src/model/inputs';

/** CONTRACT §1, column "default (`shin-2024-02`)". */
export const CONTRACT_DEFAULTS: Inputs = {
  containers: 6700,
  perContainer: 448,
  share: 100,
  usable: 100,
  /** CONTRACT §6: all 152 mm, and 500,000 ÷ 6,700 rockets a container. */
  rocketShare: 0,
  perContainerRockets: 75,
  daily: 10000,
  start: '2023-09-13',
  end: '2024-02-26',
  shellKg: 43.56,
  payloadKg: 28180,
  /** Not in the contract: our added weight-check input, default 0. */
  packaging: 0,
};

/** The presets of FACTS.md §1 (column P), in statement-date order: the links' version 3. */
export const FACTS_SCENARIO_IDS: readonly ScenarioId[] = [
  'mnd-2023-10',
  'isw-2023-10',
  'mil-2023-11',
  'shin-2023-12',
  'shin-2024-02',
  'shin-2024-06',
  'shin-2024-07',
  'dia-2024-08',
  'nis-2024-10',
  'dia-2024-10',
  'osc-2025-04',
  'dia-2025-07',
];

/** The presets of links of versions 1 and 2 (CONTRACT §3), in statement-date order. */
export const V2_SCENARIO_IDS: readonly ScenarioId[] = [
  'mnd-2023-10',
  'nis-2023-11',
  'shin-2023-12',
  'shin-2024-02',
  'shin-2024-06',
  'shin-2024-07',
  'dia-2024-08',
  'osc-2025-04',
  'dia-2025-07',
];

/** CONTRACT §1, "Results": the keys the page marks with `data-result`, in the contract's order. */
export const CONTRACT_RESULT_KEYS = [
  'totalShells',
  'daysOfFire',
  'monthsOfFire',
  'deliveryDays',
  'deliveredPerDay',
  'dailyCoverage',
  'lastsUntil',
  'massPerContainerKg',
  'plausible',
  'euMultiple',
  /** CONTRACT §6. */
  'totalRockets',
] as const;
