/** English: "How the answer spreads". The other languages copy this shape (`typeof spread`). */
export const spread = {
  title: 'How the answer spreads',
  dek: 'Each range is taken as 90% sure to hold the true value; here is how far that spreads the two answers.',
  /** With every input exact: `example` is a range as typed ("266..480"), `samples` "10,000". */
  invitation: (example: string, samples: string) =>
    `Not sure of a number? Type it as a range, such as ${example}, and the calculator takes you to be 90% sure the true value lies in between, tries ${samples} values across it and shows here how far the answer spreads.`,
  tryPublished: 'Try the published spans',
  /** "Shells per container 266–480 (…), Russian fire 10,000–44,500 a day (RUSI to Syrskyi)." */
  publishedSpans: (perContainer: string, daily: string) =>
    `Shells per container ${perContainer} (satellite count to government figure), Russian fire ${daily} a day (RUSI to Syrskyi).`,
  measures: { totalShells: 'Working shells delivered', monthsOfFire: 'Months of Russian fire' },
  /** Months of fire to one decimal, with their unit: "9.9 months". */
  months: (months: string) => `${months} months`,
  /** A histogram read out; the median and the high end carry their unit, the low end does not. */
  histogram: (title: string, median: string, low: string, high: string) =>
    `${title}: median ${median}; 90% range ${low} to ${high}.`,
  /** Above the median line: "median 4.2 million". */
  median: (median: string) => `median ${median}`,
  waiting: 'Working out the spread…',
  inside: 'The middle 90%',
  outside: 'outside it',
  /** "From 10,000 seeded samples; the 0.5% at each end is not drawn." */
  samples: (count: string, tail: string) =>
    `From ${count} seeded samples; the ${tail} at each end is not drawn.`,
  tableCaption: 'The spread of the results in figures',
  percentiles: { low: '5th percentile', median: 'Median', high: '95th percentile' },
};
