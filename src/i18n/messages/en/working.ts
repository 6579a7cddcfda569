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
};
