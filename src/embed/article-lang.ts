/**
 * The language of the article that embeds the page, as embed.js tells it (CONTRACT §6, "Embed
 * code"). Apart from messages.ts so that the first screen's bundle, which reads the address, takes
 * only this.
 */

/** Longest language tag taken from a host: BCP 47 tags in use are far shorter. */
const MAX_LANG_TAG_LENGTH = 35;
const LANG_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** A language tag as `<html lang>` holds one (`ko`, `ko-KR`, `zh-Hant-TW`), else null. */
export function langTag(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const tag = value.trim();
  return tag.length <= MAX_LANG_TAG_LENGTH && LANG_TAG.test(tag) ? tag : null;
}

/** The fragment embed.js adds to a frame's address before it loads: `#article-lang=ko-KR`. */
const ARTICLE_LANG_KEY = 'article-lang';

/**
 * The article's language that embed.js wrote into the frame's address before it loaded, so that
 * the first paint is in it: `articleLangOf('#article-lang=ko-KR')` → `'ko-KR'`; null without one.
 */
export function articleLangOf(hash: string): string | null {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get(ARTICLE_LANG_KEY);
  return raw === null ? null : langTag(raw);
}
