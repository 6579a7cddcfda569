import { DEFAULT_SCENARIO_ID } from '../facts/presets';
import { INPUT_KEYS, type InputKey, type Inputs } from '../model/inputs';
import { intervalCentre, isRangeKey, RANGE_KEYS, sameInterval, type Ranges } from '../model/ranges';
import type { ComparedScenario } from '../url/compare-query';
import type { Outcome } from '../model/reason';
import { scenarioPreset } from '../url/migrations';
import { parseQuery } from '../url/query';
import { readFieldText, readRangeText } from './field-text';
import type { AppState, CalculatorActions, CalculatorSlice, GetState, SetState } from './state';

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
 * Applies every draft that reads as valid on top of the last good values; a ranged input's draft
 * is read as a range. Dates are checked against each other, so a start typed after the old count
 * date waits until a new count date frees it: passes repeat until nothing changes (two suffice).
 */
function applyDrafts(
  values: Values,
  drafts: Partial<Record<InputKey, string>>,
  locale: string,
): Values {
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

/** Drafts without `key`'s. */
function withoutDraft(drafts: CalculatorSlice['drafts'], key: InputKey): CalculatorSlice['drafts'] {
  const rest = { ...drafts };
  Reflect.deleteProperty(rest, key);
  return rest;
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
      set({ ...state, compare: state.compare ?? null, drafts: {}, notices, olderFigures });
    },
    selectScenario: (id) => {
      const preset = scenarioPreset(id);
      set({
        scenarioId: id,
        inputs: { ...preset.inputs },
        ranges: { ...preset.ranges },
        drafts: {},
        olderFigures: false,
      });
    },
    setInput: (key, value) => {
      const ranges = { ...get().ranges };
      Reflect.deleteProperty(ranges, key);
      set({
        drafts: withoutDraft(get().drafts, key),
        ranges,
        inputs: { ...get().inputs, [key]: value },
      });
    },
    setRange: (key, interval) => {
      const drafts = withoutDraft(get().drafts, key);
      const ranges = { ...get().ranges };
      if (interval === null) {
        Reflect.deleteProperty(ranges, key);
        set({ drafts, ranges });
        return;
      }
      ranges[key] = interval;
      set({ drafts, ranges, inputs: { ...get().inputs, [key]: intervalCentre(key, interval) } });
    },
    typeInput: (key, text) => {
      const state = get();
      const drafts = { ...state.drafts, [key]: text };
      set({ drafts, ...applyDrafts(state, drafts, state.language.lang) });
    },
    leaveField: (key) => {
      const text = get().drafts[key];
      if (text === undefined || !readDraft(key, text, get()).ok) return;
      set({ drafts: withoutDraft(get().drafts, key) });
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
      set({ ...compare, drafts: {}, olderFigures: false, compare: ownScenario(get()) });
    },
    loadCompare: () => {
      const { compare } = get();
      if (!compare) return;
      set({ ...compare, drafts: {}, olderFigures: false, compare: null });
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
