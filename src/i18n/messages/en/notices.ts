/**
 * English: the notices on a link the page could not take as given (CONTRACT §3). The other
 * languages copy this shape (`typeof notices`). `key` is the link's own key and `option` a value
 * it offers, shown as typed (`<code lang="en">`), never translated.
 */
export const notices = {
  title: 'Some settings in this link were changed',
  dismiss: 'Dismiss',
  olderFigures:
    'This link was made with an earlier version of the calculator and keeps that version’s figures. Newer figures exist for this statement.',
  useNewer: 'Use the newer figures',
  unknownKey: (key: string) => `“${key}” is not a setting of this calculator; ignored.`,
  duplicateKey: (key: string) => `“${key}” is given more than once; using the first value.`,
  notANumber: (key: string, used: string) => `“${key}” is not a number; using ${used}.`,
  belowMin: (key: string, used: string) =>
    `“${key}” is below the lowest allowed value; using ${used}.`,
  aboveMax: (key: string, used: string) =>
    `“${key}” is above the highest allowed value; using ${used}.`,
  notADate: (key: string, used: string) => `“${key}” is not a real date; using ${used}.`,
  endNotAfterStart: (key: string, start: string, used: string) =>
    `“${key}” is not after the first delivery (${start}); using ${used}.`,
  startNotBeforeEnd: (key: string, end: string, used: string) =>
    `“${key}” is not before the date of the count (${end}); using ${used}.`,
  unknownOption: (key: string, option: string) =>
    `“${key}” is not one of the options; using “${option}”.`,
  rangeRefused: (key: string, used: string) =>
    `“${key}” is not a range from low to high above 0; using ${used}.`,
  unknownVersion: (key: string) =>
    `“${key}” names a link version this calculator does not know; reading it as the newest it knows.`,
};
