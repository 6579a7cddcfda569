import type { ScenarioId } from '../facts/presets';
import { INPUT_KEYS, type Inputs } from '../model/inputs';
import type { Ranges } from '../model/ranges';
import type { Notice } from './notice';

/**
 * The one parameter that holds a second scenario to compare with (our addition to CONTRACT §3):
 * its own query string, URL-encoded, read by the same rules as the page's,
 * `?containers=12000&compare=scenario%3Dshin-2024-06`.
 */
export const COMPARE_KEY = 'compare';

/** The scenario a comparison puts beside the page's: what a link fixes of the model, no view. */
export interface ComparedScenario {
  scenarioId: ScenarioId;
  inputs: Inputs;
  ranges: Ranges;
}

/** What a compared scenario may say: a version, a statement and the inputs; nothing else. */
const INNER_KEYS: ReadonlySet<string> = new Set<string>(['v', 'scenario', ...INPUT_KEYS]);

/** How a notice names a parameter inside `compare`: `compareNoticeKey('daily')` → "compare: daily". */
export function compareNoticeKey(key: string): string {
  return `${COMPARE_KEY}: ${key}`;
}

/** Reads a query string into a scenario and its notices: `parseQuery`, kept to the model. */
export type ParseScenario = (search: string) => { state: ComparedScenario; notices: Notice[] };

/**
 * Reads the value of `compare` with the page's own rules (`parse` is `parseQuery`): malformed
 * values fall back to the compared statement's, ranges are allowed, and every notice names
 * `compare` and the inner key. Language, theme, embedding and a nested `compare` belong to the
 * page, not to the scenario: they are ignored, with a notice. Without its own `v`, the scenario
 * is read in the version of the link around it. `parseCompare('containers%3Dabc', '2', parseQuery)`
 * → the default statement and a `not-a-number` notice for "compare: containers".
 */
export function parseCompare(
  raw: string,
  version: string,
  parse: ParseScenario,
): { value: ComparedScenario; notices: Notice[] } {
  const given = new URLSearchParams(raw);
  const inner = new URLSearchParams();
  const notices: Notice[] = [];
  const ignored = new Set<string>();
  for (const [key, value] of given) {
    if (INNER_KEYS.has(key)) inner.append(key, value);
    else if (!ignored.has(key)) {
      ignored.add(key);
      notices.push({ kind: 'unknown-key', key: compareNoticeKey(key) });
    }
  }
  if (!inner.has('v')) inner.set('v', version);
  const parsed = parse(`?${inner.toString()}`);
  const { scenarioId, inputs, ranges } = parsed.state;
  return {
    value: { scenarioId, inputs, ranges },
    notices: [
      ...notices,
      ...parsed.notices.map((notice) => ({ ...notice, key: compareNoticeKey(notice.key) })),
    ],
  };
}

/**
 * Writes a compared scenario as the value of `compare`: its canonical query string (`stringify`
 * is `stringifyQuery`), always with its statement, so that a reader of the link sees what B is,
 * and without its version when the link around it carries the same one (`outerVersion`); a B
 * written in another version keeps its own, so that it reads back as it is. June 2024 →
 * `'scenario=shin-2024-06'`; February 2024 with more containers →
 * `'scenario=shin-2024-02&containers=8000'`; a version 2 statement beside a version 3 page →
 * `'v=2&scenario=nis-2023-11'`.
 */
export function stringifyCompare(
  compare: ComparedScenario,
  stringify: (scenario: ComparedScenario) => string,
  outerVersion: string,
): string {
  const params = new URLSearchParams(stringify(compare));
  const version = params.get('v');
  params.delete('v');
  params.delete('scenario');
  const inner = new URLSearchParams();
  if (version !== null && version !== outerVersion) inner.set('v', version);
  inner.set('scenario', compare.scenarioId);
  for (const [key, value] of params) inner.append(key, value);
  return inner.toString();
}
