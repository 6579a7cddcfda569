/** English: the page's frame (masthead, loading lines, error boxes, footer, embed footer). */
export const page = {
  kicker: 'North Korea · Russia · Artillery',
  title: 'How many shells has North Korea sent Russia, and how long do they last?',
  documentTitle: 'Shell Count: North Korea’s shells for Russia, worked out',
  /** The link that skips the masthead and the table of contents. */
  skipLink: 'Skip to the results',
  /** The table of contents' name. */
  sectionsLabel: 'On this page',
  /** Captions of the headline figures in the bar that stays on screen over the assumptions. */
  bar: { shells: 'working shells', months: 'months of fire', until: 'last day of fire' },
  /** The switch that writes every result's exact value under it. */
  exactValues: 'Show exact values',
  resultsHeading: 'Results',
  embedTitle: 'Shell Count: North Korean shells sent to Russia, in months of Russian fire',
  embedCredit: 'Shell Count · figures from South Korean, US and Ukrainian officials and analysts',
  openFull: 'Open full calculator',
  /** "Figures as of 5 December 2026": the day the facts were last checked against the sources. */
  figuresAsOf: (date: string) => `Figures as of ${date}`,
  /** Before the printed embed's link, written out. */
  printLink: 'These figures online:',
  /** "Loading the chart…" */
  loading: (what: string) => `Loading ${what}…`,
  loadingWhat: {
    source: 'the source',
    details: 'the other results',
    inputs: 'the assumptions',
    chart: 'the chart',
    sources: 'the sources',
  },
  failed:
    'This part of the page could not be shown. Resetting to the default figures usually brings it back.',
  reset: 'Reset to defaults',
};
