/** English: downloads. The other languages copy this shape (`typeof downloads`). */
export const downloads = {
  title: 'Download and print',
  intro:
    'The figures as spreadsheets, exact to the last digit, and a sheet of the method, one or two A4 pages, for print or PDF.',
  resultsCsv: 'Results',
  resultsCsvName: 'Download the results as CSV',
  inputsCsv: 'Assumptions',
  inputsCsvName: 'Download the assumptions as CSV',
  csvNote: 'CSV, UTF-8, with “.” as the decimal point.',
  waiting: 'The results with ranges are still being worked out…',
  print: 'Print the methodology sheet',
  printNote: 'Or save it as PDF from the print dialog.',
  /** The link written out on the printed sheet. */
  permalink: 'These figures online:',
  printedOn: (date: string) => `Printed ${date}.`,
  /** The first line of every CSV: what it shows, where, and when. */
  csvHeading: (app: string, scenario: string, link: string, date: string, reviewed: string) =>
    `${app}: ${scenario}. ${link} · downloaded ${date} · figures reviewed ${reviewed}`,
  /** After the statement's name, when the reader changed any of its figures. */
  csvChanged: 'with your changes',
  /** Column headers of the CSV files. */
  columns: {
    label: 'Name',
    value: 'Value',
    low: '5th percentile',
    high: '95th percentile',
    unit: 'Unit',
    status: 'Status',
    credit: 'Credited to',
    source: 'Source',
    note: 'Our reading',
  },
  /** The name of each result in the CSV. */
  resultLabels: {
    totalShells: 'Working shells delivered',
    totalRockets: '122 mm rockets delivered',
    daysOfFire: 'Days of Russian fire',
    monthsOfFire: 'Months of Russian fire',
    deliveryDays: 'Days from first delivery to the count',
    deliveredPerDay: 'Shells delivered per day',
    dailyCoverage: 'Share of Russia’s daily fire matched',
    lastsUntil: 'Enough to keep firing until',
    massPerContainerKg: 'Weight of one container’s shells',
    plausible: 'Fits the container’s payload',
    euMultiple: 'Multiple of the EU’s million-shell pledge',
    containersReturned: 'Containers Russia sent back',
    maxPerContainer: 'Most rounds that fit one container by mass',
    packedMassKg: 'Packed mass of one container’s rounds',
  },
  resultUnits: {
    totalShells: 'shells',
    totalRockets: 'rockets',
    daysOfFire: 'days',
    monthsOfFire: 'months of 30.436875 days',
    deliveryDays: 'days',
    deliveredPerDay: 'shells a day',
    dailyCoverage: '%',
    lastsUntil: 'date (YYYY-MM-DD)',
    massPerContainerKg: 'kg',
    plausible: 'true/false',
    euMultiple: 'times 1,000,000 shells',
    containersReturned: 'containers',
    maxPerContainer: 'rounds',
    packedMassKg: 'kg',
  },
  /** The buttons under a chart. */
  chartAs: (chart: string, format: string) => `Download ${chart} as ${format}`,
  chartNames: {
    timeline: 'the timeline',
    totalShells: 'the spread of working shells delivered',
    monthsOfFire: 'the spread of months of Russian fire',
  },
  /** Under an exported chart, with the day the figures were last checked against their sources. */
  reviewed: (date: string) => `Figures reviewed ${date}`,
  /** When a site's stricter policy stops the browser drawing the PNG. */
  pngFailed: 'The PNG could not be drawn on this site; the SVG has the same picture.',
  /** The line under an exported chart. */
  chartSource: 'Shell Count, from published statements and the assumptions shown at the link',
  sourcePrefix: 'Source:',
};
