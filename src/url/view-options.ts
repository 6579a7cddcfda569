/** Languages the URL accepts (CONTRACT §3); more may follow. */
export const LANGS = ['en', 'ko', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** Colour themes the URL accepts; `auto` follows `prefers-color-scheme`. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** True when `text` is one of `options`: `isOneOf(LANGS, 'ko')` → true. */
export function isOneOf<T extends string>(options: readonly T[], text: string): text is T {
  return (options as readonly string[]).includes(text);
}
