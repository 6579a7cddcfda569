import { useId, type KeyboardEvent, type ReactNode } from 'react';
import { formatExact, formatInput } from '../../i18n/format';
import { formatInputRange } from '../../i18n/format-range';
import { otherReading } from '../../i18n/parse-number';
import {
  numberProblem,
  numberSpec,
  type NumberSpec,
  type NumericInputKey,
} from '../../model/inputs';
import { readingOptions } from '../../store/field-text';
import type { FieldNote } from '../../store/state';
import { isRangeKey, type Interval, type RangeKey } from '../../model/ranges';
import { useActions, useStore, useLang, useLaterMessages } from '../../store/store';
import { describedBy, FieldFrame, useField } from './field-frame';

interface NumberFieldProps {
  inputKey: NumericInputKey;
  /**
   * A slider over the values people usually try, or none (the descriptor's `slider`); the text
   * field still takes the full range.
   */
  slider: NumberSpec['slider'];
  /** Preset values offered as one-click choices. */
  choices?: ReactNode;
  /** Why the default is what it is, with its source. */
  why: ReactNode;
}

const BIG_STEP = 10;
/** As many decimals as a field shows (formatInput). */
const MAX_DECIMALS = 6;

function decimalsOf(value: number): number {
  const [, fraction = ''] = String(value).split('.');
  return fraction.length;
}

/**
 * The value after a key press, or null for a key that does not step: `stepped('shellKg', 43.56,
 * { key: 'ArrowUp' })` → 43.57 (no 43.570000000000001), clamped to the field's bounds.
 */
export function stepped(
  inputKey: NumericInputKey,
  value: number,
  event: Pick<KeyboardEvent, 'key' | 'shiftKey'>,
): number | null {
  const direction =
    event.key === 'ArrowUp' || event.key === 'PageUp'
      ? 1
      : event.key === 'ArrowDown' || event.key === 'PageDown'
        ? -1
        : 0;
  if (direction === 0) return null;
  const { step, min, max } = numberSpec(inputKey);
  const big = event.shiftKey || event.key === 'PageUp' || event.key === 'PageDown';
  const decimals = Math.min(MAX_DECIMALS, Math.max(decimalsOf(value), decimalsOf(step)));
  const next = Number((value + direction * step * (big ? BIG_STEP : 1)).toFixed(decimals));
  return Math.min(max, Math.max(min, next));
}

/** Two significant digits, the precision a first guess at a range deserves: 4467 → 4500. */
function roughly(value: number): number {
  return Number(value.toPrecision(2));
}

/**
 * The range a field starts with when switched to one: from two thirds to one and a half times
 * its value, roughly. `startingRange(6700)` → 4,500 to 10,000.
 */
function startingRange(value: number): Interval {
  const centre = value > 0 ? value : 1;
  return { low: roughly(centre / 1.5), high: roughly(centre * 1.5) };
}

/** The switch between an exact value and a 90% range, for the inputs that can be ranges. */
function RangeSwitch({ inputKey, range }: { inputKey: RangeKey; range: Interval | undefined }) {
  const words = useLaterMessages().assumptions;
  const { setRange } = useActions();
  const value = useStore((state) => state.inputs[inputKey]);
  return (
    <label className="range-switch">
      <input
        type="checkbox"
        role="switch"
        aria-label={words.rangeFor(words.labels[inputKey])}
        checked={range !== undefined}
        onChange={(event) => {
          setRange(inputKey, event.target.checked ? startingRange(value) : null);
        }}
      />
      {words.range}
    </label>
  );
}

/** Spaces of every width as one, for comparing what was typed with how a field writes it. */
function sameSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/**
 * Whether a field should say how it read `typed`: when it is not written as the field writes
 * the value (`formatted`), or has a comma, which groups thousands in English and Korean but marks
 * decimals in Ukrainian. `needsReading('6700', '6,700')` → true; `needsReading('448', '448')` → false.
 */
function needsReading(typed: string, formatted: string): boolean {
  return typed.includes(',') || sameSpaces(typed) !== sameSpaces(formatted);
}

