import { DEFAULT_SCENARIO_ID, isScenarioId, presetById } from '../facts/presets';
import type { ScenarioId } from '../facts/types';
import { parseIsoDate } from '../model/calendar';
import {
  INPUT_BOUNDS,
  INPUT_KEYS,
  NUMERIC_INPUT_KEYS,
  type Inputs,
  type NumericInputKey,
} from '../model/inputs';
import {
  intervalCentre,
  intervalProblem,
  RANGE_KEYS,
  sameInterval,
  type Interval,
  type RangeKey,
  type Ranges,
} from '../model/ranges';
import {
  COMPARE_KEY,
  parseCompare,
  stringifyCompare,
  type ComparedScenario,
} from './compare-query';
import type { Notice } from './notice';
import { isOneOf, LANGS, THEMES, type Lang, type Theme } from './view-options';

/**
 * The schema version this code writes; links without `v` mean version 1 (CONTRACT §3). Version 2
 * gave `osc-2025-04` its published range of shells per container; in version 1 every preset was
 * exact, so a version 1 link keeps the exact values (`presetRangesOf`).
 */
export const SCHEMA_VERSION = 2;

type SchemaVersion = 1 | 2;

/** A preset's ranges as a link of that version reads them: none before version 2. */
function presetRangesOf(scenarioId: ScenarioId, version: SchemaVersion): Ranges {
  return version === 1 ? {} : (presetById(scenarioId).ranges ?? {});
}

/** Everything a link fixes: the scenario, every input and how the page is shown. */
export interface QueryState {
  scenarioId: ScenarioId;
  inputs: Inputs;
  /** The inputs given as 90% ranges (CONTRACT §2); for these, `inputs` holds the range's centre. */
  ranges: Ranges;
  /** Null when the link names no language: the page follows the browser. */
  lang: Lang | null;
  theme: Theme;
  embed: boolean;
  /** A second scenario shown beside this one (`compare=`); null or absent when none is open. */
  compare?: ComparedScenario | null;
}

const VIEW_KEYS = ['v', 'scenario', 'lang', 'theme', 'embed'] as const;
const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([...VIEW_KEYS, ...INPUT_KEYS, COMPARE_KEY]);

/**
 * A plain decimal number as the contract writes them: `.` for decimals, no grouping, optional exponent.
 * Each digit can be matched one way only (`\d+(\.\d*)?`, not `\d+\.?\d*`), so that a long run of
 * digits followed by a stray character is refused in linear time, not quadratic.
 */
const URL_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

interface Parsed<T> {
  value: T;
  notice?: Notice;
}

/**
 * Reads one numeric parameter: malformed → the fallback, out of range (or too large to represent) →
 * the nearest bound. `parseNumberParam('share', '120', 100)` → `{ value: 100, notice: clamped }`.
 */
function parseNumberParam(key: NumericInputKey, raw: string, fallback: number): Parsed<number> {
  if (!URL_NUMBER.test(raw)) {
    return { value: fallback, notice: { kind: 'not-a-number', key, raw, used: fallback } };
  }
  const { min, max } = INPUT_BOUNDS[key];
  const value = Number(raw);
  if (value < min)
    return { value: min, notice: { kind: 'clamped', key, raw, used: min, bound: 'min' } };
  if (value > max)
    return { value: max, notice: { kind: 'clamped', key, raw, used: max, bound: 'max' } };
  // `-0` and `0e5` are zero; normalise so that the link writes `0`.
  return { value: value === 0 ? 0 : value };
}

/** A range as the contract writes it: two plain numbers joined by `..`. */
const URL_RANGE = /^([^.]*(?:\.[^.]+)?)\.\.(.*)$/;

/** What an input of the preset was, for a notice: its range or its value. */
type PresetValue = number | Interval;

/**
 * Reads a range parameter `low..high`: a malformed end → the preset's value; an end beyond the
 * input's maximum → the maximum; low not above 0 or not below high → refused, the preset's value.
 * `parseRangeParam('containers', '6700..13000', …)` → `{ value: { low: 6700, high: 13000 } }`.
 */
