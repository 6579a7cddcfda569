import { plural } from '../../format';

/** One assumption in the sentence: its figure as shown, the count its words agree with, its source. */
export interface SentenceFigure {
  /** "480", or a range "266–367". */
  text: string;
  /** The number the words agree with (a range's high end). */
  count: number;
  /** Who published it ("RUSI and NATO, early 2024"), or the words for the reader's own figure. */
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

/** Everything the copied sentence says, formatted for its language. */
export interface SentenceParts {
  perContainer: SentenceFigure;
  containers: SentenceFigure;
  daily: SentenceFigure;
  shells: SentenceAmount;
  /** How long the shells last, in months or, when under two months, in days. */
  fire: SentenceAmount & { unit: 'months' | 'days' };
  /** Containers holding shells and shells that work, when not all: "60%", "90%". */
  shares: { share: string; usable: string } | null;
  link: string;
}

/** What a citation of the calculator needs. */
export interface CitationParts {
  /** The year of access, "2026". */
  year: string;
  /** The date of access in the language's words, "November 22, 2026". */
  accessed: string;
  link: string;
}

const YOURS = 'your assumption';
const AUTHOR = 'Shell Count';
const WORK = 'North Korean shells sent to Russia, in months of Russian fire';
const KIND = 'Interactive calculator';

const shells = (count: number) => plural(count, 'en', { one: 'shell', other: 'shells' });

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
    /** Where a figure is the reader's own rather than a published one. */
    yours: YOURS,
    /** The source of shells per container where it is our division of a statement's figures. */
    derived: 'worked out from the same statement',
    /** Shells per container of the NIS statement, which gave none. */
    borrowed: "South Korea's defence minister's ratio, February 2024",
    /** Who made each statement, and when. */
    statements: {
      'mnd-2023-10': "South Korea's defence ministry, October 2023",
      'nis-2023-11': "South Korea's National Intelligence Service (NIS), November 2023",
      'shin-2023-12': "South Korea's defence minister, December 2023",
      'shin-2024-02': "South Korea's defence minister, February 2024",
      'shin-2024-06': "South Korea's defence minister, June 2024",
      'shin-2024-07': "South Korea's defence minister, July 2024",
      'dia-2024-08': "South Korea's Defense Intelligence Agency, August 2024",
      'osc-2025-04': 'Open Source Centre, April 2025',
      'dia-2025-07': "South Korea's Defense Intelligence Agency, July 2025",
    },
    /** Who published each rate of Russian fire (Ukraine's own rate is not one). */
    dailySources: {
      'rusi-2024': 'RUSI and NATO, early 2024',
      'nis-2023-11': 'implied by the NIS, November 2023',
      'us-2022': 'a US defence official, November 2022',
      'rusi-2022': 'RUSI, 2022 average',
      'syrskyi-2024-08': "Ukraine's commander-in-chief Oleksandr Syrskyi, August 2024",
    },
    /**
     * "At 480 shells a container (…), 10,000 containers (…) hold about 4.8 million shells, some 16
     * months of Russian fire at 10,000 shells a day (…). Calculation: https://…"
     */
    text: (p: SentenceParts) => {
      const containers = plural(p.containers.count, 'en', {
        one: 'container',
        other: 'containers',
      });
      const hold = p.containers.count === 1 ? 'holds' : 'hold';
      const shares =
        p.shares === null
          ? ''
          : ` This assumes ${p.shares.share} of the containers hold shells and ${p.shares.usable} of the shells work (${YOURS}).`;
      return (
        `At ${p.perContainer.text} ${shells(p.perContainer.count)} a container (${p.perContainer.source}), ` +
        `${p.containers.text} ${containers} (${p.containers.source}) ${hold} ${amount(p.shells)} shells, ` +
        `${fire(p.fire)} of Russian fire at ${p.daily.text} ${shells(p.daily.count)} a day (${p.daily.source}).` +
        `${shares} Calculation: ${p.link}`
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
      `${AUTHOR}. “${WORK}.” ${KIND}, ${c.year}. ${c.link} (accessed ${c.accessed}).`,
    apaText: (c: CitationParts) =>
      `${AUTHOR}. (${c.year}). ${WORK} [${KIND}]. Retrieved ${c.accessed}, from ${c.link}`,
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
    /** The iframe's accessible name, as screen readers announce the box in an article. */
    frameTitle: 'Shell Count: North Korean shells sent to Russia, in months of Russian fire',
    preview: 'Preview the embed',
    previewNote:
      'Shown at the height in the code. In an article, the script then fits the box to its content.',
  },
};
