import type { Citation } from '../facts/types';
import { formatDate } from '../i18n/format';

interface CitationLinkProps {
  citation: Citation;
  /** The page's language, for the date (and to mark an outlet's Latin name as English). */
  lang: string;
  /** Show the speaker before the outlet; off where the speaker is already named. */
  withSpeaker?: boolean;
  /** The speaker in the page's language; the citation's own (English) otherwise. */
  speaker?: string | undefined;
  /** The outlet as the page's language writes it ("연합뉴스"); the citation's own otherwise. */
  outlet?: string | undefined;
}

/**
 * An outlet's name with every run of Latin letters marked `lang="en"` on a page in another
 * language: "Reuters через The Star" keeps the publications' own spelling, read as English.
 */
export function OutletName({ name, lang }: { name: string; lang: string }) {
  if (lang.startsWith('en')) return name;
  const parts = name.split(/([A-Za-z](?:[A-Za-z0-9 .&'’/-]*[A-Za-z0-9])?)/);
  return parts.map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} lang="en">
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** "Shin Won-sik · Reuters via The Star, Feb 26, 2024", the outlet linked when there is a link. */
export function CitationLink({
  citation,
  lang,
  withSpeaker = true,
  speaker,
  outlet,
}: CitationLinkProps) {
  const date = formatDate(citation.date, lang);
  const name = <OutletName name={outlet ?? citation.outlet} lang={lang} />;
  const speakerName = speaker ?? citation.speaker;
  return (
    <cite className="citation">
      {withSpeaker ? (
        <>
          {speaker === undefined && !lang.startsWith('en') ? (
            <span lang="en">{speakerName}</span>
          ) : (
            speakerName
          )}
          {' · '}
        </>
      ) : null}
      {citation.url === '' ? (
        name
      ) : (
        <a href={citation.url} target="_blank" rel="noopener noreferrer">
          {name}
        </a>
      )}
      , <time dateTime={citation.date}>{date}</time>
    </cite>
  );
}
