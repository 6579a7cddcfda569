import { useState } from 'react';
import { useLaterMessages } from '../../store/store';
import { embedHeight, embedSource, PREVIEW_SIZE, type EmbedKind } from './embed-code';

interface EmbedPreviewProps {
  kind: EmbedKind;
  appBase: string;
  search: string;
  height: number;
  /** The iframe's accessible name, as in the code. */
  title: string;
  /** The static image, its text and its link, as in the code. */
  image: { src: string; alt: string; link: string };
}

/**
 * The embed as readers will see it, drawn only once opened, made with React from the same parts as
 * the code (not from the code's HTML): the iframe (address, title, lazy loading, height,
 * `data-shell-count`) for the interactive box and for AMP, whose page shows the same frame (its
 * placeholder, the static image, until the frame has loaded); the linked image for the static
 * kind.
 */
export function EmbedPreview({ kind, appBase, search, height, title, image }: EmbedPreviewProps) {
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
      {!open ? null : kind === 'image' ? (
        <p className="embed-preview-image">
          <a href={image.link} target="_blank" rel="noopener">
            <img
              src={image.src}
              alt={image.alt}
              width={PREVIEW_SIZE.width / 2}
              height={PREVIEW_SIZE.height / 2}
            />
          </a>
        </p>
      ) : (
        <>
          <p className="share-note">{words.previewNote}</p>
          <iframe
            className="embed-preview-frame"
            src={embedSource(appBase, search)}
            title={title}
            loading="lazy"
            width="100%"
            height={embedHeight(height)}
            // An iframe's border, by its old attribute (the page's CSP allows no inline style).
            // eslint-disable-next-line @typescript-eslint/no-deprecated
            frameBorder="0"
            data-shell-count=""
          />
        </>
      )}
    </details>
  );
}
