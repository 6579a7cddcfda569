import type { Inputs } from '../model/inputs';
import type { Ranges } from '../model/ranges';
import { REFERENCE_INPUTS, RUSI_DAILY, SUMMIT_DATE } from './reference-inputs';
import type { ScenarioId } from './types';

/**
 * What the calculator needs of each published estimate (FACTS.md §1) to compute and to offer it:
 * its id, its label and its inputs. The rest (sources, wording, reasons) is in `scenarios.ts`,
 * loaded after the first results. These inputs are version 1 of the URL schema (CONTRACT §3):
 * a preset's inputs never change; a corrected figure is a new version.
 */
export interface Preset {
  id: ScenarioId;
  /** Short label for the picker, e.g. "Feb 2024 · Shin: 6,700 containers". */
  label: string;
  /** Every input this scenario sets; a ranged input holds its range's centre. */
  inputs: Inputs;
  /** The inputs this scenario gives as ranges (from URL schema version 2 on). */
  ranges?: Ranges;
}

/** The presets by id, oldest statement first. */
export const PRESET_BY_ID: Record<ScenarioId, Preset> = {
  'mnd-2023-10': {
    id: 'mnd-2023-10',
    label: 'Oct 2023 · Defence ministry · 1,000 containers',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 1_000,
      perContainer: 285,
      daily: RUSI_DAILY,
      start: '2023-09-07',
      end: '2023-10-16',
    },
  },
  'nis-2023-11': {
    id: 'nis-2023-11',
    label: 'Nov 2023 · NIS · 1 million shells',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 2_232,
      perContainer: 448,
      daily: 16_700,
      start: '2023-08-01',
      end: '2023-11-01',
    },
  },
  'shin-2023-12': {
    id: 'shin-2023-12',
    label: 'Dec 2023 · Shin Won-sik · 5,000 containers',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 5_000,
      perContainer: 400,
      daily: RUSI_DAILY,
      start: SUMMIT_DATE,
      end: '2023-12-29',
    },
  },
  'shin-2024-02': {
    id: 'shin-2024-02',
    label: 'Feb 2024 · Shin Won-sik · 6,700 containers',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 6_700,
      perContainer: 448,
      daily: RUSI_DAILY,
      start: SUMMIT_DATE,
      end: '2024-02-26',
    },
  },
  'shin-2024-06': {
    id: 'shin-2024-06',
    label: 'Jun 2024 · Shin Won-sik · 10,000 containers',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 10_000,
      perContainer: 480,
      daily: RUSI_DAILY,
      start: SUMMIT_DATE,
      end: '2024-06-14',
    },
  },
  'shin-2024-07': {
    id: 'shin-2024-07',
    label: 'Jul 2024 · Shin Won-sik · 11,000 containers',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 11_000,
      perContainer: 473,
      daily: RUSI_DAILY,
      start: SUMMIT_DATE,
      end: '2024-07-15',
    },
  },
  'dia-2024-08': {
    id: 'dia-2024-08',
    label: 'Aug 2024 · DIA · 13,000 containers',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 13_000,
      perContainer: 462,
      daily: RUSI_DAILY,
      start: '2022-07-01',
      end: '2024-08-27',
    },
  },
  'osc-2025-04': {
    id: 'osc-2025-04',
    label: 'Apr 2025 · Open Source Centre · 15,800 containers',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 15_800,
      perContainer: 312.4,
      daily: RUSI_DAILY,
      start: '2023-09-01',
      end: '2025-03-31',
    },
    // The satellite count's own span (FACTS §1); 312.4 is its centre, √(266 × 367).
    ranges: { perContainer: { low: 266, high: 367 } },
  },
  'dia-2025-07': {
    id: 'dia-2025-07',
    label: 'Jul 2025 · DIA · 28,000 containers',
    inputs: {
      ...REFERENCE_INPUTS,
      containers: 28_000,
      perContainer: 429,
      daily: RUSI_DAILY,
      start: '2022-07-01',
      end: '2025-07-13',
    },
  },
};

/** Every preset, oldest statement first: `PRESETS[0]?.id` → `'mnd-2023-10'`. */
export const PRESETS: readonly Preset[] = Object.values(PRESET_BY_ID);

export const DEFAULT_SCENARIO_ID: ScenarioId = 'shin-2024-02';

/** The two statements the project started from (the Feb and June 2024 articles). */
export const FOUNDING_SCENARIO_IDS: readonly ScenarioId[] = ['shin-2024-02', 'shin-2024-06'];

/** A preset by its id: `presetById('shin-2024-06').inputs.containers` → 10000. */
export function presetById(id: ScenarioId): Preset {
  return PRESET_BY_ID[id];
}

/** Whether a string names a preset: `isScenarioId('dia-2024-08')` → true; `isScenarioId('x')` → false. */
export function isScenarioId(text: string): text is ScenarioId {
  return Object.hasOwn(PRESET_BY_ID, text);
}

/** The inputs of CONTRACT §1's default column: `DEFAULT_INPUTS.containers` → 6700. */
export const DEFAULT_INPUTS: Inputs = presetById(DEFAULT_SCENARIO_ID).inputs;
