import { plural } from '../../format';

/** English: the headline figures, their exact values, the sentence read out, and result reasons. */
export const headline = {
  total: 'Working shells delivered',
  months: 'Months of Russian fire',
  lastsUntil: 'Enough to keep firing until',
  fromFirst: 'firing from the first delivery, with no other supply',
  /** Under the total with a calibre mix: "plus about 250,000 122 mm rockets". */
  plusRockets: (_count: number, formatted: string) => `plus about ${formatted} 122 mm rockets`,
  /** CONTRACT §6 "Flags": said instead of `fromFirst` when the rounds were used as fast as they came. */
  usedAsFast:
    'At this rate Russia fired the rounds as fast as they came: none were left over at the count date, so this date is the count’s, not how long a stock lasts',
  /** "300 days" */
  days: (count: number, formatted: string) =>
    `${formatted} ${plural(count, 'en', { one: 'day', other: 'days' })}`,
  /** "{days} at 10,000 shells a day": `{days}` marks where the days figure goes. */
  daysAt: (_count: number, daily: string) => `{days} at ${daily} shells a day`,
  exactShells: (_count: number, formatted: string) => `Exactly ${formatted} shells`,
  exactMonths: (_count: number, formatted: string) => `${formatted} months of 30.44 days`,
  exactDays: (_count: number, formatted: string) => `${formatted} days`,
  /** "About 3.0 million working shells, 9.9 months of Russian fire, lasting until July 9, 2024." */
  announce: (shells: string, months: string, until: string | null) =>
    `About ${shells} working shells, ${months} months of Russian fire` +
    (until === null ? '.' : `, lasting until ${until}.`),
  /** Why a result cannot be worked out. */
  reasons: {
    notADate: 'Not a real date (use YYYY-MM-DD)',
    endNotAfterStart: (start: string) => `Must be after the first delivery (${start})`,
    beyondCalendar: 'Beyond the year 9999',
    cannot: 'Cannot be worked out',
  },
};
