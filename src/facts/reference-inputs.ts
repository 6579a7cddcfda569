/**
 * RUSI's early-2024 rate (FACTS.md §2, `rusi-2024`), used wherever a statement gives none (the
 * daily fire's fallback, `input-facts.ts`). Its own file, so that the first screen has the number
 * without the rates' records.
 */
export const RUSI_DAILY = 10_000;
