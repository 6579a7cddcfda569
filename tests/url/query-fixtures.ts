/** Query states written out by hand from CONTRACT §1–§3, §6 and FACTS §1, shared by the URL tests. */
import type { ScenarioId } from '../../src/facts/presets';
import type { Inputs } from '../../src/model/inputs';
import type { Ranges } from '../../src/model/ranges';
import type { QueryState } from '../../src/url/query';

import { CONTRACT_DEFAULTS as DEFAULTS, FACTS_SCENARIO_IDS } from '../contract-defaults';

export { DEFAULTS };

/** The schema versions a link may name (CONTRACT §3, §6 "Version 3"); none means 1. */
export type Version = 1 | 2 | 3;

/** What an empty query means: the default preset (exact), the browser's language, the system theme. */
export const DEFAULT_STATE: QueryState = {
  scenarioId: 'shin-2024-02',
  inputs: DEFAULTS,
  ranges: {},
  lang: null,
  theme: 'auto',
  embed: false,
};

/** The default state with some view options and some inputs changed. */
export function stateWith(changes: Partial<QueryState>, inputs: Partial<Inputs> = {}): QueryState {
  return { ...DEFAULT_STATE, ...changes, inputs: { ...DEFAULTS, ...inputs } };
}

/**
 * The presets' ranges in URL schema version 3 (FACTS §1, CONTRACT §6): the ISW's assumed 300 to
 * 500 shells a container, and the Open Source Centre's 253 to 380 (4 million ÷ 15,809 = 253.02 and
 * 6 million ÷ 15,809 = 379.53, rounded outwards).
 */
const V3_PRESET_RANGES: Partial<Record<ScenarioId, Ranges>> = {
  'isw-2023-10': { perContainer: { low: 300, high: 500 } },
  'osc-2025-04': { perContainer: { low: 253, high: 380 } },
};

/**
 * What versions 1 and 2 had otherwise, where version 3 changed it or has no such preset: the Open
 * Source Centre's count was about 15,800 containers, exact at 312.4 a container in version 1 and
 * 266 to 367 in version 2 (√(266 × 367) = 312.44 → 312.4); the NIS of November 2023 was a preset,
 * 2,232 containers (1,000,000 ÷ 448) × 448 at 16,700 a day (1,000,000 ÷ 60 days), from 1 August
 * 2023 to 1 November 2023. An older link that names a preset of version 3 only reads it as
 * version 3 has it.
 */
const OLDER: Record<
  1 | 2,
  Partial<Record<ScenarioId, { inputs: Partial<Inputs>; ranges: Ranges }>>
> = {
  1: {
    'osc-2025-04': { inputs: { containers: 15_800, perContainer: 312.4 }, ranges: {} },
    'nis-2023-11': {
      inputs: {
        containers: 2_232,
        perContainer: 448,
        daily: 16_700,
        start: '2023-08-01',
        end: '2023-11-01',
      },
      ranges: {},
    },
  },
  2: {
    'osc-2025-04': {
      inputs: { containers: 15_800, perContainer: 312.4 },
      ranges: { perContainer: { low: 266, high: 367 } },
    },
    'nis-2023-11': {
      inputs: {
        containers: 2_232,
        perContainer: 448,
        daily: 16_700,
        start: '2023-08-01',
        end: '2023-11-01',
      },
      ranges: {},
    },
  },
};

/** The statements a link of that version may name as `scenario=`. */
export function scenarioIdsIn(version: Version): readonly ScenarioId[] {
  if (version === 3) return FACTS_SCENARIO_IDS;
  return [...FACTS_SCENARIO_IDS, ...Object.keys(OLDER[version])];
}

/** The newest version that has the preset, which the link written back names: 3, or 2 for nis-2023-11. */
export function newestVersionOf(scenarioId: ScenarioId): Version {
  return FACTS_SCENARIO_IDS.includes(scenarioId) ? 3 : 2;
}

/** A preset's ranges as a link of that schema version reads them. */
export function presetRangesIn(version: Version, scenarioId: ScenarioId): Ranges {
  const older = version === 3 ? undefined : OLDER[version][scenarioId];
  return older ? older.ranges : (V3_PRESET_RANGES[scenarioId] ?? {});
}

/**
 * The inputs of a version that differ from `inputs`, the preset's newest inputs: the figures a
 * link of that version keeps (`{}` where the version has what the newest has).
 */
export function olderInputsIn(version: Version, scenarioId: ScenarioId): Partial<Inputs> {
  return version === 3 ? {} : (OLDER[version][scenarioId]?.inputs ?? {});
}
