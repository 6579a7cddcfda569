/**
 * The messages between the embedded calculator and the page that embeds it (CONTRACT §5), as pure
 * functions: no DOM, no store. `embed-bridge.ts` posts and receives them.
 */
import type { ScenarioId } from '../facts/presets';
import { CONTRACT_RESULT_KEYS, type Results } from '../model/results';
import type { Lang } from '../url/view-options';
import { langTag } from './article-lang';

/** Our own height message (CONTRACT §5, first of three). */
interface HeightMessage {
  type: 'shell-count:height';
  height: number;
}

/** AMP's `amp-iframe` resize request (CONTRACT §5, second of three). */
interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** The three height messages in the order they are posted; the third is Embedly's JSON string. */
export type HeightMessages = readonly [HeightMessage, AmpSizeMessage, string];

/** The results of CONTRACT §1 and §6 that the embed reports to its host, in the contract's order. */
export const MESSAGE_RESULT_KEYS = CONTRACT_RESULT_KEYS;

type MessageResultKey = (typeof MESSAGE_RESULT_KEYS)[number];
type MessageResultValue = number | string | boolean;

/** What the figures of a results message are (CONTRACT §6, "Results message"). */
export interface ResultsMeta {
  /** The URL schema version the embed writes. */
  v: number;
  /** The preset whose values every input still has, or null once any input differs from it. */
  scenario: ScenarioId | null;
  /** The day the facts in use were last reviewed, `YYYY-MM-DD`. */
  factsReviewed: string;
  /** The language on screen. */
  lang: Lang;
}

/**
 * The live results for the host. A key is missing when its result cannot be computed (a failed
 * outcome, such as `deliveryDays` when `end` is not after `start`), just as the page's element then
 * carries no `data-value`.
 */
export interface ResultsMessage {
  type: 'shell-count:results';
  results: Partial<Record<MessageResultKey, MessageResultValue>>;
  meta: ResultsMeta;
}

/** A host's request to change the state, after validation: every value in its URL string form. */
export interface SetMessage {
  type: 'shell-count:set';
  /** A null-prototype record, so that a key such as `__proto__` is an ordinary key. */
  params: Readonly<Record<string, string>>;
}

/**
 * The host's request for the current height: embed.js sends it when it starts, since it may start
 * after the embed has sent its height (an `async` script, a slow host), and the embed sends a
 * height again only when it changes.
 */
export interface HeightRequest {
  type: 'shell-count:get-height';
}

/** Most parameters one set message may carry: the URL has 14 keys; more is not a real request. */
const MAX_SET_PARAMS = 40;
/** Longest parameter name accepted. */
const MAX_SET_KEY_LENGTH = 100;
/** Longest value accepted, in UTF-16 code units. */
const MAX_SET_VALUE_LENGTH = 2_000;

/**
 * The three height messages for a content height, rounded up:
 * `heightMessages(812.2, 'https://x/?embed=1')` →
 * `[{ type: 'shell-count:height', height: 813 }, { sentinel: 'amp', type: 'embed-size', height: 813 },
 * '{"src":"https://x/?embed=1","context":"iframe.resize","height":813}']`.
 */
export function heightMessages(height: number, href: string): HeightMessages {
  const rounded = Math.ceil(height);
  return [
    { type: 'shell-count:height', height: rounded },
    { sentinel: 'amp', type: 'embed-size', height: rounded },
    JSON.stringify({ src: href, context: 'iframe.resize', height: rounded }),
  ];
}

/**
 * The results message: each value is exactly the number (or ISO date, or boolean) whose `String()`
 * the page writes in `data-value`. A failed outcome is left out, and so would be a number that is
 * not finite (the model never produces one for valid inputs), so that no NaN or Infinity is posted.
 * `meta` is copied as given.
 */
export function resultsMessage(results: Results, meta: ResultsMeta): ResultsMessage {
  const out: ResultsMessage['results'] = {};
  for (const key of MESSAGE_RESULT_KEYS) {
    const result = results[key];
    const value = typeof result === 'object' ? (result.ok ? result.value : undefined) : result;
    if (typeof value === 'number') {
      // `-0` would reach the host as -0 while the page writes `0`.
      if (Number.isFinite(value)) out[key] = value === 0 ? 0 : value;
    } else if (value !== undefined) {
      out[key] = value;
    }
  }
  return { type: 'shell-count:results', results: out, meta: { ...meta } };
}

/** The keys of `meta`, for comparing two of them. */
const META_KEYS = [
  'v',
  'scenario',
  'factsReviewed',
  'lang',
] as const satisfies readonly (keyof ResultsMeta)[];

/** True when two results messages carry the same results and the same `meta`. */
export function sameMessage(a: ResultsMessage, b: ResultsMessage): boolean {
  return (
    MESSAGE_RESULT_KEYS.every(
      (key) =>
        Object.hasOwn(a.results, key) === Object.hasOwn(b.results, key) &&
        Object.is(a.results[key], b.results[key]),
    ) && META_KEYS.every((key) => a.meta[key] === b.meta[key])
  );
}

/** An object literal's kind of object: not an array, not a class instance, not a function. */
function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The value of an own, enumerable data property, read without running any getter. */
function ownData(target: object, key: string): { value: unknown } | null {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (!descriptor?.enumerable || !('value' in descriptor)) return null;
  return { value: descriptor.value };
}

