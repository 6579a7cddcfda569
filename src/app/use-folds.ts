import { useCallback, useEffect, useState } from 'react';
import { sectionOfHash, type SectionId } from '../url/sections';
import { FOLDED_SECTIONS } from './page-sections';

/** Where the page has room for the chart open beside everything else: the two-column layout. */
const WIDE = '(min-width: 60rem)';

function isWide(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches;
}

/** The sections open as the page starts: the chart on wide screens, and the one the link names. */
function openAtStart(): ReadonlySet<SectionId> {
  const wide = isWide();
  const open = new Set<SectionId>(
    FOLDED_SECTIONS.filter((section) => section.openAtFirst === 'wide' && wide).map(
      (section) => section.id,
    ),
  );
  const named = sectionOfHash(window.location.hash);
  if (named) open.add(named);
  return open;
}

/** Brings a section's top into view once it has been drawn open. */
function scrollToSection(id: SectionId): void {
  requestAnimationFrame(() => {
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
  });
}

export interface Folds {
  isOpen: (id: SectionId) => boolean;
  /** Opens or closes a section, as its own line does. */
  setOpen: (id: SectionId, open: boolean) => void;
  /** Opens a section and brings it into view: a link to `#id`, the table of contents. */
  reveal: (id: SectionId) => void;
  /** The section the address named as the page opened, scrolled to once its part has loaded. */
  landing: SectionId | null;
}

/**
 * Which folded sections are open. A link to `#sources` (as the page opens, or clicked later)
 * opens that section and scrolls to it; so does the table of contents.
 */
export function useFolds(): Folds {
  const [open, setOpenSet] = useState(openAtStart);
  const [landing] = useState(() => sectionOfHash(window.location.hash));

  const setOpen = useCallback((id: SectionId, value: boolean) => {
    setOpenSet((current) => {
      if (current.has(id) === value) return current;
      const next = new Set(current);
      if (value) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const reveal = useCallback(
    (id: SectionId) => {
      setOpen(id, true);
      scrollToSection(id);
    },
    [setOpen],
  );

  useEffect(() => {
    const onHash = () => {
      const id = sectionOfHash(window.location.hash);
      if (id) reveal(id);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      window.removeEventListener('hashchange', onHash);
    };
  }, [reveal]);

  return { isOpen: (id) => open.has(id), setOpen, reveal, landing };
}
