import { create } from 'zustand';
import { DEFAULT_SCENARIO_ID, presetById } from '../facts/presets';
import type { ScenarioId } from '../facts/types';
import { INPUT_KEYS, type InputKey, type Inputs } from '../model/inputs';
import {
  intervalCentre,
  isRangeKey,
  sameInterval,
  type Interval,
  type RangeKey,
  type Ranges,
} from '../model/ranges';
import type { ComparedScenario } from '../url/compare-query';
import type { Notice } from '../url/notice';
import { parseQuery, type QueryState } from '../url/query';
import type { Lang, Theme } from '../url/view-options';

export interface CalculatorState extends QueryState {
  /**
   * Text a person has typed and not yet left, by field; a field without a draft shows its input.
   * Typing is handled by `draft-actions.ts`, which loads with the fields.
   */
  drafts: Partial<Record<InputKey, string>>;
  /** What the page could not take from the link it was opened with. */
  notices: readonly Notice[];
  /** The link was an older version's, whose preset has newer figures (CONTRACT §3). */
  olderFigures: boolean;
  /** The scenario shown beside the page's in the comparison, or null when none is open. */
  compare: ComparedScenario | null;
  actions: CalculatorActions;
}

export interface CalculatorActions {
  /** Replaces the whole state with what a query string says, keeping its notices. */
  loadQuery: (search: string) => void;
  /** Sets every input to a published scenario's. */
  selectScenario: (id: ScenarioId) => void;
  /** Sets a value from a control that cannot be wrong (a slider, a preset button); exact from then on. */
  setInput: <K extends InputKey>(key: K, value: Inputs[K]) => void;
  /** Makes an input a 90% range, or exact again (at the range's centre) with null. */
  setRange: (key: RangeKey, interval: Interval | null) => void;
  setTheme: (theme: Theme) => void;
  setLang: (lang: Lang | null) => void;
  dismissNotices: () => void;
  /** The default statement and its inputs, keeping the view (language, theme, embed). */
  resetToDefaults: () => void;
  /** Opens or changes the comparison: `compare` is shown beside the page's figures. */
  setCompare: (compare: ComparedScenario) => void;
  /** Closes the comparison. */
  clearCompare: () => void;
  /** Swaps the page's figures with the compared ones. */
  swapCompare: () => void;
  /** Makes the compared figures the page's own and closes the comparison. */
  loadCompare: () => void;
}

function initialState(): Omit<CalculatorState, 'actions'> {
  return {
    scenarioId: DEFAULT_SCENARIO_ID,
    inputs: { ...presetById(DEFAULT_SCENARIO_ID).inputs },
    ranges: { ...presetById(DEFAULT_SCENARIO_ID).ranges },
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
function ownScenario(state: CalculatorState): ComparedScenario {
  return { scenarioId: state.scenarioId, inputs: { ...state.inputs }, ranges: { ...state.ranges } };
}

export const useCalculatorStore = create<CalculatorState>()((set, get) => ({
  ...initialState(),
  actions: {
    loadQuery: (search) => {
      const { state, notices, olderFigures } = parseQuery(search);
      set({ ...state, compare: state.compare ?? null, drafts: {}, notices, olderFigures });
    },
    selectScenario: (id) => {
      const preset = presetById(id);
      set({
        scenarioId: id,
        inputs: { ...preset.inputs },
        ranges: { ...preset.ranges },
        drafts: {},
        olderFigures: false,
      });
    },
    setInput: (key, value) => {
      const drafts = { ...get().drafts };
      Reflect.deleteProperty(drafts, key);
      const ranges = { ...get().ranges };
      Reflect.deleteProperty(ranges, key);
      set({ drafts, ranges, inputs: { ...get().inputs, [key]: value } });
    },
    setRange: (key, interval) => {
      const drafts = { ...get().drafts };
      Reflect.deleteProperty(drafts, key);
      const ranges = { ...get().ranges };
      if (interval === null) {
        Reflect.deleteProperty(ranges, key);
        set({ drafts, ranges });
        return;
      }
      ranges[key] = interval;
      set({ drafts, ranges, inputs: { ...get().inputs, [key]: intervalCentre(key, interval) } });
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
      set({ ...initialState(), lang, theme, embed });
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
  },
}));

/** Resets the store to the defaults; for tests and for "reset to defaults". */
export function resetCalculatorStore(): void {
  useCalculatorStore.setState(initialState());
}

/** The actions alone: they never change, so selecting them never re-renders. */
export function useCalculatorActions(): CalculatorActions {
  return useCalculatorStore((state) => state.actions);
}

/** The inputs that differ from the chosen scenario's (a value or a range), in field order. */
export function changedInputKeys(
  state: Pick<CalculatorState, 'scenarioId' | 'inputs' | 'ranges'>,
): InputKey[] {
  const preset = presetById(state.scenarioId);
  const presetRanges: Ranges = preset.ranges ?? {};
  return INPUT_KEYS.filter(
    (key) =>
      state.inputs[key] !== preset.inputs[key] ||
      (isRangeKey(key) && !sameInterval(state.ranges[key], presetRanges[key])),
  );
}
