import { useState } from 'react';
import { EMBED_TITLE, embedHeight, embedSource } from './embed-code';

interface EmbedPreviewProps {
  appBase: string;
  search: string;
  height: number;
}

/**
 * The embed as readers will see it, drawn only once opened: the same iframe as the code (address,
 * title, lazy loading, height, `data-shell-count`), made with React, not from the code's HTML.
 */
export function EmbedPreview({ appBase, search, height }: EmbedPreviewProps) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="embed-preview disclosure"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>Preview the embed</summary>
      {open ? (
        <>
          <p className="share-note">
            Shown at the height in the code. In an article, the script then fits the box to its
            content.
          </p>
          <iframe
            className="embed-preview-frame"
            src={embedSource(appBase, search)}
            title={EMBED_TITLE}
            loading="lazy"
            style={{ width: '100%', height: `${embedHeight(height)}px`, border: 0 }}
            data-shell-count=""
          />
        </>
      ) : null}
    </details>
  );
}
