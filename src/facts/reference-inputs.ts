/** RUSI's early-2024 rate (FACTS.md §2, `rusi-2024`), used wherever a statement gives none. */
export const RUSI_DAILY = 10_000;

/** Inputs no statement sets: every round in every container, and the physical figures of FACTS §3. */
export const REFERENCE_INPUTS = {
  /** All 152 mm shells, as the government conversions count them (CONTRACT §6: 0). */
  rocketShare: 0,
  share: 100,
  usable: 100,
  shellKg: 43.56,
  payloadKg: 28_180,
  packaging: 0,
} as const;
