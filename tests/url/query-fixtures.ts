/** Query states written out by hand from CONTRACT §1 and §3, shared by the URL tests. */
import type { Inputs } from '../../src/model/inputs';
import type { QueryState } from '../../src/url/query';

import { CONTRACT_DEFAULTS as DEFAULTS } from '../contract-defaults';

export { DEFAULTS };

/** What an empty query means: the default preset, the browser's language, the system theme. */
export const DEFAULT_STATE: QueryState = {
  scenarioId: 'shin-2024-02',
  inputs: DEFAULTS,
  lang: null,
  theme: 'auto',
  embed: false,
};

/** The default state with some view options and some inputs changed. */
export function stateWith(changes: Partial<QueryState>, inputs: Partial<Inputs> = {}): QueryState {
  return { ...DEFAULT_STATE, ...changes, inputs: { ...DEFAULTS, ...inputs } };
}
