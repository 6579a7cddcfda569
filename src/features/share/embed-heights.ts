import type { Lang } from '../../url/view-options';
import { EMBED_HEIGHT } from './embed-code';

/**
 * The embedded view's settled height in CSS px in an article column 640 px wide (a typical
 * one), by language and with or without ranges, measured in Chromium with the default figures;
 * tests/e2e/embed-steady.spec.ts measures them again and fails when one is more than
 * 24 px off. The builder offers it as the box's first height, so that the box moves little when
 * embed.js fits it (more at narrower columns, less at wider ones).
 */
const MEASURED: Record<Lang, { exact: number; ranged: number }> = {
  en: { exact: 1448, ranged: 1586 },
  ko: { exact: 1314, ranged: 1439 },
  uk: { exact: 1516, ranged: 1706 },
};

/** The column width the heights are measured at. */
export const TYPICAL_COLUMN_PX = 640;

/** The first height the builder offers: `embedViewHeight('en', false)` → the measured height. */
export function embedViewHeight(lang: Lang, ranged: boolean): number {
  const measured = MEASURED[lang];
  return Math.min(EMBED_HEIGHT.max, ranged ? measured.ranged : measured.exact);
}
