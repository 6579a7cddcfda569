import { useRef, useState, type RefObject } from 'react';
import { writeToClipboard } from './clipboard';

export type CopyOutcome = 'copied' | 'manual';

interface Feedback {
  outcome: CopyOutcome;
  /** What was copied or selected: the message goes when the text changes. */
  text: string;
  /** Counts copies, so that the same message twice is read out twice. */
  count: number;
}

type SelectableField = HTMLInputElement | HTMLTextAreaElement;

/**
 * Copies a field's text, or where the clipboard refuses, focuses and selects the field for the
 * reader to copy by hand. `message` says which happened, for a status line; it goes away as soon
 * as the text changes, since it would no longer be true.
 */
export function useCopy<T extends SelectableField>(
  text: string,
): {
  fieldRef: RefObject<T | null>;
  copy: () => Promise<void>;
  outcome: CopyOutcome | null;
  count: number;
} {
  const fieldRef = useRef<T>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const copy = async () => {
    const copied = await writeToClipboard(text);
    if (!copied) {
      const field = fieldRef.current;
      field?.focus();
      field?.select();
    }
    setFeedback((last) => ({
      outcome: copied ? 'copied' : 'manual',
      text,
      count: (last?.count ?? 0) + 1,
    }));
  };
  const current = feedback?.text === text ? feedback : null;
  return { fieldRef, copy, outcome: current?.outcome ?? null, count: current?.count ?? 0 };
}

/** A polite status line; each new message is a new node, so a repeated one is read out again. */
export function CopyStatus({
  outcome,
  messages,
  count,
}: {
  outcome: CopyOutcome | null;
  messages: Record<CopyOutcome, string>;
  count: number;
}) {
  return (
    <p className="share-status" role="status" aria-live="polite" aria-atomic="true">
      {outcome === null ? null : (
        <span key={count} className={outcome}>
          {messages[outcome]}
        </span>
      )}
    </p>
  );
}

/**
 * Selects a read-only field's whole text when it takes focus, ready to copy, and shows all of it:
 * focus alone scrolls only the caret's line into view.
 */
export function selectAll(event: { currentTarget: SelectableField }): void {
  event.currentTarget.select();
  event.currentTarget.scrollIntoView({ block: 'nearest' });
}
