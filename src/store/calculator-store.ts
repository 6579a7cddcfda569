import { create } from 'zustand';
import { DEFAULT_SCENARIO_ID, presetById } from '../facts/presets';
import type { ScenarioId } from '../facts/types';
import { INPUT_KEYS, type InputKey, type Inputs } from '../model/inputs';
import type { Notice } from '../url/notice';
import { parseQuery, type QueryState } from '../url/query';
import type { Lang, Theme } from '../url/view-options';
import { readFieldText } from './field-text';

/** The locale used to read typed numbers until the interface has more languages. */
export const INPUT_LOCALE = 'en';

export interface CalculatorState extends QueryState {
  /** Text a person has typed and not yet left, by field; a field without a draft shows its input. */
  drafts: Partial<Record<InputKey, string>>;
  /** What the page could not take from the link it was opened with. */
  notices: readonly Notice[];
  actions: CalculatorActions;
}

export interface CalculatorActions {
  /** Replaces the whole state with what a query string says, keeping its notices. */
  loadQuery: (search: string) => void;
  /** Sets every input to a published scenario's. */
  selectScenario: (id: ScenarioId) => void;
  /** Takes text typed in a field: a valid value updates the inputs, an invalid one stays a draft. */
  typeInput: (key: InputKey, text: string) => void;
  /** Sets a value from a control that cannot be wrong (a slider, a preset button). */
  setInput: <K extends InputKey>(key: K, value: Inputs[K]) => void;
  /** Leaves a field: a valid draft is dropped so the field shows its value formatted. */
  leaveField: (key: InputKey) => void;
  setTheme: (theme: Theme) => void;
  setLang: (lang: Lang | null) => void;
  dismissNotices: () => void;
  /** The default statement and its inputs, keeping the view (language, theme, embed). */
  resetToDefaults: () => void;
}

function initialState(): Omit<CalculatorState, 'actions'> {
  return {
    scenarioId: DEFAULT_SCENARIO_ID,
    inputs: { ...presetById(DEFAULT_SCENARIO_ID).inputs },
    lang: null,
    theme: 'auto',
    embed: false,
    drafts: {},
    notices: [],
  };
}

const MAX_DRAFT_PASSES = 3;

/**
 * Applies every draft that reads as valid on top of the last good inputs. Dates are checked against
 * each other, so a start typed after the old count date waits until a new count date frees it:
 * passes repeat until nothing changes (two suffice for the two dates).
 */
function applyDrafts(inputs: Inputs, drafts: CalculatorState['drafts']): Inputs {
  let current = inputs;
  for (let pass = 0; pass < MAX_DRAFT_PASSES; pass += 1) {
    const next = { ...current };
    for (const key of INPUT_KEYS) {
      const text = drafts[key];
      if (text === undefined) continue;
      const read = readFieldText(key, text, next, INPUT_LOCALE);
      if (read.ok) Object.assign(next, { [key]: read.value });
    }
    if (INPUT_KEYS.every((key) => next[key] === current[key])) return next;
    current = next;
  }
  return current;
}

export const useCalculatorStore = create<CalculatorState>()((set, get) => ({
  ...initialState(),
  actions: {
    loadQuery: (search) => {
      const { state, notices } = parseQuery(search);
      set({ ...state, drafts: {}, notices });
    },
    selectScenario: (id) => {
      set({ scenarioId: id, inputs: { ...presetById(id).inputs }, drafts: {} });
    },
    typeInput: (key, text) => {
      const drafts = { ...get().drafts, [key]: text };
      set({ drafts, inputs: applyDrafts(get().inputs, drafts) });
    },
    setInput: (key, value) => {
      const drafts = { ...get().drafts };
      Reflect.deleteProperty(drafts, key);
      set({ drafts, inputs: { ...get().inputs, [key]: value } });
    },
    leaveField: (key) => {
      const { drafts, inputs } = get();
      const text = drafts[key];
      if (text === undefined || !readFieldText(key, text, inputs, INPUT_LOCALE).ok) return;
      const rest = { ...drafts };
      Reflect.deleteProperty(rest, key);
      set({ drafts: rest });
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

/** The inputs that differ from the chosen scenario's, in field order; empty when unmodified. */
export function changedInputKeys(
  state: Pick<CalculatorState, 'scenarioId' | 'inputs'>,
): InputKey[] {
  const preset = presetById(state.scenarioId).inputs;
  return INPUT_KEYS.filter((key) => state.inputs[key] !== preset[key]);
}
