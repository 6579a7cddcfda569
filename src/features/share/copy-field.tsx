import { useId } from 'react';
import { CopyStatus, selectAll, useCopy, type CopyOutcome } from './copy-feedback';

interface CopyFieldProps {
  /** The field's label, also the group's name. */
  label: string;
  text: string;
  /** The button's words: "Copy sentence". */
  copyLabel: string;
  /** What the status line says after copying, or after selecting for the reader to copy. */
  messages: Record<CopyOutcome, string>;
  name: string;
  rows: number;
  /** The text's own language where it is not the page's: BibTeX is in English. */
  lang?: string | undefined;
  /** While the text is not ready: the button waits. */
  disabled?: boolean;
}

/**
 * A text to copy whole: read-only in a field the reader can read and select, a button that copies
 * it, and a polite status line (or, where the clipboard refuses, the text selected).
 */
export function CopyField({
  label,
  text,
  copyLabel,
  messages,
  name,
  rows,
  lang,
  disabled = false,
}: CopyFieldProps) {
  const id = useId();
  const { fieldRef, copy, outcome, count } = useCopy<HTMLTextAreaElement>(text);
  return (
    <div className="copy-field">
      <label className="share-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        ref={fieldRef}
        id={id}
        className="share-field copy-field-text"
        lang={lang}
        name={name}
        readOnly
        rows={rows}
        value={text}
        spellCheck={false}
        autoComplete="off"
        onFocus={selectAll}
      />
      <div className="share-actions">
        <button
          type="button"
          className="action-button action-button-main"
          disabled={disabled}
          onClick={() => {
            void copy();
          }}
        >
          {copyLabel}
        </button>
      </div>
      <CopyStatus outcome={outcome} messages={messages} count={count} />
    </div>
  );
}
