/**
 * The page's sections, in page order. Each id is public, as an anchor: `#sources` opens the page
 * at its sources (unfolded), and the share link can carry one.
 */
export const SECTION_IDS = [
  'results',
  'assumptions',
  'timeline',
  'spread',
  'matters',
  'solve',
  'weight',
  'compare',
  'share',
  'downloads',
  'sources',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/**
 * The section an address's hash names, or null: `sectionOfHash('#sources')` → 'sources';
 * `sectionOfHash('#nowhere')` → null.
 */
export function sectionOfHash(hash: string): SectionId | null {
  const id = hash.startsWith('#') ? hash.slice(1) : hash;
  return (SECTION_IDS as readonly string[]).includes(id) ? (id as SectionId) : null;
}
