/**
 * English: the "Sources and method" section's own words. The statements, rates of fire, physical
 * and context figures and the disagreements between sources carry their words in every language
 * in their records (src/facts); the other languages copy this shape (`typeof sources`).
 */
export const sources = {
  title: 'Sources and method',
  methodTitle: 'How the numbers are computed',
  /** Each rule of the method; the terms it defines are between double asterisks, shown in bold. */
  method: [
    '**Shells** = containers × shells per container × share of containers holding shells × share that work.',
    '**Days of fire** = shells ÷ Russian shells fired a day; **months** = days ÷ 30.436875 (the average calendar month).',
    '**Delivered per day** = shells ÷ days from the first delivery to the count.',
    '**Lasts until** = first delivery + the longer of the delivery period and the days of fire: the last day these shells alone could keep up the rate.',
    '**Weight check** = shells per container × mass of one round, against the container’s payload limit. Projectiles only: charges, fuzes and crates would add weight. The fuller check below the chart adds a packaging allowance you set (0% unless you change it; no published figure) and compares all three container ratings.',
    '**Ranges**: containers, shells per container and daily fire can each be a 90% range, read as a lognormal distribution whose 5th and 95th percentiles are its ends. The results then come from 10,000 samples drawn from a fixed seed (a randomly shifted Halton sequence, so the same link always gives the same numbers) and are shown as a median with a 90% range.',
    'Figures on screen are rounded to two significant digits, as the inputs are themselves approximate; hover over or focus a figure for its exact value.',
  ],
  conflictsTitle: 'Where the sources disagree',
  countsTitle: 'Container and shell counts',
  tableCaption: 'Published estimates, oldest first',
  statement: 'Statement',
  period: 'Period counted',
  containers: 'Containers',
  shells: 'Shells',
  perContainer: 'Per container (our division)',
  kind: 'Kind',
  /** The published dataset: "Download all statements (CSV)". */
  datasetNote:
    'Every statement above, with its figures, hedges, kind and sources as the calculator uses them (English wording):',
  downloadAll: (format: string) => `Download all statements (${format})`,
  fireTitle: 'How fast Russia fires',
  fireCaveat:
    'Western figures put Russian fire at about 10,000 rounds a day and Ukrainian ones at 20,000–70,000, several times more, probably because they count different weapons. Syrskyi’s dated figures give a Ukrainian series over time.',
  /** "10,000 a day, RUSI and NATO, early 2024" */
  perDay: (formatted: string, label: string) => `${formatted} a day, ${label}`,
  also: 'also',
  weightsTitle: 'Weights and containers',
  packagingNote:
    'We found no published count of crates per container or weight of a packed crate. A 152 mm round ships as a projectile and a separate charge, so any allowance for packaging is your assumption, and the app marks it as one.',
  contextTitle: 'Context',
  /** Where each published span of an assumption comes from, by input (`PUBLISHED_SPANS`). */
  spans: {
    containers: 'The smallest and largest container counts among the published estimates.',
    perContainer:
      'From the low end of the satellite count’s span to the highest government figure; government counts imply about 400–500.',
    usable:
      'Ukrainian military intelligence said half of the shells received do not work; at best, all of them do.',
    daily:
      'The published Russian rates, from RUSI and NATO’s to Ukrainian commanders’; Ukraine’s own rate is left out.',
  },
};
