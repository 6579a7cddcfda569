/**
 * Citations of the calculator: plain text and APA 7 in the page's language, BibTeX (in English) for
 * LaTeX.
 * Pure: the words of a language come in as `words`, the date of access as `YYYY-MM-DD`.
 */
import { formatDate } from '../../i18n/format';
import type { share } from '../../i18n/messages/en/share';

export type CiteWords = (typeof share)['cite'];

export interface CiteInput {
  /** The permalink to the calculation cited. */
  link: string;
  /** The day the reader accessed it, `YYYY-MM-DD` (today). */
  accessDate: string;
  /** The statement the figures start from, credited in the page's language (and in English for BibTeX). */
  scenario: { credit: string; english: string; changed: boolean };
  /** The day the facts were last reviewed, `YYYY-MM-DD`. */
  reviewed: string;
}

/** The parts every citation style words. */
function parts(input: CiteInput, lang: string) {
  return {
    year: year(input.accessDate),
    accessed: formatDate(input.accessDate, lang),
    scenario: input.scenario.credit,
    changed: input.scenario.changed,
    reviewed: formatDate(input.reviewed, lang),
    link: input.link,
  };
}

const year = (accessDate: string) => accessDate.slice(0, 4);

/** "Shell Count. “North Korean shells …” Interactive calculator, 2026. https://… (accessed November 22, 2026)." */
export function plainCitation(input: CiteInput, words: CiteWords, lang: string): string {
  return words.plainText(parts(input, lang));
}

/** "Shell Count. (2026). North Korean shells … [Interactive calculator]. Retrieved November 22, 2026, from https://…" */
export function apaCitation(input: CiteInput, words: CiteWords, lang: string): string {
  return words.apaText(parts(input, lang));
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text made safe in a BibTeX field: `'A & B_1'` → `'A \& B\_1'`. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (special) => BIBTEX_SPECIALS[special] ?? special);
}

/**
 * A link made safe in BibTeX's `url` field, which `\url` reads verbatim but where a `%` would start
 * a comment and braces must balance: `%` and `#` escaped, braces percent-encoded.
 */
export function escapeBibtexUrl(link: string): string {
  return link
    .replaceAll('{', '%7B')
    .replaceAll('}', '%7D')
    .replace(/[%#]/g, (special) => `\\${special}`);
}

/**
 * The calculator as BibTeX names it, in English whatever the page's language: BibTeX's own words
 * are English, and classic BibTeX and LaTeX setups take plain ASCII best.
 */
const BIBTEX_WORK = {
  author: 'Shell Count',
  title: 'North Korean shells sent to Russia, in months of Russian fire',
  howpublished: 'Interactive calculator',
} as const;

/**
 * An `@misc` entry, keyed by name and year (`shellcount2026`), the author in double braces so
 * that BibTeX does not read it as a first and last name. `work` is for testing the escapes.
 */
export function bibtexCitation(
  input: CiteInput,
  work: { author: string; title: string; howpublished: string } = BIBTEX_WORK,
): string {
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(work.author)}}`],
    ['title', escapeBibtex(work.title)],
    ['howpublished', escapeBibtex(work.howpublished)],
    ['year', year(input.accessDate)],
    [
      'note',
      escapeBibtex(
        `Figures of ${input.scenario.english}${input.scenario.changed ? ', with changed assumptions' : ''}; facts reviewed ${input.reviewed}`,
      ),
    ],
    ['url', escapeBibtexUrl(input.link)],
    ['urldate', input.accessDate],
  ];
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@misc{shellcount${year(input.accessDate)},\n${body}\n}`;
}
