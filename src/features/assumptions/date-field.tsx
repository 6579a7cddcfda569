import { useId, useRef, type ReactNode } from 'react';
import { formatDate } from '../../i18n/format';
import type { DateInputKey } from '../../model/inputs';
import { useLang, useLaterMessages } from '../../store/store';
import { describedBy, FieldFrame, useField } from './field-frame';

interface DateFieldProps {
  inputKey: DateInputKey;
  why: ReactNode;
}

const canShowPicker =
  typeof HTMLInputElement !== 'undefined' && 'showPicker' in HTMLInputElement.prototype;

/**
 * A date as an ISO text field (`name` = the contract key, written as links write it) with the
 * browser's calendar one click away.
 */
export function DateField({ inputKey, why }: DateFieldProps) {
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  const words = useLaterMessages().assumptions;
  const { value, draft, problem, onChange, onBlur, setValue } = useField(inputKey);
  const valueText = formatDate(value, useLang());

  return (
    <FieldFrame
      id={id}
      inputKey={inputKey}
      problem={problem}
      valueText={valueText}
      entry={
        <>
          <input
            id={id}
            name={inputKey}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            placeholder={words.datePlaceholder}
            value={draft ?? value}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy(id)}
            onChange={(event) => {
              onChange(event.target.value);
            }}
            onKeyDown={(event) => {
              // Enter does what leaving the field does; Escape goes back to the date the results use.
              if (event.key === 'Enter') onBlur();
              if (event.key === 'Escape' && draft !== undefined) {
                event.preventDefault();
                setValue(value);
              }
            }}
            onBlur={onBlur}
          />
          {canShowPicker ? (
            <>
              <button
                type="button"
                className="field-calendar"
                aria-label={words.calendar(words.labels[inputKey])}
                onClick={() => {
                  picker.current?.showPicker();
                }}
              >
                <svg viewBox="0 0 16 16" width="18" height="18" aria-hidden="true">
                  <path
                    d="M4.5 1v3M11.5 1v3M1.5 6.5h13M2.5 2.5h11a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1v-10a1 1 0 0 1 1-1z"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="1.4"
                  />
                </svg>
              </button>
              <input
                ref={picker}
                className="field-picker"
                type="date"
                tabIndex={-1}
                aria-hidden="true"
                value={value}
                onChange={(event) => {
                  // Through the same check as typing, so a calendar pick cannot put the dates out of order.
                  if (event.target.value !== '') onChange(event.target.value);
                }}
              />
            </>
          ) : null}
        </>
      }
      hint={words.readsAsDate(valueText)}
      why={why}
    />
  );
}
