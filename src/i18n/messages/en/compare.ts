/** English: compare. The other languages copy this shape (`typeof compare`). */
export const compare = {
  title: 'Compare two scenarios',
  dek:
    'Put another published statement, or a frozen copy of the figures you have now, beside ' +
    'this one. The link keeps both.',
  chooseLabel: 'Compare with…',
  freeze: 'The current figures (freeze a copy)',
  presetsGroup: 'Published statements',
  show: 'Compare',
  change: 'Change B',
  /** A statement whose figures were changed: "Feb 2024 · Shin Won-sik, with changes" */
  changed: (monthYear: string, who: string) => `${monthYear} · ${who}, with changes`,
  sideA: 'A',
  sideB: 'B',
  thisPage: 'this page',
  /** The legend's line for A: "this page: Feb 2024 · Shin Won-sik · 6,700 containers" */
  thisPageIs: (name: string) => `this page: ${name}`,
  frozenNote:
    'B is a copy of the figures as they were. Change the assumptions above to see what moves.',
  caption: 'A and B side by side',
  what: 'Figure',
  inputsHeading: 'Assumptions',
  resultsHeading: 'Results',
  differsMark: '≠',
  differs: 'differs',
  legendDiffers: '≠ and bold type mark the assumptions that differ.',
  rows: {
    containers: 'Containers',
    perContainer: 'Shells per container',
    share: 'Containers holding shells',
    usable: 'Shells that work',
    rocketShare: 'Filled with 122 mm rockets instead',
    perContainerRockets: '122 mm rockets per container',
    daily: 'Russian fire a day',
    start: 'First delivery',
    end: 'Date of the count',
    totalShells: 'Total shells',
    totalRockets: '122 mm rockets',
    monthsOfFire: 'Months of Russian fire',
    daysOfFire: 'Days of Russian fire',
    lastsUntil: 'Lasts until',
  },
  /** B against A: "vs A: +1.6 million" */
  versusA: (difference: string) => `vs A: ${difference}`,
  same: 'same as A',
  /** "×1.5" */
  times: (formatted: string) => `×${formatted}`,
  /** "+97 days" (the sign is in `formatted`) */
  days: (count: number, formatted: string) =>
    `${formatted} ${Math.abs(count) === 1 ? 'day' : 'days'}`,
  /** "+5.3 months" */
  months: (count: number, formatted: string) =>
    `${formatted} ${Math.abs(count) === 1 ? 'month' : 'months'}`,
  /** A median and its 90% range on two lines: "90% range 2.1–5.2 million" */
  range: (range: string) => `90% range ${range}`,
  mediansNote:
    'With ranges, each figure is the median of 10,000 draws; differences are between medians.',
  working: 'Working out…',
  cannot: 'cannot be worked out',
  swap: 'Swap A and B',
  load: 'Load B into the calculator',
  close: 'Close the comparison',
  scrollCue: 'The table scrolls sideways.',
};
