/**
 * What older links mean (CONTRACT §3, §6 "Version 3"): a link must mean the same thing forever, so
 * every value a newer schema version changed is kept here, with how to read each version. Version
 * 3 is FACTS.md as reviewed on 2026-12-05: the presets are the statements with a container count
 * and a shell figure (src/facts/presets.ts).
 */
import { FALLBACK_INPUTS } from '../facts/input-facts';
import { PRESETS, type Preset, type ScenarioId } from '../facts/presets';
import { intervalCentre } from '../model/ranges';

export type SchemaVersion = 1 | 2 | 3;

/** The schema version this code writes. */
export const SCHEMA_VERSION: SchemaVersion = 3;

/**
 * The open-source satellite count as versions 1 and 2 had it: about 15,800 containers, and each
 * input it does not give as its value where a statement gives none (RUSI's rate, all shells…).
 */
const OSC_BEFORE_V3 = {
  ...FALLBACK_INPUTS,
  containers: 15_800,
  start: '2023-09-01',
  end: '2025-03-31',
};

/** Version 2's span of the satellite count, 266–367 a container; its centre is version 1's 312.4. */
const OSC_V2_RANGE = { low: 266, high: 367 };

/**
 * The NIS's November 2023 statement, a preset until version 3 although it gave no container count
 * (2,232 was our division, 1,000,000 ÷ 448): its old links keep these numbers.
 */
const NIS_2023_11: Preset = {
  id: 'nis-2023-11',
  inputs: {
    ...FALLBACK_INPUTS,
    containers: 2_232,
    perContainer: 448,
    daily: 16_700,
    start: '2023-08-01',
    end: '2023-11-01',
  },
};

/** The presets of versions 1 and 2 that differ from version 3's, or that version 3 no longer has. */
const OLDER: Record<1 | 2, Record<ScenarioId, Preset>> = {
  1: {
    'osc-2025-04': {
      id: 'osc-2025-04',
      inputs: { ...OSC_BEFORE_V3, perContainer: intervalCentre('perContainer', OSC_V2_RANGE) },
    },
    'nis-2023-11': NIS_2023_11,
  },
  2: {
    'osc-2025-04': {
      id: 'osc-2025-04',
      inputs: { ...OSC_BEFORE_V3, perContainer: intervalCentre('perContainer', OSC_V2_RANGE) },
      ranges: { perContainer: OSC_V2_RANGE },
    },
    'nis-2023-11': NIS_2023_11,
  },
};

const CURRENT = new Map(PRESETS.map((preset) => [preset.id, preset]));

/**
 * A preset as a link of `version` reads it, or undefined when that version has no such preset
 * (`presetIn(3, 'nis-2023-11')` → undefined). An older link may name a newer preset: it reads as
 * version 3's. `presetIn(1, 'osc-2025-04').inputs.perContainer` → 312.4.
 */
export function presetIn(version: SchemaVersion, id: ScenarioId): Preset | undefined {
  // Own keys only: a link's `scenario=__proto__` names no preset.
  const older =
    version === 3 || !Object.hasOwn(OLDER[version], id) ? undefined : OLDER[version][id];
  return older ?? CURRENT.get(id);
}

/**
 * The preset of a scenario the page shows: version 3's, or for a statement that only older links
 * name (nis-2023-11), the newest version that had it. `scenarioPreset('shin-2024-06').inputs.containers` → 10000.
 */
export function scenarioPreset(id: ScenarioId): Preset {
  const preset = presetIn(3, id) ?? presetIn(2, id);
  if (!preset) throw new Error(`No preset ${id}`);
  return preset;
}

/**
 * The version a link to `id` is written in: the current one, unless only an older version has
 * the preset (`versionFor('nis-2023-11')` → 2).
 */
export function versionFor(id: ScenarioId): SchemaVersion {
  return CURRENT.has(id) ? SCHEMA_VERSION : 2;
}

/** Whether a version reads `id` as a preset: `isPresetIn(3, 'nis-2023-11')` → false. */
export function isPresetIn(version: SchemaVersion, id: string): boolean {
  return presetIn(version, id) !== undefined;
}

/**
 * The version a link says it is: none or `1` is version 1 (CONTRACT §3), `2` and `3` are
 * themselves, anything else is read as the newest this code knows and gets a notice.
 */
export function readVersion(raw: string | undefined): { version: SchemaVersion; known: boolean } {
  if (raw === undefined || raw === '1') return { version: 1, known: true };
  if (raw === '2') return { version: 2, known: true };
  if (raw === '3') return { version: 3, known: true };
  return { version: SCHEMA_VERSION, known: false };
}
