import { DEFAULT_SCENARIO_ID } from '../facts/presets';
import {
  INPUT_KEYS,
  isDateInputKey,
  numberProblem,
  type InputKey,
  type Inputs,
} from '../model/inputs';
import { intervalCentre, isRangeKey, RANGE_KEYS, sameInterval, type Ranges } from '../model/ranges';
import type { ComparedScenario } from '../url/compare-query';
import type { Outcome } from '../model/reason';
import { scenarioPreset } from '../url/migrations';
import { parseQuery } from '../url/query';
import { otherReading } from '../i18n/parse-number';
import {
  commitFieldText,
  commitRangeText,
  readFieldText,
  readingOptions,
  readRangeText,
} from './field-text';
import type {
  AppState,
  CalculatorActions,
  CalculatorSlice,
  FieldNote,
  GetState,
  SetState,
  TypedFrom,
} from './state';

/** The default statement and its inputs, shown as the page shows it without a link. */
export function initialCalculator(): CalculatorSlice {
  return {
    scenarioId: DEFAULT_SCENARIO_ID,
    inputs: { ...scenarioPreset(DEFAULT_SCENARIO_ID).inputs },
    ranges: { ...scenarioPreset(DEFAULT_SCENARIO_ID).ranges },
    lang: null,
    theme: 'auto',
    embed: false,
    drafts: {},
    typedFrom: {},
    fieldNotes: {},
    notices: [],
    olderFigures: false,
    compare: null,
  };
}

/** The page's own scenario, as a comparison holds one: a copy, so neither side moves the other. */
function ownScenario(state: CalculatorSlice): ComparedScenario {
  return { scenarioId: state.scenarioId, inputs: { ...state.inputs }, ranges: { ...state.ranges } };
}

interface Values {
  inputs: Inputs;
  ranges: Ranges;
}

const MAX_DRAFT_PASSES = 3;

/**
 * Applies the drafts on top of the last good values: a draft that reads as a finished value within
 * bounds is taken (a ranged input's draft is read as a range); any other puts its field back to
 * what it was before the typing (`typedFrom`), so that a half-typed value never becomes a result.
 * Dates are checked against each other, so a start typed after the old count date waits until a
 * new count date frees it: passes repeat until nothing changes (two suffice).
 */
function applyDrafts(
  values: Values,
  drafts: Partial<Record<InputKey, string>>,
  typedFrom: CalculatorSlice['typedFrom'],
  locale: string,
): Values {
  let current: Values = { inputs: values.inputs, ranges: values.ranges };
  for (let pass = 0; pass < MAX_DRAFT_PASSES; pass += 1) {
    const inputs = { ...current.inputs };
    const ranges = { ...current.ranges };
    for (const key of INPUT_KEYS) {
      const text = drafts[key];
      if (text === undefined) continue;
      const before = typedFrom[key];
      if (isRangeKey(key) && ranges[key]) {
        const range = readRangeText(key, text, locale);
        if (range.ok) {
          ranges[key] = range.value;
          inputs[key] = intervalCentre(key, range.value);
        } else if (before?.range) {
          ranges[key] = before.range;
          inputs[key] = intervalCentre(key, before.range);
        }
        continue;
      }
      const read = readFieldText(key, text, inputs, locale);
      if (read.ok) Object.assign(inputs, { [key]: read.value });
      else if (before) Object.assign(inputs, { [key]: before.value });
    }
    const unchanged =
      INPUT_KEYS.every((key) => inputs[key] === current.inputs[key]) &&
      RANGE_KEYS.every((key) => sameInterval(ranges[key], current.ranges[key]));
    if (unchanged) return current;
    current = { inputs, ranges };
  }
  return current;
}

/** A record without `key`'s entry: the drafts, the notes. */
function without<T>(
  record: Partial<Record<InputKey, T>>,
  key: InputKey,
): Partial<Record<InputKey, T>> {
  const rest = { ...record };
  Reflect.deleteProperty(rest, key);
  return rest;
}

/** A field's value and range now, as typing in it begins. */
function typedFromNow(state: CalculatorSlice, key: InputKey): TypedFrom {
  return { value: state.inputs[key], range: isRangeKey(key) ? state.ranges[key] : undefined };
}

/**
 * What a field says after it took `text`: the bound it was clamped to, or the other reading of an
 * ambiguous number ("10.000" taken as 10; 10,000 offered) where that is a value the field takes.
 */
function noteFor(
  key: InputKey,
  text: string,
  clamped: FieldNote | null,
  locale: string,
): FieldNote | null {
  if (clamped || isDateInputKey(key)) return clamped;
  const other = otherReading(text, locale, readingOptions(key));
  return other !== null && numberProblem(key, other) === null
    ? { kind: 'other-reading', other }
    : null;
}

/**
 * What a field's text reads as, in the language on screen: a range for a ranged input, a value
 * otherwise. `readDraft('share', '120', state)` → above-max 100.
 */
