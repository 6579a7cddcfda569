import { useEffect } from 'react';
import { useFirstMessages, useStore } from '../store/store';
import type { SectionId } from '../url/sections';
import { Deferred } from './deferred';
import type { FoldedSection } from './page-sections';

/** Scrolls to a section once its part is drawn: the section a link named as the page opened. */
export function ScrollHere({ id }: { id: SectionId }) {
  useEffect(() => {
    document.getElementById(id)?.scrollIntoView({ block: 'start' });
  }, [id]);
  return null;
}

interface SectionFoldProps {
  section: FoldedSection;
  open: boolean;
  onToggle: (id: SectionId, open: boolean) => void;
  /** Whether the page opened at this section (`#id`): it scrolls there once drawn. */
  landing: boolean;
}

/**
 * A section folded to one line, its title, until opened. Its part is on the page either way, so
 * that the browser's find-in-page and a link to anything inside open it too. The part's own
 * heading stays inside for screen readers; the line shows it.
 */
export function SectionFold({ section, open, onToggle, landing }: SectionFoldProps) {
  const first = useFirstMessages();
  const later = useStore((state) => state.language.later);
  const { id, part, Content } = section;
  return (
    <details
      id={id}
      className={`page-fold page-fold-${id} disclosure`}
      open={open}
      onToggle={(event) => {
        onToggle(id, event.currentTarget.open);
      }}
    >
      <summary className="page-fold-summary">
        <span className="page-fold-title">
          {later ? section.title(first, later) : first.page.loading('')}
        </span>
      </summary>
      <div className="page-fold-body">
        <Deferred part={part}>
          <Content />
          {landing ? <ScrollHere id={id} /> : null}
        </Deferred>
      </div>
    </details>
  );
}
