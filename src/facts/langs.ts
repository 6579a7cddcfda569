/**
 * The languages the page speaks (CONTRACT §3 `lang`; more may follow). The facts carry their words
 * in each of them, so the list lives with the facts; the URL reads `lang=` against it.
 */
export const LANGS = ['en', 'ko', 'uk'] as const;
export type Lang = (typeof LANGS)[number];

/** Something written once per language: `{ en: 'about', ko: '약', uk: 'близько' }`. */
export type InEachLang<T> = Record<Lang, T>;
