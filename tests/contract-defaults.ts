/** The contract's default inputs, written out by hand so that tests do not trust the code's copy. */
import type { Inputs } from '../src/model/inputs';

/** CONTRACT §1, column "default (`shin-2024-02`)". */
export const CONTRACT_DEFAULTS: Inputs = {
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
