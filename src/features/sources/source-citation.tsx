import type { Citation } from '../../facts/types';
import type { LaterMessages } from '../../i18n/catalogue';
import { CitationLink, OutletName } from '../../ui/citation-link';
import type { Lang } from '../../url/view-options';

interface SourceCitationProps {
  citation: Citation;
  names: LaterMessages['sources']['names'];
  lang: Lang;
  /** Show who said it before the outlet; off where the speaker is already named. */
  withSpeaker?: boolean;
}

/** A name in this language's usual form; the facts' own where the catalogue has none. */
export function nameIn(names: Record<string, string>, name: string): string {
  return names[name] ?? name;
}

/**
 * "Shin Won-sik · Reuters via The Star, Feb 26, 2024" with the speaker and the outlet as the
 * page's language writes them, and any name kept in Latin letters marked as English.
 */
export function SourceCitation({ citation, names, lang, withSpeaker = true }: SourceCitationProps) {
  return (
    <>
      {withSpeaker ? (
        <>
          <OutletName name={nameIn(names, citation.speaker)} lang={lang} />
          {' · '}
        </>
      ) : null}
      <CitationLink
        citation={citation}
        lang={lang}
        withSpeaker={false}
        outlet={nameIn(names, citation.outlet)}
      />
    </>
  );
}
