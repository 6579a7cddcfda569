/**
 * The fonts of the static images, from npm packages (devDependencies), loaded by file: the build
 * never uses the machine's fonts, so that a CI machine with none installed draws the same images.
 * Noto Sans covers Latin and Cyrillic (Ukrainian's Є, І, Ї, Ґ too); Noto Sans KR covers Hangul
 * (its Cyrillic lacks Ukrainian's letters, so Korean cards put it first and Noto Sans after).
 */
import { createRequire } from 'node:module';
import type { Lang } from '../url/view-options';

const require = createRequire(import.meta.url);

/** The font files the images use: regular and bold of each family. */
export function fontFiles(): string[] {
  return [
    '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
    '@expo-google-fonts/noto-sans-kr/700Bold/NotoSansKR_700Bold.ttf',
  ].map((file) => require.resolve(file));
}

/** Each language's font families, first choice first, as the SVG names them. */
export const FONT_FAMILIES: Record<Lang, string> = {
  en: "'Noto Sans', sans-serif",
  ko: "'Noto Sans KR', 'Noto Sans', sans-serif",
  uk: "'Noto Sans', sans-serif",
};
