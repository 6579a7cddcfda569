import { useId, useState } from 'react';
import { useResults } from '../../store/use-results';
import { canShareLink, isAbort } from './clipboard';
import { CopyStatus, selectAll, useCopy } from './copy-feedback';
import { SHARE_TITLE, shareSentence } from './share-text';

const LOCALE = 'en';

const MESSAGES = {
  copied: 'Link copied',
  manual: 'The link is selected. Press Ctrl+C (⌘C) to copy.',
} as const;

/**
 * The link to what the reader sees, in a read-only field to copy by hand, with "Copy link" and,
 * where the device has a share sheet, "Share…".
 */
export function ShareLink({ link }: { link: string }) {
  const id = useId();
  const results = useResults();
  const { fieldRef, copy, outcome, count } = useCopy<HTMLInputElement>(link);
  // Feature-detected once: a share sheet does not come and go while the page is open.
  const [shareable] = useState(() => canShareLink(link));

  const share = async () => {
    try {
      await navigator.share({
        title: SHARE_TITLE,
        text: shareSentence(results, LOCALE),
        url: link,
      });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure; anything else falls back to copying.
      if (!isAbort(error)) await copy();
    }
  };

  return (
    <div className="share-link">
      <label className="share-label" htmlFor={id}>
        Link to this view
      </label>
      <input
        ref={fieldRef}
        id={id}
        className="share-field"
        name="share-link"
        type="text"
        readOnly
        value={link}
        spellCheck={false}
        autoComplete="off"
        onFocus={selectAll}
      />
      <div className="share-actions">
        <button
          type="button"
          className="share-button share-button-main"
          onClick={() => {
            void copy();
          }}
        >
          Copy link
        </button>
        {shareable ? (
          <button
            type="button"
            className="share-button"
            onClick={() => {
              void share();
            }}
          >
            Share…
          </button>
        ) : null}
      </div>
      <CopyStatus outcome={outcome} messages={MESSAGES} count={count} />
    </div>
  );
}