export function readDraft(
  key: InputKey,
  text: string,
  { inputs, ranges, language }: Pick<AppState, 'inputs' | 'ranges' | 'language'>,
): Outcome<unknown> {
  return isRangeKey(key) && ranges[key]
    ? readRangeText(key, text, language.lang)
    : readFieldText(key, text, inputs, language.lang);
}

/**
 * The calculator's actions. Typed numbers are read in the language on screen, so that "43,56" is
 * 43.56 in Ukrainian and "6,700" is 6700 in English and Korean.
 */
export function calculatorActions(set: SetState, get: GetState): CalculatorActions {
  return {
    loadQuery: (search) => {
      const { state, notices, olderFigures } = parseQuery(search);
      set({
        ...state,
        compare: state.compare ?? null,
        drafts: {},
        fieldNotes: {},
        notices,
        olderFigures,
      });
    },
    selectScenario: (id) => {
      const preset = scenarioPreset(id);
      set({
        scenarioId: id,
        inputs: { ...preset.inputs },
        ranges: { ...preset.ranges },
        drafts: {},
        fieldNotes: {},
        olderFigures: false,
      });
    },
    setInput: (key, value) => {
      const ranges = { ...get().ranges };
      Reflect.deleteProperty(ranges, key);
      set({
        drafts: without(get().drafts, key),
        fieldNotes: without(get().fieldNotes, key),
        ranges,
        inputs: { ...get().inputs, [key]: value },
      });
    },
    setRange: (key, interval) => {
      const drafts = without(get().drafts, key);
      const fieldNotes = without(get().fieldNotes, key);
      const ranges = { ...get().ranges };
      if (interval === null) {
        Reflect.deleteProperty(ranges, key);
        set({ drafts, fieldNotes, ranges });
        return;
      }
      ranges[key] = interval;
      set({
        drafts,
        fieldNotes,
        ranges,
        inputs: { ...get().inputs, [key]: intervalCentre(key, interval) },
      });
    },
    typeInput: (key, text) => {
      const state = get();
      const drafts = { ...state.drafts, [key]: text };
      const typedFrom =
        state.drafts[key] === undefined
          ? { ...state.typedFrom, [key]: typedFromNow(state, key) }
          : state.typedFrom;
      set({
        drafts,
        typedFrom,
        fieldNotes: without(state.fieldNotes, key),
        ...applyDrafts(state, drafts, typedFrom, state.language.lang),
      });
    },
    leaveField: (key) => {
      const state = get();
      const text = state.drafts[key];
      if (text === undefined) return;
      const locale = state.language.lang;
      const drafts = without(state.drafts, key);
      if (isRangeKey(key) && state.ranges[key]) {
        const range = commitRangeText(key, text, locale);
        if (!range.ok) return;
        const note = range.value.clamped
          ? { kind: 'clamped' as const, ...range.value.clamped }
          : null;
        set({
          drafts,
          ranges: { ...state.ranges, [key]: range.value.value },
          inputs: { ...state.inputs, [key]: intervalCentre(key, range.value.value) },
          fieldNotes: note ? { ...state.fieldNotes, [key]: note } : state.fieldNotes,
        });
        return;
      }
      const taken = commitFieldText(key, text, state.inputs, locale);
      if (!taken.ok) return;
      const clamped = taken.value.clamped;
      const note = noteFor(
        key,
        text,
        clamped ? { kind: 'clamped', bound: clamped.bound, typed: Number(clamped.typed) } : null,
        locale,
      );
      set({
        drafts,
        inputs: { ...state.inputs, [key]: taken.value.value },
        fieldNotes: note ? { ...state.fieldNotes, [key]: note } : state.fieldNotes,
      });
    },
    setTheme: (theme) => {
      set({ theme });
    },
    setLang: (lang) => {
      set({ lang });
    },
    dismissNotices: () => {
      set({ notices: [] });
    },
    resetToDefaults: () => {
      const { lang, theme, embed } = get();
      set({ ...initialCalculator(), lang, theme, embed });
    },
    setCompare: (compare) => {
      set({ compare });
    },
    clearCompare: () => {
      set({ compare: null });
    },
    swapCompare: () => {
      const { compare } = get();
      if (!compare) return;
      set({
        ...compare,
        drafts: {},
        fieldNotes: {},
        olderFigures: false,
        compare: ownScenario(get()),
      });
    },
    loadCompare: () => {
      const { compare } = get();
      if (!compare) return;
      set({ ...compare, drafts: {}, fieldNotes: {}, olderFigures: false, compare: null });
    },
  };
}

/** The inputs that differ from the chosen scenario's (a value or a range), in field order. */
export function changedInputKeys(
  state: Pick<AppState, 'scenarioId' | 'inputs' | 'ranges'>,
): InputKey[] {
  const preset = scenarioPreset(state.scenarioId);
  const presetRanges: Ranges = preset.ranges ?? {};
  return INPUT_KEYS.filter(
    (key) =>
      state.inputs[key] !== preset.inputs[key] ||
      (isRangeKey(key) && !sameInterval(state.ranges[key], presetRanges[key])),
  );
}
