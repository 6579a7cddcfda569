/** English: the language switcher. Each language's own name stays in that language. */
export const language = {
  label: 'Language',
};
