/** English: "What matters most". The other languages copy this shape (`typeof sensitivity`). */
export const sensitivity = {
  title: 'What matters most',
  dek: (months: string) =>
    `Each assumption moved alone from the lowest to the highest published figure (or across your own range), the others held where they are. The dark line marks months of fire now: ${months}.`,
  /** Each assumption as the subject of the sentence that names the one that matters most. */
  subjects: {
    containers: 'The number of containers',
    perContainer: 'The number of shells per container',
    share: 'The share of containers holding shells',
    usable: 'The share of shells that work',
    daily: "Russia's daily fire",
  },
  /** A span of values tried: "1,000 to 28,000 containers"; `_count` is the high end, for plurals. */
  spans: {
    containers: (_count: number, low: string, high: string) => `${low} to ${high} containers`,
    perContainer: (_count: number, low: string, high: string) =>
      `${low} to ${high} shells a container`,
    share: (_count: number, low: string, high: string) => `${low} to ${high}`,
    usable: (_count: number, low: string, high: string) => `${low} to ${high}`,
    daily: (_count: number, low: string, high: string) => `${low} to ${high} shells a day`,
  },
  /** "The number of containers matters most: from 1,000 to 28,000 containers, months of fire go from 1.5 to 41.2." */
  lead: (subject: string, span: string, low: string, high: string) =>
    `${subject} matters most: from ${span}, months of fire go from ${low} to ${high}.`,
  noneMoves: (months: string) => `None of these assumptions moves months of fire from ${months}.`,
  /** Where a row's span comes from: "266 to 480 shells a container, published figures". */
  spanFrom: {
    range: (span: string) => `${span}, your 90% range`,
    published: (span: string) => `${span}, published figures`,
  },
  /** Read out for each row: "1.5 months at 1,000, 41.2 months at 28,000" (months to one decimal). */
  ends: (lowMonths: string, lowAt: string, highMonths: string, highAt: string) =>
    `${lowMonths} months at ${lowAt}, ${highMonths} months at ${highAt}`,
  /** Under a bar's end: "at 44,500". */
  at: (value: string) => `at ${value}`,
  caption: 'Months of fire with one assumption at each end of its span',
  assumptionColumn: 'Assumption, span tried',
  monthsColumn: (months: string) => `Months of fire (now ${months})`,
  /** "Not varied: Containers holding shells (no published figure)." */
  notVaried: (labels: readonly string[]) =>
    `Not varied: ${labels.map((label) => `${label} (no published figure)`).join('; ')}.`,
};
