/** English: the site footer (what the page is, the theme switch). */
export const footer = {
  about:
    'Shell Count turns published container counts into shell totals and months of Russian fire. Every ' +
    'default is sourced above; every figure you change is in the link.',
  theme: 'Theme',
  themes: { auto: 'Match my device', light: 'Light', dark: 'Dark' },
};
