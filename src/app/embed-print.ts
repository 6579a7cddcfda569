/**
 * How tall the embedded view is on paper, worked out on screen: embed.js gives the frame this
 * height while the article prints (a frame cannot split across pages, and one taller than what
 * is left of a page leaves that part blank and is cut at the next page's end).
 */

/** What embed.css prints of the embedded view: the results, the assumptions' lines, the footer. */
const PRINTED = [
  '[data-print-part]',
  '.assumptions-compact .section-title',
  '.assumptions-compact .group-fold > summary',
].join(', ');

/** Room for the link, which only paper shows, written out on up to three lines. */
const LINK_ALLOWANCE_PX = 48;

/**
 * Paper's type against the screen's: embed.css prints at a root size of 8.5 pt (11.3 px) where
 * the screen has 16 px. Everything printed is sized in rem, so it takes at most this share of
 * its screen height, as long as the printed box is no narrower than the screen's (an article's
 * printed column, about 700 px, is as wide as most screens' and wider than a phone's).
 */
const PRINT_TYPE_SCALE = (8.5 * (96 / 72)) / 16;

/**
 * The printed summary's height in CSS px, at most: the screen heights of the parts it prints,
 * scaled to paper's type, and room for the link. Measured in Chromium for the June 2024 figures:
 * 732 px from a 375 px screen for a summary that prints 486 px tall; 499 from 1,000 px for 392.
 */
export function printedHeight(doc: Document): number {
  let height = 0;
  for (const part of doc.querySelectorAll(PRINTED)) height += part.getBoundingClientRect().height;
  return Math.ceil(height * PRINT_TYPE_SCALE) + LINK_ALLOWANCE_PX;
}
