/** Query states written out by hand from CONTRACT §1–§3 and FACTS §1, shared by the URL tests. */
import type { ScenarioId } from '../../src/facts/types';
import type { Inputs } from '../../src/model/inputs';
import type { Ranges } from '../../src/model/ranges';
import type { QueryState } from '../../src/url/query';

import { CONTRACT_DEFAULTS as DEFAULTS } from '../contract-defaults';

export { DEFAULTS };

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
 * The presets' ranges in URL schema version 2 (FACTS §1): only the Open Source Centre's satellite
 * count, 266 to 367 shells a container. In version 1 every preset was exact.
 */
const V2_PRESET_RANGES: Partial<Record<ScenarioId, Ranges>> = {
  'osc-2025-04': { perContainer: { low: 266, high: 367 } },
};

/** A preset's ranges as a link of that schema version reads them. */
export function presetRangesIn(version: 1 | 2, scenarioId: ScenarioId): Ranges {
  return version === 1 ? {} : (V2_PRESET_RANGES[scenarioId] ?? {});
}
