import { useFirstMessages } from '../store/store';
import type { SectionLink } from '../ui/section-links';
import type { SectionId } from '../url/sections';

interface SectionNavProps {
  /** Every section in page order, titled; empty until the later messages arrive. */
  links: readonly SectionLink[];
  onReveal: (id: SectionId) => void;
}

/**
 * The table of contents: a link to every section, in page order. Following one opens its section
 * (see `useFolds`) and puts it in the address.
 */
export function SectionNav({ links, onReveal }: SectionNavProps) {
  const { page } = useFirstMessages();
  return (
    <nav className="section-nav" aria-label={page.sectionsLabel}>
      {links.length > 0 ? (
        <ul>
          {links.map((section) => (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                onClick={() => {
                  onReveal(section.id);
                }}
                // On a phone the list scrolls sideways: a link Tab reaches is shown whole.
                onFocus={(event) => {
                  event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' });
                }}
              >
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </nav>
  );
}
