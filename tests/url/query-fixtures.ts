/** Query states written out by hand from CONTRACT §1 and §3, shared by the URL tests. */
import type { Inputs } from '../../src/model/inputs';
import type { QueryState } from '../../src/url/query';

/** CONTRACT §1, column "default (`shin-2024-02`)". */
export const DEFAULTS: Inputs = {
  containers: 6700,
  perContainer: 448,
  share: 100,
  usable: 100,
  daily: 10000,
  start: '2023-09-13',
  end: '2024-02-26',
  shellKg: 43.56,
  payloadKg: 28180,
};

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
