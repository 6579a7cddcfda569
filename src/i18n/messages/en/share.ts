import { plural } from '../../format';

/** A figure in the sentence: as shown, the count its words agree with, and where it comes from. */
export interface SentenceFigure {
  /** "480", a range "266–367", or with its noun and hedge "at least 10,000 containers". */
  text: string;
  /** The number the words agree with (a range's high end). */
  count: number;
  /** Who published it, "our division of …", or the words for the reader's own figure. */
  source: string;
}

/** An amount that is about one number, or between two (a 90% range). */
export interface SentenceAmount {
  /** "4.8 million", or a range's low end. */
  low: string;
  /** A range's high end; null for one number. */
  high: string | null;
  /** The number the words agree with (the high end of a range). */
  count: number;
}

/**
 * What a statement itself said, quoted with its hedges, when the reader's figures are the
 * statement's own: "South Korea’s defence minister, June 2024: at least 10,000 containers could
 * hold as many as 4.8 million shells".
 */
export interface SentenceClaim {
  /** Who, as credited: "South Korea’s defence minister". */
  who: string;
  /** When: "June 2024". */
  when: string;
  /** A capacity conversion ("could hold") or an estimate of rounds sent. */
  kind: 'capacity' | 'estimate';
  /** The count with its hedge and noun: "at least 10,000 containers". */
  containers: string;
  /** Whose count it is when the speaker confirmed another's: "the White House, October 2023". */
  countedBy: string | null;
  /** The rounds with their hedge: "as many as 4.8 million", "4–6 million". */
  rounds: string;
  /** What the rounds are: "shells", "152 mm shells". */
  calibre: string;
  /** Our division per container: "480", "253–380". */
  perContainer: string;
  perContainerCount: number;
}

/** Everything the copied sentence says, formatted for its language. */
export interface SentenceParts {
  /** The statement's own claim, when the figures are the statement's; else null. */
  claim: SentenceClaim | null;
  /** Our calculation, when they are not: the figures it multiplies and its total. */
  calculation: {
    perContainer: SentenceFigure;
    containers: SentenceFigure;
    shells: SentenceAmount;
  } | null;
  /** Containers holding shells and shells that work, when not all: "60%", "50%". */
  shares: { share: SentenceFigure; usable: SentenceFigure } | null;
  /**
   * With a calibre mix (never in a statement's own claim): the share of containers filled with
   * the other calibre instead, its rounds per container, its name and its rounds in all.
   */
  mix: {
    share: SentenceFigure;
    perContainer: SentenceFigure;
    calibre: string;
    rockets: SentenceAmount;
  } | null;
  daily: SentenceFigure;
  /** How long the shells last, in months or, when under two months, in days. */
  fire: SentenceAmount & { unit: 'months' | 'days' };
  /** The day the facts were last checked, in words. */
  reviewed: string;
  link: string;
}

/** What a citation of the calculator needs. */
export interface CitationParts {
  /** The year of access, "2026". */
  year: string;
  /** The date of access in the language's words, "November 22, 2026". */
  accessed: string;
  /** The statement the figures start from, credited: "South Korea’s defence minister, June 2024". */
  scenario: string;
  /** Whether the reader changed any of its assumptions. */
  changed: boolean;
  /** The day the facts were last reviewed, in words. */
  reviewed: string;
  link: string;
}

const AUTHOR = 'Shell Count';
const WORK = 'North Korean shells sent to Russia, in months of Russian fire';
const KIND = 'Interactive calculator';

const shells = (count: number) => plural(count, 'en', { one: 'shell', other: 'shells' });

/** A sentence's first word with a capital: "the White House" → "The White House". */
const capitalFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Figures of South Korea’s defence minister, June 2024; facts reviewed December 5, 2026" */
function basis(c: CitationParts): string {
  const scenario = c.changed ? `${c.scenario}, with changed assumptions` : c.scenario;
  return `Figures of ${scenario}; facts reviewed ${c.reviewed}`;
}

function amount({ low, high }: SentenceAmount): string {
  return high === null ? `about ${low}` : `between ${low} and ${high}`;
}

function fire({ low, high, count, unit }: SentenceParts['fire']): string {
  const words =
    unit === 'months' ? { one: 'month', other: 'months' } : { one: 'day', other: 'days' };
  const number = high === null ? low : `${low} to ${high}`;
  return `some ${number} ${plural(count, 'en', words)}`;
}

