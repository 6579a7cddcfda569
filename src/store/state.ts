import type { StoreApi } from 'zustand';
import type { ScenarioId } from '../facts/presets';
import type { FirstMessages, LaterMessages } from '../i18n/catalogue';
import type { InputKey, Inputs } from '../model/inputs';
import type { Interval, RangeKey } from '../model/ranges';
import type { Evaluation } from '../model/evaluate';
import type { ComparedScenario } from '../url/compare-query';
import type { Notice } from '../url/notice';
import type { QueryState } from '../url/query';
import type { Lang, Theme } from '../url/view-options';

/** What a field has to say about the value it took when the reader left it. */
export type FieldNote =
  /** What was typed was beyond the field's bounds: the bound is used (`typed` as read). */
  | { kind: 'clamped'; bound: 'min' | 'max'; typed: number | Interval }
  /** What was typed could also be read another way ("10.000": 10, or ten thousand?). */
  | { kind: 'other-reading'; other: number };

/** A field's value (or range) as it was when the reader began to type in it. */
export interface TypedFrom {
  value: number | string;
  range: Interval | undefined;
}

/** What the reader set: the link's state, what they are typing, and what the link could not say. */
export interface CalculatorSlice extends QueryState {
  /** Text a person has typed and not yet left, by field; a field without a draft shows its input. */
  drafts: Partial<Record<InputKey, string>>;
  /**
   * Each draft's field as it was before the typing began: what the results use while the draft is
   * unfinished, refused or out of bounds (a half-typed value never becomes a result).
   */
  typedFrom: Partial<Record<InputKey, TypedFrom>>;
  /** What each field says about the value it took when last left; cleared when it changes again. */
  fieldNotes: Partial<Record<InputKey, FieldNote>>;
  /** What the page could not take from the link it was opened with. */
  notices: readonly Notice[];
  /** The link was an older version's, whose preset has newer figures (CONTRACT §3). */
  olderFigures: boolean;
  /** The scenario shown beside the page's in the comparison, or null when none is open. */
  compare: ComparedScenario | null;
}

/** The language on screen and its messages. */
export interface LanguageSlice {
  language: {
    /** The language on screen: its messages below are loaded. */
    lang: Lang;
    first: FirstMessages;
    /** Null until the parts after the first results ask for it (`ensureLater`). */
    later: LaterMessages | null;
  };
  /** A language whose messages are loading to be shown; null when the one on screen is final. */
  pendingLang: Lang | null;
  /**
   * The language of the article that embeds the page (its `<html lang>`, as embed.js tells it),
   * followed when the link names none; null when not embedded or not told.
   */
  articleLang: string | null;
}

/** Sampled results of one scenario, tagged with the inputs and ranges they are for. */
export interface SampledSnapshot {
  /** The inputs and ranges sampled, as `samplingKey` writes them. */
  key: string;
  results: Evaluation;
}

/** The newest sampled results of the page's scenario and of the compared one (CONTRACT §2). */
export interface SampledSlice {
  sampled: { page: SampledSnapshot | null; compare: SampledSnapshot | null };
  /**
   * The parts of the page that show results (`[data-result]`), each with the inputs and ranges its
   * figures are final for (as `samplingKey` writes them), or null while they are not final.
   */
  shown: Partial<Record<ResultPart, string | null>>;
}

/** The parts of the page that show results and say when they are final (CONTRACT §6 "Settled"). */
export type ResultPart = 'headline' | 'details';

export interface CalculatorActions {
  /** Replaces the whole state with what a query string says, keeping its notices. */
  loadQuery: (search: string) => void;
  /** Sets every input to a published scenario's. */
  selectScenario: (id: ScenarioId) => void;
  /** Sets a value from a control that cannot be wrong (a slider, a preset button); exact from then on. */
  setInput: <K extends InputKey>(key: K, value: Inputs[K]) => void;
  /** Makes an input a 90% range, or exact again (at the range's centre) with null. */
  setRange: (key: RangeKey, interval: Interval | null) => void;
  /**
   * Takes text typed in a field: a finished value within bounds updates the inputs; anything else
   * stays a draft while the results use the field's value from before the typing.
   * `typeInput('containers', '10,000')` → containers 10,000; `typeInput('share', '150')` → a draft,
   * share back at its value before the typing.
   */
  typeInput: (key: InputKey, text: string) => void;
  /**
   * Leaves a field (or Enter): the draft is taken, a number beyond the bounds clamped to the bound
   * with a note, and the field shows its value formatted; text that is no number stays to correct.
   */
  leaveField: (key: InputKey) => void;
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

export interface LanguageActions {
  /** Loads `lang`'s messages (the later ones too once they are in use) and shows them; the last call wins. */
  showLanguage: (lang: Lang) => Promise<void>;
  /** Loads the later messages of the language on screen, once; the later parts' loader awaits it. */
  ensureLater: () => Promise<void>;
  /** Follows the embedding article's language (a tag such as `ko-KR`) when the link names none. */
  followArticle: (tag: string) => void;
}

export interface SampledActions {
  /** Makes a sampling's results the newest of the page's scenario or of the compared one. */
  publishSampled: (side: keyof SampledSlice['sampled'], snapshot: SampledSnapshot) => void;
  /** Says which inputs a part's figures are final for (null: not final); undefined: unmounted. */
  reportShown: (part: ResultPart, key: string | null | undefined) => void;
}

export type Actions = CalculatorActions & LanguageActions & SampledActions;

/** The one store of the page (zustand's guides: one store, actions inside it, slices apart). */
export type AppState = CalculatorSlice & LanguageSlice & SampledSlice & { actions: Actions };

export type SetState = StoreApi<AppState>['setState'];
export type GetState = StoreApi<AppState>['getState'];
