/** English: the ranged headline, the other results, and the statement's source. */
export const results = {
  /** "90% range 2.9–5.8 million" */
  range: (text: string) => `90% range ${text}`,
  workingRange: 'Working out the 90% range…',
  medianShells: (_count: number, formatted: string) => `Median ${formatted} shells`,
  medianMonths: (_count: number, formatted: string) => `Median ${formatted} months of 30.44 days`,
  medianDays: (_count: number, formatted: string, range: string) =>
    `Median ${formatted} days; ${range}`,
  rangedNote:
    'Medians and 90% ranges of 10,000 samples of your ranges, always drawn the same way. The working below uses the middle of each range.',

  perDay: 'Delivered per day',
  perDayExact: (_count: number, formatted: string) => `${formatted} a day`,
  /** "over {days} from first delivery to the count": `{days}` marks the figure. */
  perDayOver: 'over {days} from first delivery to the count',
  deliveryDays: (_count: number, formatted: string) => `${formatted} days`,
  coverage: 'Share of Russia’s daily fire matched',
  coverageNote: (daily: string) => `deliveries over the period against ${daily} fired a day`,
  /** The published estimates of rounds actually sent, beside the reader's total. */
  estimates: {
    summary: 'Your total among published estimates of rounds actually sent',
    statement: 'Estimate',
    rounds: 'Rounds sent, as reported',
    months: (daily: string) => `Months of fire at ${daily} a day`,
    yours: 'Your total (this page)',
    note: 'Capacity conversions (“could hold”) are not listed: they are what the containers could hold, not rounds sent.',
  },
  /** CONTRACT §6 "Flags": over 100%, and which way each input could be wrong. */
  coverageFlag: (daily: string) =>
    `Over 100%: at ${daily} shells a day, these inputs say North Korea delivered more than everything Russia fired, so they cannot all be right.`,
  coverageWaysLead: 'Which way each could be wrong:',
  coverageWays: {
    containers: 'may be too high: a count of containers can include other cargo',
    perContainer:
      'may be too high: most published figures are capacity (if all were 152 mm shells), not rounds sent',
    share: 'may be too high: not every container carried shells',
    usable: 'may be too high: some shells did not work or needed repair',
    daily: (low: string, high: string) =>
      `may be too low: published rates of Russian fire run from ${low} to ${high} a day`,
  },
  weight: 'Weight of one container’s shells',
  kg: (formatted: string) => `${formatted} kg`,
  fits: 'Fits',
  tooHeavy: 'Too heavy',
  payloadNote: (share: string, limit: string) =>
    `${share} of the ${limit} payload limit, counting projectiles only`,
  fitShare: (share: string) => ` (fits in ${share} of the samples)`,
  eu: 'Against the EU’s million-shell pledge',
  euTimes: (formatted: string) => `${formatted}×`,
  euExact: (formatted: string) => `${formatted} times one million`,
  euNote: 'the EU promised Ukraine 1 million shells in 12 months (March 2023)',
  returned: 'Containers Russia sent back',
  returnedExact: (_count: number, formatted: string) => `${formatted} containers`,
  returnedNote: '30% more than Russia received, probably mostly food',
  rockets: '122 mm rockets delivered',
  rocketsExact: (_count: number, formatted: string) => `${formatted} rockets`,
  /** The calibre mix under the rockets: "50% of the containers, 75 rockets each". */
  rocketsNote: (share: string, perContainer: string) =>
    `${share} of the containers, ${perContainer} rockets each; days of fire count the 152 mm shells only`,
  rocketsNone: 'every container counted as 152 mm shells',
  sourceLabel: 'The statement and its source',
  also: 'also',
  reported: (containers: string, rounds: string, period: string) =>
    `Reported: ${containers}; ${rounds}. Period: ${period}.`,
  /** "Implied per container: 480 (our division, not a published figure)." */
  implied: (perContainer: string) =>
    `Implied per container: ${perContainer} (our division, not a published figure).`,
  modified: 'Modified.',
  youChanged: (names: readonly string[]) => `You changed: ${names.join(', ')}.`,
  reset: 'Reset to this statement',
  /** The embedded view's credit line before the citation: "Based on Feb 2024 · …:". */
  creditBased: (label: string) => `Based on ${label}:`,
  creditModified: (label: string) => `Starting from ${label}, with changed assumptions:`,
};
