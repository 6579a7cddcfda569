import { createContext } from 'react';
import type { SectionId } from '../url/sections';

/** A section of the page as a link can name it: its id (`#sources`) and its title on screen. */
export interface SectionLink {
  id: SectionId;
  title: string;
}

/**
 * The page's sections in the language on screen, for the parts that offer a link to one (the
 * share link). Empty where the page has no sections (the embedded view).
 */
export const SectionLinks = createContext<readonly SectionLink[]>([]);