function parseRangeParam(
  key: RangeKey,
  raw: string,
  fallback: PresetValue,
): Parsed<PresetValue> | null {
  const match = URL_RANGE.exec(raw);
  if (!match) return null;
  const [lowText = '', highText = ''] = [match[1], match[2]];
  if (!URL_NUMBER.test(lowText) || !URL_NUMBER.test(highText)) {
    return { value: fallback, notice: { kind: 'not-a-number', key, raw, used: fallback } };
  }
  const { min, max } = INPUT_BOUNDS[key];
  const [low, high] = [Number(lowText), Number(highText)];
  // Ends outside the valid values are clamped, as single values are; a low end of 0 or below
  // stays, to be refused: a lognormal has no such values.
  const interval = { low: low > 0 ? Math.max(min, low) : low, high: Math.min(max, high) };
  const problem = intervalProblem(key, interval);
  if (problem) {
    return {
      value: fallback,
      notice: {
        kind: 'range-refused',
        key,
        raw,
        used: fallback,
        why: problem.kind === 'range-not-positive' ? 'not-positive' : 'not-increasing',
      },
    };
  }
  if (high > max) {
    return { value: interval, notice: { kind: 'clamped', key, raw, used: interval, bound: 'max' } };
  }
  return interval.low !== low
    ? { value: interval, notice: { kind: 'clamped', key, raw, used: interval, bound: 'min' } }
    : { value: interval };
}

function parseDateParam(key: 'start' | 'end', raw: string, fallback: string): Parsed<string> {
  return parseIsoDate(raw).ok
    ? { value: raw }
    : { value: fallback, notice: { kind: 'not-a-date', key, raw, used: fallback } };
}

function parseOption<T extends string>(
  key: string,
  raw: string,
  options: readonly T[],
  fallback: T,
): Parsed<T> {
  return isOneOf(options, raw)
    ? { value: raw }
    : { value: fallback, notice: { kind: 'unknown-option', key, raw, used: fallback } };
}

/** Day number of a date that has already been checked. */
function dayOf(date: string): number {
  const day = parseIsoDate(date);
  return day.ok ? day.value : Number.NaN;
}

/**
 * Reads a query string into a valid state and the notices for every parameter it could not take
 * as given; it never throws. `parseQuery('?containers=10000&daily=abc')` → containers 10,000,
 * daily 10,000 (the default) and one `not-a-number` notice for `daily`.
 */
