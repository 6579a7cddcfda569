import type { Scenario } from './types';

/** The Kim–Putin summit at the Vostochny Cosmodrome (FACTS.md §4), the start most counts use. */
export const SUMMIT_DATE = '2023-09-13';

/** RUSI's early-2024 rate (FACTS.md §2, `rusi-2024`), used wherever a statement gives none. */
export const RUSI_DAILY = 10_000;

/** Inputs no statement sets: every round in every container, and the physical figures of FACTS §3. */
export const REFERENCE_INPUTS = {
  share: 100,
  usable: 100,
  shellKg: 43.56,
  payloadKg: 28_180,
  packaging: 0,
} as const;

/** Why each input of `REFERENCE_INPUTS`, and the RUSI rate, is ours rather than a statement's. */
export const REFERENCE_ASSUMED = {
  daily: "RUSI's early-2024 estimate; the statement gives no rate.",
  usable: 'Every round counted as working; the statement does not say how many fail.',
  shellKg: '152 mm HE projectile (OF-540) from reference data; the statement gives no mass.',
  payloadKg: "A 20-ft ISO container's maximum payload; the statement gives no container size.",
} as const satisfies Scenario['assumed'];
