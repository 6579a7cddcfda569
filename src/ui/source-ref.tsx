import { OutletName } from './citation-link';

interface SourceRefProps {
  source: string;
  url?: string | undefined;
  /** The page's language: on a page not in English, the source's Latin name is marked English. */
  lang?: string | undefined;
}

/** An undated reference (a data page, a manual): its name, linked when there is a link. */
export function SourceRef({ source, url, lang = 'en' }: SourceRefProps) {
  const name = <OutletName name={source} lang={lang} />;
  return url ? (
    <a className="citation" href={url} target="_blank" rel="noopener noreferrer">
      {name}
    </a>
  ) : (
    <span className="citation">{name}</span>
  );
}
