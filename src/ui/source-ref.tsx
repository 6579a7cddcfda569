interface SourceRefProps {
  source: string;
  url?: string | undefined;
}

/** An undated reference (a data page, a manual): its name, linked when there is a link. */
export function SourceRef({ source, url }: SourceRefProps) {
  return url ? (
    <a className="citation" href={url} target="_blank" rel="noopener noreferrer">
      {source}
    </a>
  ) : (
    <span className="citation">{source}</span>
  );
}
