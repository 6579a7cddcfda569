/**
 * Where a figure was published, in the words of the page's language: who said it, who published
 * it, when, and the link (empty when there is none). Made from the facts by `src/i18n`.
 */
export interface Citation {
  speaker: string;
  outlet: string;
  /** `YYYY-MM-DD`. */
  date: string;
  url: string;
}
