import { useContext, useId, useState } from 'react';
import { SectionLinks } from '../../ui/section-links';
import { sectionOfHash, type SectionId } from '../../url/sections';
import { useLang, useLaterMessages } from '../../store/store';
import { mediansOf } from '../../model/evaluate';
import { useEvaluation } from '../../store/use-evaluation';
import { canShareLink, isAbort } from './clipboard';
import { CopyStatus, selectAll, useCopy } from './copy-feedback';
import { shareSentence } from './share-text';

interface ShareLinkProps {
  link: string;
  /** The section the link opens at, or null for the top of the page. */
  at: SectionId | null;
  onAt: (at: SectionId | null) => void;
}

/**
 * The link to what the reader sees, in a read-only field to copy by hand, with "Copy link" and,
 * where the device has a share sheet, "Share…"; where the page has sections, a choice of the one
 * the link opens at.
 */
export function ShareLink({ link, at, onAt }: ShareLinkProps) {
  const sections = useContext(SectionLinks);
  const id = useId();
  const results = mediansOf(useEvaluation().evaluation);
  const share = useLaterMessages().share;
  const words = share.link;
  const lang = useLang();
  const { fieldRef, copy, outcome, count } = useCopy<HTMLInputElement>(link);
  // Feature-detected once: a share sheet does not come and go while the page is open.
  const [shareable] = useState(() => canShareLink(link));

  const shareLink = async () => {
    try {
      await navigator.share({
        title: share.appName,
        text: shareSentence(results, share, lang),
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
        {words.label}
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
      {sections.length > 0 ? (
        <label className="share-at">
          <span>{words.openAt}</span>
          <select
            value={at ?? ''}
            onChange={(event) => {
              onAt(sectionOfHash(event.target.value));
            }}
          >
            <option value="">{words.atTop}</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {words.atSection(section.title)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <div className="share-actions">
        <button
          type="button"
          className="action-button action-button-main"
          onClick={() => {
            void copy();
          }}
        >
          {words.copy}
        </button>
        {shareable ? (
          <button
            type="button"
            className="action-button"
            onClick={() => {
              void shareLink();
            }}
          >
            {words.share}
          </button>
        ) : null}
      </div>
      <CopyStatus outcome={outcome} messages={words} count={count} />
    </div>
  );
}