/** One parameter value in the URL's string form, or null when the value has none. */
function urlString(value: unknown): string | null {
  if (typeof value === 'string') return value.length <= MAX_SET_VALUE_LENGTH ? value : null;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  return null;
}

function readParams(params: unknown): Record<string, string> | null {
  if (!isPlainObject(params)) return null;
  const keys = Reflect.ownKeys(params);
  if (keys.length > MAX_SET_PARAMS) return null;
  const out = Object.create(null) as Record<string, string>;
  for (const key of keys) {
    if (typeof key !== 'string' || key.length > MAX_SET_KEY_LENGTH) return null;
    const own = ownData(params, key);
    if (own === null) return null;
    const text = urlString(own.value);
    if (text === null) return null;
    out[key] = text;
  }
  return out;
}

/**
 * Validates a message from the host: `{ type: 'shell-count:set', params: { <key>: <value> } }`.
 * The message and `params` must be plain objects (other own keys of the message are ignored);
 * `params` has at most 40 own properties, each an enumerable data property with a string key of at
 * most 100 characters, and each value a string of at most 2,000 characters or a finite number
 * (written with `String()`, as the URL would: `10000`, `43.56`, `1e+21`). Booleans, null, objects,
 * arrays, functions, symbols, NaN and Infinity have no URL form: a message with any of them is refused
 * whole, as is one with a getter or a symbol key. Returns null for anything refused; never throws
 * (a throwing Proxy trap is refused too), never calls a getter and never recurses, so cyclic or huge
 * inputs cost at most one look at 40 keys.
 */
export function readSetMessage(data: unknown): SetMessage | null {
  try {
    if (!isPlainObject(data)) return null;
    const type = ownData(data, 'type');
    if (type?.value !== 'shell-count:set') return null;
    const params = ownData(data, 'params');
    if (params === null) return null;
    const read = readParams(params.value);
    return read === null ? null : { type: 'shell-count:set', params: read };
  } catch {
    return null;
  }
}

/**
 * True for a host's `{ type: 'shell-count:get-height' }` (other own keys ignored), as a plain
 * object; never throws, never calls a getter. `isHeightRequest('shell-count:get-height')` → false.
 */
export function isHeightRequest(data: unknown): data is HeightRequest {
  try {
    return isPlainObject(data) && ownData(data, 'type')?.value === 'shell-count:get-height';
  } catch {
    return false;
  }
}

/** What a host's `scenario` keeps of the current query: the view, and the schema version. */
const KEPT_WITH_SCENARIO = ['v', 'lang', 'theme'] as const;

/**
 * The query string to load for a host's parameters, to be read by the app's `parseQuery`, so that
 * validation, clamping and notices are exactly the URL's. With `scenario`, it starts from the
 * current view only (`v`, `lang`, `theme`), so that the preset's values apply as a link's
 * `scenario=` does; without it, the host's parameters override the current query's. A host's
 * `embed` is ignored and `embed=1` is always written: a host cannot turn the embed into the full page.
 * `applySetParams('?v=1&containers=10000&theme=dark', { daily: '20000' })` →
 * `'?v=1&containers=10000&theme=dark&daily=20000&embed=1'`.
 */
export function applySetParams(
  currentSearch: string,
  params: Readonly<Record<string, string>>,
): string {
  const current = new URLSearchParams(currentSearch);
  let next: URLSearchParams;
  if (Object.hasOwn(params, 'scenario')) {
    next = new URLSearchParams();
    for (const key of KEPT_WITH_SCENARIO) {
      const value = current.get(key);
      if (value !== null) next.set(key, value);
    }
  } else {
    next = current;
    next.delete('embed');
  }
  for (const [key, value] of Object.entries(params)) next.set(key, value);
  // Last, so that it replaces whatever the host sent for `embed` (and comes last).
  next.set('embed', '1');
  return `?${next.toString()}`;
}

/**
 * The article's language, from embed.js: `{ type: 'shell-count:article', lang: 'ko-KR' }`, the
 * host page's `<html lang>` (CONTRACT §6, "Embed code"). Returns the tag, or null for any other
 * message or a value that is no language tag; never throws, never calls a getter.
 * `readArticleMessage({ type: 'shell-count:article', lang: 'ko-KR' })` → `'ko-KR'`.
 */
export function readArticleMessage(data: unknown): string | null {
  try {
    if (!isPlainObject(data) || ownData(data, 'type')?.value !== 'shell-count:article') return null;
    return langTag(ownData(data, 'lang')?.value);
  } catch {
    return null;
  }
}

/**
 * The embedded page's height on paper (CSS px), after its height messages: while the article
 * prints, embed.js gives the frame this height, so that the printed summary is not cut or pushed
 * to the next page by a box of its screen height.
 */
export interface PrintHeightMessage {
  type: 'shell-count:print-height';
  height: number;
}

/**
 * The frame's accessible name in the language on screen, for embed.js to write on the iframe, so
 * that a screen reader announces the box in the language it shows.
 */
export interface TitleMessage {
  type: 'shell-count:title';
  title: string;
  lang: Lang;
}
