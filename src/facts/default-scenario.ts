/** A preset's id: the id of its statement (FACTS.md §1), the link's `scenario=`. */
export type ScenarioId = string;

/** The statement the page opens on, CONTRACT §1's default column: Shin, February 2024. */
export const DEFAULT_SCENARIO_ID: ScenarioId = 'shin-2024-02';
