import { useId, type ReactNode } from 'react';
import { formatExact, formatInput } from '../../i18n/format';
import { INPUT_LABELS, INPUT_UNITS } from '../../i18n/input-labels';
import { INPUT_BOUNDS, type NumericInputKey } from '../../model/inputs';
import { INPUT_LOCALE } from '../../store/calculator-store';
import { describedBy, FieldFrame, useField } from './field-frame';

export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

interface NumberFieldProps {
  inputKey: NumericInputKey;
  /** A slider over the values people usually try; the text field still takes the full range. */
  slider?: SliderRange | undefined;
  /** Preset values offered as one-click choices. */
  choices?: ReactNode;
  /** Why the default is what it is, with its source. */
  why: ReactNode;
}

/** A labelled numeric input (`name` = the contract key) with its unit, range, slider and source. */
export function NumberField({ inputKey, slider, choices, why }: NumberFieldProps) {
  const id = useId();
  const { value, draft, problem, onChange, onBlur, setValue } = useField(inputKey);
  const { min, max } = INPUT_BOUNDS[inputKey];
  const unit = INPUT_UNITS[inputKey];

  return (
    <FieldFrame
      id={id}
      inputKey={inputKey}
      problem={problem}
      valueText={`${formatInput(value, INPUT_LOCALE)} ${unit}`}
      entry={
        <>
          <input
            id={id}
            name={inputKey}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={draft ?? formatInput(value, INPUT_LOCALE)}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy(id)}
            onChange={(event) => {
              onChange(event.target.value);
            }}
            onBlur={onBlur}
          />
          <span className="field-unit">{unit}</span>
        </>
      }
      extras={
        <>
          {slider ? (
            <input
              className="field-slider"
              type="range"
              aria-label={`${INPUT_LABELS[inputKey]}, slider`}
              min={slider.min}
              max={slider.max}
              step={slider.step}
              value={Math.min(slider.max, Math.max(slider.min, value))}
              onChange={(event) => {
                setValue(Number(event.target.value));
              }}
            />
          ) : null}
          {choices}
        </>
      }
      hint={`Allowed: ${formatExact(min, INPUT_LOCALE)} to ${formatExact(max, INPUT_LOCALE)}`}
      why={why}
    />
  );
}
