import type { ReactNode } from 'react';
import { explainReason } from '../../i18n/explain';
import type { InputKey, Inputs } from '../../model/inputs';
import { isRangeKey } from '../../model/ranges';
import { useActions, useStore, useLang, useLaterMessages } from '../../store/store';
import { readDraft } from '../../store/calculator-slice';

/** What a field shows: its last good value, the text being typed, and why that text is refused. */
export function useField<K extends InputKey>(inputKey: K) {
  const words = useLaterMessages().assumptions;
  const lang = useLang();
  // Each selector returns a plain value, so a field re-renders only when its own value, text or
  // refusal changes, not on every keystroke elsewhere.
  const value = useStore((state) => state.inputs[inputKey]);
  const draft = useStore((state) => state.drafts[inputKey]);
  const range = useStore((state) => (isRangeKey(inputKey) ? state.ranges[inputKey] : undefined));
  const problem = useStore((state) => {
    const text = state.drafts[inputKey];
    if (text === undefined) return null;
    const read = readDraft(inputKey, text, state);
    return read.ok ? null : explainReason(read.reason, words, lang);
  });
  const note = useStore((state) => state.fieldNotes[inputKey]);
  const actions = useActions();
  return {
    value,
    /** What the field said about the value it took when last left. */
    note,
    /** The 90% range when the input is one. */
    range,
    draft,
    problem,
    onChange: (text: string) => {
      actions.typeInput(inputKey, text);
    },
    onBlur: () => {
      actions.leaveField(inputKey);
    },
    setValue: (value: Inputs[K]) => {
      actions.setInput(inputKey, value);
    },
  };
}

interface FieldFrameProps {
  id: string;
  inputKey: InputKey;
  /** The refusal of what was typed, if any. */
  problem: string | null;
  /** The value the results still use, in words, for the refusal message. */
  valueText: string;
  /** The entry row: the named input and anything beside it. */
  entry: ReactNode;
  /** Controls under the entry: a slider, preset choices. */
  extras?: ReactNode;
  /** A control beside the label, such as the switch between an exact value and a range. */
  aside?: ReactNode;
  /** A line on what the field accepts. */
  hint: ReactNode;
  /**
   * How the text being typed was read ("Read as 43.56 kg"), while it is not written as the field
   * would write it, or what the field did with it when left ("… is above the highest allowed
   * value; using 100."); it takes the hint's place, which keeps its height so nothing below moves.
   */
  readAs?: string | null | undefined;
  /** The other reading of an ambiguous number, as a button that takes it: "Did you mean 10,000?" */
  otherReading?: { label: string; use: () => void } | null | undefined;
  why: ReactNode;
}

/**
 * The frame every assumption shares: label, entry, hint, refusal message and the source of the
 * default. The input inside must use `id` and describe itself with `describedBy(id)`.
 */
export function FieldFrame({
  id,
  inputKey,
  problem,
  valueText,
  entry,
  extras,
  aside,
  hint,
  readAs,
  otherReading,
  why,
}: FieldFrameProps) {
  const words = useLaterMessages().assumptions;
  const label = (
    <label className="field-label" htmlFor={id}>
      {words.labels[inputKey]}
    </label>
  );
  return (
    <div className={problem ? 'field field-invalid' : 'field'}>
      {aside ? (
        <div className="field-head">
          {label}
          {aside}
        </div>
      ) : (
        label
      )}
      <div className="field-entry">{entry}</div>
      {extras}
      <p className="field-hint" id={`${id}-hint`}>
        <span className="field-read" aria-live="polite">
          {readAs ?? null}
          {readAs && otherReading ? (
            <>
              {'. '}
              <button
                type="button"
                className="link-button field-other"
                // Keeps focus in the field: the button is there while the field is being typed in.
                onMouseDown={(event) => {
                  event.preventDefault();
                }}
                onClick={otherReading.use}
              >
                {otherReading.label}
              </button>
            </>
          ) : null}
        </span>
        <span className={readAs ? 'field-rule is-idle' : 'field-rule'}>{hint}</span>
      </p>
      <p className="field-error" id={`${id}-error`} aria-live="polite">
        {problem ? words.refused(problem, valueText) : null}
      </p>
      <p className="field-why" id={`${id}-why`}>
        {why}
      </p>
    </div>
  );
}

/** The ids a field's input is described by, as FieldFrame renders them. */
export function describedBy(id: string): string {
  return `${id}-hint ${id}-error ${id}-why`;
}
