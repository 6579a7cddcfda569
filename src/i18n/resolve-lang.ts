import { LANGS, isOneOf, type Lang } from '../url/view-options';

/**
 * The language to show: the link's `lang=` if it gave one, else the first of the browser's
 * languages that the app has, else English. `resolveLang(null, ['de-DE', 'uk-UA'])` → "uk".
 */
export function resolveLang(linkLang: Lang | null, browserLangs: readonly string[]): Lang {
  if (linkLang) return linkLang;
  for (const tag of browserLangs) {
    const primary = tag.split('-')[0]?.toLowerCase() ?? '';
    if (isOneOf(LANGS, primary)) return primary;
  }
  return 'en';
}
