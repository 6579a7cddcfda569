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
 * The printed summary's height in CSS px, at most: the screen heights of the parts it prints
 * (on paper the type is smaller and the frame usually wider, so they take less room) and room for
 * the link. `printedHeight(document)` → 742, say, for the default figures at 375 px.
 */
export function printedHeight(doc: Document): number {
  let height = LINK_ALLOWANCE_PX;
  for (const part of doc.querySelectorAll(PRINTED)) height += part.getBoundingClientRect().height;
  return Math.ceil(height);
}
