/** English: the timeline chart and its tables. The other languages copy this shape (`typeof timeline`). */
export const timeline = {
  title: 'Deliveries against Russian fire',
  dek:
    'Shells delivered, spread evenly from the first delivery to the count, against what Russia ' +
    'fires at your daily rate from the same day. Where the lines cross is where these shells ' +
    'alone would have run out. Hollow diamonds mark what the containers could hold by published ' +
    'counts (capacity), dots the published estimates of rounds actually sent, each counted from ' +
    'its own start date.',
  delivered: 'Delivered by North Korea',
  fired: 'Fired by Russia',
  published: {
    capacity: 'Capacity conversions (“could hold”)',
    estimate: 'Estimates of rounds sent',
  },
  band: '90% range',
  runsOutLine: 'Runs out',
  loading: 'Loading the chart…',
  csvButton: 'CSV',
  csvName: 'Download the chart’s figures as CSV',
  csvHeaders: {
    date: 'Date',
    delivered: 'Delivered (shells, running total)',
    fired: 'Fired (shells, running total)',
    deliveredLow: 'Delivered, 5th percentile',
    deliveredHigh: 'Delivered, 95th percentile',
    firedLow: 'Fired, 5th percentile',
    firedHigh: 'Fired, 95th percentile',
  },
  asTable: 'The chart’s figures as a table',
  /** The stock-out line's label: "Runs out Jul 2024". */
  runsOut: (month: string) => `Runs out ${month}`,
  /** A diamond's hover text. */
  estimateTitle: (label: string, reported: string, plotted: string) =>
    `${label}. Reported: ${reported}. Plotted at ${plotted}.`,
  /** The chart's accessible name; `runsOut` is a date in words, or null. */
  chartLabel: (bands: boolean, runsOut: string | null) =>
    'Chart of shells delivered by North Korea against shells fired by Russia over time, with ' +
    `the published estimates.${bands ? ' Shading shows the 90% range.' : ''}` +
    (runsOut === null ? '' : ` These shells alone run out on ${runsOut}.`) +
    ' The table below the chart gives its figures.',
  caption: 'Cumulative shells, your assumptions',
  date: 'Date',
  deliveredRange: 'Delivered, 90% range',
  firedRange: 'Fired, 90% range',
  /** A marked row's note, after its date. */
  marks: {
    start: 'first delivery',
    count: 'date of the count',
    'stock-out': 'last day of supply at this rate',
  },
  mark: (note: string) => ` (${note})`,
  estimatesCaption: 'Published figures',
  statement: 'Statement',
  reported: 'Shells, as reported',
  plottedAt: 'Plotted at',
  kind: 'Kind',
};
