import { INPUT_KEYS, type InputKey, type Inputs } from '../model/inputs';
import { intervalCentre, isRangeKey, RANGE_KEYS, sameInterval, type Ranges } from '../model/ranges';
import type { Outcome } from '../model/reason';
import type { Lang } from '../url/view-options';
import { useCalculatorStore } from './calculator-store';
import { readFieldText, readRangeText } from './field-text';
import { useLanguageStore } from './language-store';

/**
 * Typing into the assumption fields. These actions live outside the store (as zustand's guides
 * allow), so that reading typed numbers loads with the fields, after the first results.
 */

/**
 * The locale typed numbers are read in: the language on screen, so that "43,56" is 43.56 in
 * Ukrainian and "6,700" is 6700 in English and Korean.
 */
export function inputLocale(): Lang {
  return useLanguageStore.getState().lang;
}

interface Values {
  inputs: Inputs;
  ranges: Ranges;
}

/** What a field's text reads as: a range for a ranged input, a value otherwise. */
export function readDraft(
  key: InputKey,
  text: string,
  { inputs, ranges }: Values,
): Outcome<unknown> {
  const locale = inputLocale();
  return isRangeKey(key) && ranges[key]
    ? readRangeText(key, text, locale)
    : readFieldText(key, text, inputs, locale);
}

const MAX_DRAFT_PASSES = 3;

/**
 * Applies every draft that reads as valid on top of the last good values; a ranged input's draft
 * is read as a range. Dates are checked against each other, so a start typed after the old count
 * date waits until a new count date frees it: passes repeat until nothing changes (two suffice).
 */
function applyDrafts(values: Values, drafts: Partial<Record<InputKey, string>>): Values {
  const locale = inputLocale();
  let current: Values = { inputs: values.inputs, ranges: values.ranges };
  for (let pass = 0; pass < MAX_DRAFT_PASSES; pass += 1) {
    const inputs = { ...current.inputs };
    const ranges = { ...current.ranges };
    for (const key of INPUT_KEYS) {
      const text = drafts[key];
      if (text === undefined) continue;
      if (isRangeKey(key) && ranges[key]) {
        const range = readRangeText(key, text, locale);
        if (range.ok) {
          ranges[key] = range.value;
          inputs[key] = intervalCentre(key, range.value);
        }
        continue;
      }
      const read = readFieldText(key, text, inputs, locale);
      if (read.ok) Object.assign(inputs, { [key]: read.value });
    }
    const unchanged =
      INPUT_KEYS.every((key) => inputs[key] === current.inputs[key]) &&
      RANGE_KEYS.every((key) => sameInterval(ranges[key], current.ranges[key]));
    if (unchanged) return current;
    current = { inputs, ranges };
  }
  return current;
}

/**
 * Takes text typed in a field: a valid value updates the inputs, an invalid one stays a draft.
 * `typeInput('containers', '10,000')` → containers 10,000; `typeInput('share', 'abc')` → a draft only.
 */
export function typeInput(key: InputKey, text: string): void {
  const state = useCalculatorStore.getState();
  const drafts = { ...state.drafts, [key]: text };
  useCalculatorStore.setState({ drafts, ...applyDrafts(state, drafts) });
}

/** Leaves a field: a valid draft is dropped so the field shows its value formatted. */
export function leaveField(key: InputKey): void {
  const state = useCalculatorStore.getState();
  const text = state.drafts[key];
  if (text === undefined || !readDraft(key, text, state).ok) return;
  const rest = { ...state.drafts };
  Reflect.deleteProperty(rest, key);
  useCalculatorStore.setState({ drafts: rest });
}
