import type { Citation } from '../facts/types';
import { formatDate } from '../i18n/format';

interface CitationLinkProps {
  citation: Citation;
  /** Show the speaker before the outlet; off where the speaker is already named. */
  withSpeaker?: boolean;
}

/** "Shin Won-sik · Reuters via The Star, Feb 26, 2024", the outlet linked when there is a link. */
export function CitationLink({ citation, withSpeaker = true }: CitationLinkProps) {
  const date = formatDate(citation.date, 'en', 'medium');
  const outlet =
    citation.url === '' ? (
      citation.outlet
    ) : (
      <a href={citation.url} target="_blank" rel="noopener noreferrer">
        {citation.outlet}
      </a>
    );
  return (
    <cite className="citation">
      {withSpeaker ? `${citation.speaker} · ` : null}
      {outlet}, <time dateTime={citation.date}>{date}</time>
    </cite>
  );
}
