import { PRESETS } from '../../../facts/presets';
import type { ScenarioId } from '../../../facts/types';

/** English: the statement picker. The labels are the presets' own (src/facts keeps no i18n). */
export const scenario = {
  heading: 'Start from a published estimate',
  founding: 'The two founding statements',
  /** "6,700 containers" under a founding statement's date. */
  containers: (_count: number, formatted: string) => `${formatted} containers`,
  all: 'All published statements',
  /** The picker's label of every statement: "Feb 2024 · Shin Won-sik · 6,700 containers". */
  labels: Object.fromEntries(PRESETS.map((preset) => [preset.id, preset.label])) as Record<
    ScenarioId,
    string
  >,
};