/**
 * The other reading of the number in a field, where it is one the field takes and not its value:
 * of the text being typed, or of the text it took when last left (its note).
 */
function otherValue(
  inputKey: NumericInputKey,
  value: number,
  typed: { draft: string | undefined; problem: string | null; note: FieldNote | undefined },
  lang: string,
): number | null {
  const other =
    typed.draft !== undefined
      ? typed.problem === null
        ? otherReading(typed.draft, lang, readingOptions(inputKey))
        : null
      : typed.note?.kind === 'other-reading'
        ? typed.note.other
        : null;
  return other !== null && other !== value && numberProblem(inputKey, other) === null
    ? other
    : null;
}

/** A labelled numeric input (`name` = the contract key) with its unit, range, slider and source. */
export function NumberField({ inputKey, slider, choices, why }: NumberFieldProps) {
  const id = useId();
  const later = useLaterMessages();
  const words = later.assumptions;
  const lang = useLang();
  const { value, range, draft, problem, note, onChange, onBlur, setValue } = useField(inputKey);
  const { setRange } = useActions();
  const { min, max, step } = numberSpec(inputKey);
  const unit = words.units[inputKey];
  const formatted = range
    ? formatInputRange(range.low, range.high, lang)
    : formatInput(value, lang);
  const valueText = words.quantity(inputKey, range ? range.high : value, formatted);
  const other = otherValue(inputKey, value, { draft, problem, note }, lang);
  const clamped =
    draft === undefined && note?.kind === 'clamped'
      ? (note.bound === 'min' ? later.notices.belowMin : later.notices.aboveMax)(
          words.labels[inputKey],
          formatted,
        )
      : null;
  const readAs =
    clamped ??
    ((draft !== undefined && problem === null && needsReading(draft, formatted)) || other !== null
      ? words.readAs(valueText)
      : null);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // As leaving the field does: a good value is shown formatted, a refused one stays to correct.
      onBlur();
      return;
    }
    if (event.key === 'Escape') {
      // Back to the value the results use, dropping what was typed.
      if (draft !== undefined) {
        event.preventDefault();
        if (range && isRangeKey(inputKey)) setRange(inputKey, range);
        else setValue(value);
      }
      return;
    }
    // A range is typed; the arrow keys step exact values only.
    if (event.altKey || event.ctrlKey || event.metaKey || range) return;
    // Stepping starts from a number: while the text is refused, the keys move the caret as usual.
    if (problem !== null) return;
    const next = stepped(inputKey, value, event);
    if (next === null) return;
    event.preventDefault();
    if (next !== value || draft !== undefined) setValue(next);
  };

  return (
    <FieldFrame
      id={id}
      inputKey={inputKey}
      problem={problem}
      valueText={valueText}
      readAs={readAs}
      otherReading={
        other === null
          ? null
          : {
              label: words.didYouMean(words.quantity(inputKey, other, formatExact(other, lang))),
              use: () => {
                setValue(other);
              },
            }
      }
      aside={isRangeKey(inputKey) ? <RangeSwitch inputKey={inputKey} range={range} /> : null}
      entry={
        <>
          <input
            id={id}
            name={inputKey}
            className={range ? 'is-range' : undefined}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={draft ?? formatted}
            aria-invalid={problem ? true : undefined}
            aria-describedby={describedBy(id)}
            onChange={(event) => {
              onChange(event.target.value);
            }}
            onKeyDown={onKeyDown}
            onBlur={onBlur}
          />
          <span className="field-unit">{unit}</span>
        </>
      }
      extras={
        <>
          {slider && !range ? (
            <input
              className="field-slider"
              type="range"
              aria-label={words.slider(words.labels[inputKey])}
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
      hint={
        range ? (
          words.rangeHint(formatExact(max, lang))
        ) : (
          <>
            {words.allowed(formatExact(min, lang), formatExact(max, lang))}
            <span className="visually-hidden">
              {words.arrows(formatExact(step, lang), formatExact(step * BIG_STEP, lang))}
            </span>
          </>
        )
      }
      why={why}
    />
  );
}
