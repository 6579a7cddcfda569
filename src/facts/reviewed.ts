/**
 * The day FACTS.md, and so every statement, figure and source of the app, was last reviewed
 * against stored copies of the sources (CONTRACT §6, "Version 3"): shown with the figures, in the
 * embed, the copied sentence, the citations, the CSVs, the printed sheet and the results message.
 */
export const FACTS_REVIEWED = '2026-12-05';