/** English: share. The other languages copy this shape (`typeof share`). */
export const share = {
  title: 'Share',
  intro: 'The link keeps every figure you changed: whoever opens it sees what you see.',
  /** The name a shared link carries. */
  appName: 'Shell Count',
  /** The headline as a short sentence for a share sheet: "About 3.0 million shells: 9.9 months of Russian fire." */
  shareText: (total: string, months: string) =>
    `About ${total} shells: ${months} months of Russian fire.`,
  link: {
    /** Where the shared link opens the page: at its top, or unfolded at one section (`#sources`). */
    openAt: 'The link opens',
    atTop: 'at the top of the page',
    atSection: (title: string) => `at “${title}”`,
    label: 'Link to this view',
    copy: 'Copy link',
    share: 'Share…',
    copied: 'Link copied',
    manual: 'The link is selected. Press Ctrl+C (⌘C) to copy.',
  },
  sentence: {
    title: 'A sentence to quote',
    note: 'Rounded as a careful report would put it, with the source of each figure and the link to this calculation.',
    label: 'Sentence',
    copy: 'Copy sentence',
    copied: 'Sentence copied',
    manual: 'The sentence is selected. Press Ctrl+C (⌘C) to copy.',
    pending: 'Working out the ranges…',
    /**
     * With June 2024's figures: "South Korea’s defence minister, June 2024: at least 10,000
     * containers could hold as many as 4.8 million shells (480 a container, our division). That
     * is some 16 months of Russian fire at 10,000 shells a day (RUSI and NATO, early 2024).
     * Figures checked against their sources on December 5, 2026. Calculation: https://…"
     */
    text: (p: SentenceParts) => {
      const fireText = `${fire(p.fire)} of Russian fire at ${p.daily.text} ${shells(p.daily.count)} a day (${p.daily.source})`;
      const shares =
        p.shares === null
          ? ''
          : `, if ${p.shares.share.text} of the containers hold shells (${p.shares.share.source}) and ${p.shares.usable.text} of the shells work (${p.shares.usable.source})`;
      const mix =
        p.mix === null
          ? ''
          : `, with ${p.mix.share.text} of them holding ${amount(p.mix.rockets)} ${p.mix.calibre} instead (${p.mix.share.source}; ${p.mix.perContainer.text} a container, ${p.mix.perContainer.source})`;
      const tail = ` Figures checked against their sources on ${p.reviewed}. Calculation: ${p.link}`;
      if (p.claim !== null) {
        const c = p.claim;
        const containers =
          c.countedBy === null ? c.containers : `${c.containers} (counted by ${c.countedBy})`;
        const verb = c.kind === 'capacity' ? 'could hold' : 'carried an estimated';
        return (
          `${capitalFirst(c.who)}, ${c.when}: ${containers} ${verb} ${c.rounds} ${c.calibre} ` +
          `(${c.perContainer} a container, our division)${shares}. That is ${fireText}.${tail}`
        );
      }
      const k = p.calculation;
      if (k === null) return `${fireText}.${tail}`;
      return (
        `At ${k.perContainer.text} ${shells(k.perContainer.count)} a container (${k.perContainer.source}), ` +
        `${k.containers.text} (${k.containers.source}) would hold ${amount(k.shells)} shells ` +
        `(our calculation)${shares}${mix}: ${fireText}.${tail}`
      );
    },
  },
  cite: {
    title: 'Cite this',
    note: 'The link in each citation opens this calculation; the date is today’s, as the date you accessed it.',
    styles: {
      plain: { label: 'Plain text', copy: 'Copy plain text', copied: 'Plain text citation copied' },
      apa: { label: 'APA 7', copy: 'Copy APA 7', copied: 'APA 7 citation copied' },
      bibtex: { label: 'BibTeX', copy: 'Copy BibTeX', copied: 'BibTeX entry copied' },
    },
    manual: 'The citation is selected. Press Ctrl+C (⌘C) to copy.',
    plainText: (c: CitationParts) =>
      `${AUTHOR}. “${WORK}.” ${KIND}, ${c.year}. ${basis(c)}. ${c.link} (accessed ${c.accessed}).`,
    apaText: (c: CitationParts) =>
      `${AUTHOR}. (${c.year}). ${WORK} [${KIND}; ${basis(c)}]. Retrieved ${c.accessed}, from ${c.link}`,
  },
  embed: {
    title: 'Embed in an article',
    note: 'Paste the code into your page’s HTML. The box opens on the figures above and its readers can change the assumptions; the script beside it fits the box’s height to its content.',
    language: 'Language',
    followArticle: 'Follow the article',
    /** Not "Theme": the page's own theme switch has that name. */
    colours: 'Colours',
    themes: { auto: 'Follow the reader’s device', light: 'Light', dark: 'Dark' },
    height: 'Initial height',
    unit: 'px',
    heightHint: (min: string, max: string) =>
      `Height: ${min} to ${max} px, used until the script fits the box, or for good where a site strips scripts.`,
    heightError: (min: string, max: string, kept: string) =>
      `Enter a whole number of pixels from ${min} to ${max}. The code keeps ${kept} px.`,
    code: 'Embed code',
    copy: 'Copy embed code',
    copied: 'Embed code copied',
    manual: 'The code is selected. Press Ctrl+C (⌘C) to copy.',
    kind: 'Kind of code',
    kinds: {
      iframe: 'Interactive box (with its script)',
      amp: 'AMP page',
      image: 'Static image (newsletters, Apple News, print)',
    },
    /** The button AMP shows when it will not grow the box by itself. */
    ampMore: 'Show all of Shell Count',
    imageNote: (statement: string) =>
      `The image and its text show the figures of ${statement}, with its link. Made with the site, they do not follow changes.`,
    imageChanged: (statement: string) =>
      `Your figures differ from ${statement}: the image shows that statement’s own. For your figures as a picture, download the chart (Downloads).`,
    preview: 'Preview the embed',
    previewNote:
      'Shown at the height in the code. In an article, the script then fits the box to its content.',
  },
};
