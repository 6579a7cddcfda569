/** Languages the URL accepts (CONTRACT §3): the languages of the facts. */
export { LANGS, type Lang } from '../facts/langs';

/** Colour themes the URL accepts; `auto` follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** True when `text` is one of `options`: `isOneOf(LANGS, 'ko')` → true. */
export function isOneOf<T extends string>(options: readonly T[], text: string): text is T {
  return (options as readonly string[]).includes(text);
}
