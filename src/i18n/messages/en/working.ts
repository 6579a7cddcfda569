/** English: the working line, from containers to months. */
export const working = {
  caption: 'The working',
  containers: 'containers',
  shellsEach: 'shells each',
  holdShells: 'hold shells',
  work: 'work',
  shells: 'shells',
  aDay: 'a day',
  days: 'days',
  daysAMonth: 'days a month',
  months: 'months',
  /** With a calibre mix: the share of shell-carrying containers that held 152 mm shells. */
  notRockets: '152 mm, not rockets',
  /** "of which 50% rockets:", before the rockets' own working. */
  ofWhichRockets: (share: string) => `of which ${share} rockets:`,
  rocketsEach: 'rockets each',
  rockets: '122 mm rockets',
};