export function parseQuery(search: string): {
  state: QueryState;
  notices: Notice[];
  /** True when a version 1 link kept figures that a newer version of its preset has changed. */
  olderFigures: boolean;
} {
  const params = new URLSearchParams(search);
  const notices: Notice[] = [];
  const first = (key: string): string | undefined => params.get(key) ?? undefined;

  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (!KNOWN_KEYS.has(key)) notices.push({ kind: 'unknown-key', key });
    else if (params.getAll(key).length > 1) {
      notices.push({ kind: 'duplicate-key', key, used: params.get(key) ?? '' });
    }
  }

  const rawVersion = first('v');
  // A version from the future is read as the newest this code knows.
  let version: SchemaVersion = SCHEMA_VERSION;
  if (rawVersion === undefined || rawVersion === '1') version = 1;
  else if (rawVersion !== String(SCHEMA_VERSION)) {
    notices.push({ kind: 'unknown-version', key: 'v', raw: rawVersion });
  }

  const take = <T>(parsed: Parsed<T>): T => {
    if (parsed.notice) notices.push(parsed.notice);
    return parsed.value;
  };

  const rawScenario = first('scenario');
  const scenarioId =
    rawScenario === undefined
      ? DEFAULT_SCENARIO_ID
      : isScenarioId(rawScenario)
        ? rawScenario
        : take<ScenarioId>({
            value: DEFAULT_SCENARIO_ID,
            notice: {
              kind: 'unknown-option',
              key: 'scenario',
              raw: rawScenario,
              used: DEFAULT_SCENARIO_ID,
            },
          });
  const preset = presetById(scenarioId).inputs;
  const inputs: Inputs = { ...preset };
  const presetRanges = presetRangesOf(scenarioId, version);
  const ranges: Ranges = { ...presetRanges };

  for (const key of NUMERIC_INPUT_KEYS) {
    const raw = first(key);
    if (raw === undefined) continue;
    const isRangeKey = (RANGE_KEYS as readonly string[]).includes(key);
    const rangeKey = key as RangeKey;
    const range = isRangeKey
      ? parseRangeParam(rangeKey, raw, presetRanges[rangeKey] ?? preset[key])
      : null;
    if (range === null) {
      const single = parseNumberParam(key, raw, preset[key]);
      const presetRange = isRangeKey ? presetRanges[rangeKey] : undefined;
      if (single.notice?.kind === 'not-a-number' && presetRange) {
        // Malformed: the preset's own value stands, and for a ranged preset that is its range.
        notices.push({ ...single.notice, used: presetRange });
        continue;
      }
      inputs[key] = take(single);
      Reflect.deleteProperty(ranges, key);
      continue;
    }
    const value = take(range);
    if (typeof value === 'number') {
      inputs[key] = value;
      Reflect.deleteProperty(ranges, key);
    } else {
      ranges[rangeKey] = value;
      inputs[key] = intervalCentre(rangeKey, value);
    }
  }
  // A version 1 link to a preset that has since gained ranges keeps its exact values, with a note.
  const olderFigures =
    version === 1 &&
    RANGE_KEYS.some(
      (key) => presetRangesOf(scenarioId, SCHEMA_VERSION)[key] && first(key) === undefined,
    );

  const rawStart = first('start');
  const rawEnd = first('end');
  if (rawStart !== undefined) inputs.start = take(parseDateParam('start', rawStart, preset.start));
  if (rawEnd !== undefined) inputs.end = take(parseDateParam('end', rawEnd, preset.end));
  if (
    dayOf(inputs.end) <= dayOf(inputs.start) &&
    rawEnd !== undefined &&
    inputs.end !== preset.end
  ) {
    notices.push({
      kind: 'end-not-after-start',
      key: 'end',
      raw: rawEnd,
      used: preset.end,
      start: inputs.start,
    });
    inputs.end = preset.end;
  }
  if (dayOf(inputs.end) <= dayOf(inputs.start)) {
    // Only a given start can get here: the preset's own dates are in order.
    notices.push({
      kind: 'start-not-before-end',
      key: 'start',
      raw: rawStart ?? '',
      used: preset.start,
      end: inputs.end,
    });
    inputs.start = preset.start;
  }

  const rawLang = first('lang');
  // An unknown language is no choice at all: the page follows the browser, as without `lang`.
  let lang: Lang | null = null;
  if (rawLang !== undefined && isOneOf(LANGS, rawLang)) lang = rawLang;
  else if (rawLang !== undefined) {
    notices.push({ kind: 'unknown-option', key: 'lang', raw: rawLang, used: 'en' });
  }
  const rawTheme = first('theme');
  const rawEmbed = first('embed');
  const rawCompare = first(COMPARE_KEY);
  const compare =
    rawCompare === undefined ? null : parseCompare(rawCompare, String(version), parseQuery);
  if (compare) notices.push(...compare.notices);
  return {
    state: {
      scenarioId,
      inputs,
      ranges,
      lang,
      theme: rawTheme === undefined ? 'auto' : take(parseOption('theme', rawTheme, THEMES, 'auto')),
      embed:
        rawEmbed === undefined
          ? false
          : take(parseOption('embed', rawEmbed, ['0', '1'], '0')) === '1',
      // Only a link with a comparison has the key, so states without one read as before.
      ...(compare ? { compare: compare.value } : {}),
    },
    notices,
    olderFigures,
  };
}

/**
 * Writes a state as the canonical query string: schema version first, then only what differs from
 * the defaults and the scenario's values, a range as `low..high`. `stringifyQuery(default state)`
 * → `''`; June 2024 → `'?v=2&scenario=shin-2024-06'`.
 */
export function stringifyQuery(state: QueryState): string {
  const params = new URLSearchParams();
  if (state.scenarioId !== DEFAULT_SCENARIO_ID) params.set('scenario', state.scenarioId);
  const preset = presetById(state.scenarioId).inputs;
  const presetRanges = presetRangesOf(state.scenarioId, SCHEMA_VERSION);
  for (const key of INPUT_KEYS) {
    const range = (RANGE_KEYS as readonly string[]).includes(key)
      ? { own: state.ranges[key as RangeKey], preset: presetRanges[key as RangeKey] }
      : { own: undefined, preset: undefined };
    if (range.own) {
      if (!sameInterval(range.own, range.preset)) {
        params.set(key, `${String(range.own.low)}..${String(range.own.high)}`);
      }
    } else if (range.preset || state.inputs[key] !== preset[key]) {
      params.set(key, String(state.inputs[key]));
    }
  }
  if (state.lang !== null) params.set('lang', state.lang);
  if (state.theme !== 'auto') params.set('theme', state.theme);
  if (state.embed) params.set('embed', '1');
  if (state.compare) {
    params.set(
      COMPARE_KEY,
      stringifyCompare(state.compare, (scenario) =>
        stringifyQuery({ ...scenario, lang: null, theme: 'auto', embed: false }),
      ),
    );
  }
  if (params.size === 0) return '';
  return `?v=${SCHEMA_VERSION}&${params.toString()}`;
}
