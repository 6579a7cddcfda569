import { useState } from 'react';
import { useLaterMessages } from '../../store/store';
import { embedHeight, embedSource } from './embed-code';

interface EmbedPreviewProps {
  appBase: string;
  search: string;
  height: number;
  /** The iframe's accessible name, as in the code. */
  title: string;
}

/**
 * The embed as readers will see it, drawn only once opened: the same iframe as the code (address,
 * title, lazy loading, height, `data-shell-count`), made with React, not from the code's HTML.
 */
export function EmbedPreview({ appBase, search, height, title }: EmbedPreviewProps) {
  const words = useLaterMessages().share.embed;
  const [open, setOpen] = useState(false);
  return (
    <details
      className="embed-preview disclosure"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{words.preview}</summary>
      {open ? (
        <>
          <p className="share-note">{words.previewNote}</p>
          <iframe
            className="embed-preview-frame"
            src={embedSource(appBase, search)}
            title={title}
            loading="lazy"
            style={{ width: '100%', height: `${embedHeight(height)}px`, border: 0 }}
            data-shell-count=""
          />
        </>
      ) : null}
    </details>
  );
}
