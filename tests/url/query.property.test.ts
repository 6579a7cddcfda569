/**
 * Properties of the link (CONTRACT §3), checked over generated query strings rather than examples:
 * `parseQuery` never throws and always returns a valid state (every number finite and inside the
 * "valid" column of CONTRACT §1, every range of CONTRACT §2 with 0 < low < high ≤ the input's
 * maximum and its input at the range's centre, real ISO dates with `end` after `start`, a known
 * scenario, a known theme, a known language or none); it changes nothing silently (whatever it does
 * not take as given is named in a notice, a notice tells the truth about the value used, what the
 * link does not say is the preset's value as the link's schema version has it, and a link of an
 * older version says so when a newer version changed one of those values); and the link the page
 * writes back is a fixed point: it reads as the same state, without notices, and writes itself
 * again, in the newest version that has its preset.
 *
 * The generators: `fc.string()` (printable ASCII), `fc.string({ unit: 'binary' })` (any code point,
 * lone surrogates included), and query strings built from the real keys plus junk keys, with
 * hostile values (NaN, Infinity, -0, 1e309, 5,000-digit numbers, `a..b`, `low..high` in every
 * order and size, 2023-02-30, `<script>`, broken percent-encoding, emoji, empty values, repeated
 * keys, `&&`, `=`).
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { ScenarioId } from '../../src/facts/presets';
import {
  numberSpec,
  NUMERIC_INPUT_KEYS,
  validateInputs,
  type Inputs,
  type NumericInputKey,
} from '../../src/model/inputs';
import type { Interval, RangeKey, Ranges } from '../../src/model/ranges';
import type { Notice } from '../../src/url/notice';
import { scenarioPreset } from '../../src/url/migrations';
import { parseQuery, stringifyQuery, type QueryState } from '../../src/url/query';
import { FACTS_SCENARIO_IDS, V2_SCENARIO_IDS } from '../contract-defaults';
import {
  newestVersionOf,
  olderInputsIn,
  presetRangesIn,
  scenarioIdsIn,
  type Version,
} from './query-fixtures';

/** Enough runs to find the odd corner; each run parses one to three query strings. */
const RUNS = { numRuns: 10_000 };

// ---- What a valid state is: keys, options and dates written out from the contract; the bounds are
// the code's numberSpec, which tests/model/inputs.test.ts checks against CONTRACT §1 by hand.

/** CONTRACT §1's numeric inputs, in its order. */
const CONTRACT_NUMERIC_KEYS = [
  'containers',
  'perContainer',
  'share',
  'usable',
  'daily',
  'shellKg',
  'payloadKg',
] as const satisfies readonly NumericInputKey[];
/** CONTRACT §6's calibre mix, and our own addition (allowed: the contract changes only by adding). */
const ADDED_NUMERIC_KEYS = [
  'rocketShare',
  'perContainerRockets',
  'packaging',
] as const satisfies readonly NumericInputKey[];
const NUMERIC_KEYS = [...CONTRACT_NUMERIC_KEYS, ...ADDED_NUMERIC_KEYS] as const;
/** CONTRACT §2: the inputs that may be a range `low..high`. */
const RANGE_KEYS = ['containers', 'perContainer', 'daily'] as const satisfies readonly RangeKey[];
const DATE_KEYS = ['start', 'end'] as const;
const VIEW_KEYS = ['v', 'scenario', 'lang', 'theme', 'embed'] as const;
const KNOWN_KEYS: readonly string[] = [...NUMERIC_KEYS, ...DATE_KEYS, ...VIEW_KEYS];
const LANGS = ['en', 'ko', 'uk'] as const;
const THEMES = ['light', 'dark', 'auto'] as const;
const DEFAULT_SCENARIO: ScenarioId = 'shin-2024-02';
/** Every statement a link of some version may name: version 3's presets and the older ones'. */
const ALL_SCENARIO_IDS: readonly ScenarioId[] = [
  ...new Set([...FACTS_SCENARIO_IDS, ...V2_SCENARIO_IDS]),
];

/** A real Gregorian date in `YYYY-MM-DD`, years 0001–9999, by the leap-year rule (no `Date`). */
function isRealIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && monthDays !== undefined && day >= 1 && day <= monthDays;
}

/**
 * Collects what is wrong instead of calling `expect` for every check: ten thousand runs of a
 * dozen `expect`s each take minutes, ten thousand runs of plain comparisons take milliseconds.
 */
class Problems {
  readonly found: string[] = [];
  check(ok: boolean, what: string): void {
    if (!ok) this.found.push(what);
  }
  /** Fails the run with everything found, so that fast-check shrinks and prints the input. */
  assertNone(): void {
    if (this.found.length > 0) throw new Error(this.found.join('\n'));
  }
}

const show = (value: unknown) => JSON.stringify(value);

const isRangeKey = (key: string): key is RangeKey =>
  (RANGE_KEYS as readonly string[]).includes(key);

/** Decimals of a range's centre as the field shows it: whole containers and rounds a day, tenths of a round per container. */
const CENTRE_DECIMALS: Record<RangeKey, number> = { containers: 0, perContainer: 1, daily: 0 };

/** The median of a range's lognormal, √(low × high), rounded as the field shows it. */
function centreOf(key: RangeKey, { low, high }: Interval): number {
  const scale = 10 ** CENTRE_DECIMALS[key];
  return Math.round(Math.sqrt(low * high) * scale) / scale;
}

const sameInterval = (a: Interval | undefined, b: Interval | undefined) => isDeepStrictEqual(a, b);

/**
 * The schema version a link names: none or `1` is version 1, `2` and `3` are themselves, anything
 * else reads as the newest (3).
 */
function versionOf(params: URLSearchParams): Version {
  const raw = params.get('v');
  if (raw === null || raw === '1') return 1;
  return raw === '2' ? 2 : 3;
}

/**
 * A preset's inputs as a link of this version reads them: the newest values (the code's, as the
 * presets' own tests check them against FACTS §1) with the older version's own figures, written out
 * by hand in query-fixtures.ts, over them.
 */
function presetInputsIn(version: Version, scenarioId: ScenarioId): Inputs {
  const key = `${String(version)} ${scenarioId}`;
  let inputs = PRESET_INPUTS.get(key);
  if (!inputs) {
    inputs = { ...scenarioPreset(scenarioId).inputs, ...olderInputsIn(version, scenarioId) };
    PRESET_INPUTS.set(key, inputs);
  }
  return inputs;
}
const PRESET_INPUTS = new Map<string, Inputs>();

/** What the preset says for an input in a link of this version: its range, or its value. */
function presetValueOf(
  scenarioId: ScenarioId,
  version: Version,
  key: NumericInputKey,
): number | Interval {
  const range = isRangeKey(key) ? presetRangesIn(version, scenarioId)[key] : undefined;
  return range ?? presetInputsIn(version, scenarioId)[key];
}

/** Whether the state holds `used` for `key`: that range (at its centre), or that exact number. */
function holds(state: QueryState, key: NumericInputKey, used: number | Interval): boolean {
  if (typeof used === 'number') {
    return state.inputs[key] === used && (!isRangeKey(key) || state.ranges[key] === undefined);
  }
  return (
    isRangeKey(key) &&
    sameInterval(state.ranges[key], used) &&
    state.inputs[key] === centreOf(key, used)
  );
}

function checkValidState(state: QueryState, problems: Problems): void {
  const stateKeys = Object.keys(state).sort().join();
  problems.check(
    stateKeys === 'embed,inputs,lang,ranges,scenarioId,theme',
    `state keys ${stateKeys}`,
  );
  problems.check(ALL_SCENARIO_IDS.includes(state.scenarioId), `scenario ${state.scenarioId}`);
  const inputKeys = Object.keys(state.inputs).sort().join();
  const contractKeys = [...NUMERIC_KEYS, ...DATE_KEYS].sort().join();
  problems.check(inputKeys === contractKeys, `input keys ${inputKeys}`);
  for (const key of NUMERIC_KEYS) {
    const value = state.inputs[key];
    const { min, max } = numberSpec(key);
    problems.check(
      typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max,
      `${key} = ${show(value)} is not a finite number in ${min} … ${max}`,
    );
    // `-0` would be written as `0` and read back as another number.
    problems.check(!Object.is(value, -0), `${key} is -0`);
  }
  for (const [key, interval] of Object.entries(state.ranges as Record<string, unknown>)) {
    if (!isRangeKey(key)) {
      problems.check(false, `range of ${key}, which cannot be a range`);
      continue;
    }
    const { low, high } = interval as Interval;
    const { max } = numberSpec(key);
    problems.check(
      Object.keys(interval as object)
        .sort()
        .join() === 'high,low' &&
        Number.isFinite(low) &&
        Number.isFinite(high) &&
        low > 0 &&
        low < high &&
        high <= max,
      `${key} range ${show(interval)} is not 0 < low < high ≤ ${max}`,
    );
    problems.check(
      state.inputs[key] === centreOf(key, { low, high }),
      `${key} = ${show(state.inputs[key])} is not the centre of ${show(interval)}`,
    );
  }
  const { start, end } = state.inputs;
  problems.check(isRealIsoDate(start), `start ${show(start)} is not a real date`);
  problems.check(isRealIsoDate(end), `end ${show(end)} is not a real date`);
  // Same-width ISO dates compare as strings.
  problems.check(end > start, `end ${end} is not after start ${start}`);
  problems.check(
    state.lang === null || (LANGS as readonly string[]).includes(state.lang),
    `lang ${show(state.lang)}`,
  );
  problems.check((THEMES as readonly string[]).includes(state.theme), `theme ${show(state.theme)}`);
  problems.check(typeof state.embed === 'boolean', `embed ${show(state.embed)}`);
  const invalid = validateInputs(state.inputs);
  problems.check(invalid.length === 0, `validateInputs: ${show(invalid)}`);
}

// ---- Generators ----------------------------------------------------------------------------------

const JUNK_KEYS = [
  'foo',
  'x',
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'Containers',
  'DAILY',
  'containers ',
  ' daily',
  'daily[]',
  '?containers',
  'v ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'ránge',
  '🇺🇦',
];

/** Values that have broken parsers before: not-quite-numbers, not-quite-dates, markup, encodings. */
const HOSTILE_VALUES = [
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  'infinity',
  '-0',
  '+0',
  '0',
  '-0.0',
  '0e5',
  '1e309',
  '-1e309',
  '1e-400',
  '-1e-400',
  '5e-324',
  '1.7976931348623157e308',
  '1.7976931348623159e308',
  '9'.repeat(400),
  '9'.repeat(5_000),
  `-${'9'.repeat(5_000)}`,
  `0.${'0'.repeat(400)}1`,
  `1${'0'.repeat(308)}`,
  '1000000.0000000000000001',
  '99.99999999999999999',
  '..',
  'a..b',
  '1..2',
  '6700..13000',
  '13000..6700',
  '0..0',
  '266..367',
  '-1..5',
  '5..5',
  '1...2',
  '1..2..3',
  '..5',
  '5..',
  '.5..1.5',
  '1e3..1e4',
  '0.1..0.2',
  '0.5..1.5',
  '1e-9..1e-8',
  '5e-324..1',
  '1..1e400',
  '1..2000000',
  '2000000..3000000',
  '5000..6000',
  'NaN..1',
  '1..Infinity',
  '6,700..13,000',
  '6700 ..13000',
  '.',
  '.5',
  '5.',
  '+',
  '-',
  '+-1',
  'e5',
  '1e',
  '1e+',
  '1E3',
  '0x10',
  '0b1',
  '0o7',
  '1_000',
  '6,700',
  '6.700,5',
  '6 700',
  '١٠٠٠',
  '６７００',
  ' 1',
  '1 ',
  '\t1',
  '2023-02-30',
  '2023-02-29',
  '2024-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-01-00',
  '2024-04-31',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '10000-01-01',
  '2024-1-1',
  '2024-01-01T00:00:00Z',
  '2024/01/01',
  '２０２４-０１-０１',
  '<script>alert(1)</script>',
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%',
  '%2',
  '%E0%A4%A',
  '%00',
  '%FF',
  '%25',
  '%26',
  '%3D',
  '%2B1',
  '&',
  '=',
  '==',
  '&&',
  '',
  'null',
  'undefined',
  'true',
  '__proto__',
  'constructor',
  'en',
  'ko',
  'uk',
  'fr',
  'EN',
  'light',
  'dark',
  'auto',
  'neon',
  '1',
  '2',
  'yes',
  'shin-2099-01',
  ...ALL_SCENARIO_IDS,
];

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Dates near the real ones (so that start/end order matters), and impossible ones. */
const dateLike = fc.oneof(
  fc
    .record({
      year: fc.integer({ min: 2020, max: 2027 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
  fc
    .record({
      year: fc.integer({ min: 0, max: 10_000 }),
      month: fc.integer({ min: 0, max: 13 }),
      day: fc.integer({ min: 0, max: 32 }),
    })
    .map(({ year, month, day }) => `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`),
);

/** Numbers in every form JavaScript writes them, in range or not. */
const numberLike = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -10, max: 2_000_000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value.toExponential()),
  fc
    .tuple(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 20 }))
    .map(([value, digits]) => value.toFixed(digits)),
  fc.stringMatching(/^[+-]?\d{0,12}(\.\d{0,8})?([eE][+-]?\d{1,4})?$/),
);

/** `low..high` from any two numbers: in order or not, positive or not, in range or not. */
const rangeLike = fc.tuple(numberLike, numberLike).map(([low, high]) => `${low}..${high}`);

const value = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_VALUES), weight: 4 },
  { arbitrary: numberLike, weight: 3 },
  { arbitrary: rangeLike, weight: 2 },
  { arbitrary: dateLike, weight: 2 },
  { arbitrary: fc.string(), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
);

const key = fc.oneof(
  { arbitrary: fc.constantFrom(...KNOWN_KEYS), weight: 6 },
  { arbitrary: fc.constantFrom(...JUNK_KEYS), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

/** One `key=value` pair, raw or percent-encoded; sometimes a bare key, sometimes a second `=`. */
const pair = fc
  .record({
    key,
    value,
    encode: fc.boolean(),
    shape: fc.constantFrom('pair', 'pair', 'pair', 'bare', 'double-equals', 'empty-key'),
  })
  .map(({ key, value, encode, shape }) => {
    const k = encode ? encodeURIComponent(key) : key;
    const v = encode ? encodeURIComponent(value) : value;
    switch (shape) {
      case 'bare':
        return k;
      case 'double-equals':
        return `${k}=${v}=${v}`;
      case 'empty-key':
        return `=${v}`;
      default:
        return `${k}=${v}`;
    }
  });

/** A whole query string: a prefix, then pairs joined by `&`, `&&` or junk separators. */
const hostileQuery = fc
  .record({
    prefix: fc.constantFrom('?', '?', '?', '', '??', '&', '?&'),
    pairs: fc.array(fc.tuple(pair, fc.constantFrom('&', '&', '&', '&&', ';', '&=&')), {
      maxLength: 12,
    }),
  })
  .map(({ prefix, pairs }) => prefix + pairs.map(([text, separator]) => text + separator).join(''));

const GENERATORS = [
  { name: 'fc.string()', arbitrary: fc.string({ maxLength: 200 }) },
  { name: "fc.string({ unit: 'binary' })", arbitrary: fc.string({ unit: 'binary' }) },
  { name: 'hostile query strings from real and junk keys', arbitrary: hostileQuery },
];

// ---- Properties ----------------------------------------------------------------------------------

/** Every way to read `raw` as `low..high`: one pair of ends for each `..` in it. */
function rangeEnds(raw: string): [string, string][] {
  const ends: [string, string][] = [];
  for (let at = raw.indexOf('..'); at !== -1; at = raw.indexOf('..', at + 1)) {
    ends.push([raw.slice(0, at), raw.slice(at + 2)]);
  }
  return ends;
}

/** Whether `raw`, given for `key`, is exactly what the state holds. */
function takenAsGiven(state: QueryState, key: string, raw: string): boolean {
  if ((NUMERIC_KEYS as readonly string[]).includes(key)) {
    const range = isRangeKey(key) ? state.ranges[key] : undefined;
    if (range) {
      return rangeEnds(raw).some(
        ([low, high]) => Number(low) === range.low && Number(high) === range.high,
      );
    }
    // `===` also makes `-0` and `0` the same number.
    return Number(raw) === state.inputs[key as NumericInputKey];
  }
  if (key === 'start' || key === 'end') return raw === state.inputs[key];
  if (key === 'scenario') return raw === state.scenarioId;
  if (key === 'lang') return raw === state.lang;
  if (key === 'theme') return raw === state.theme;
  if (key === 'embed') return (raw === '1' && state.embed) || (raw === '0' && !state.embed);
  if (key === 'v') return raw === '1' || raw === '2' || raw === '3';
  throw new Error(`not a known key: ${key}`);
}

/**
 * Whether what a notice says was used is what the state holds; a value refused outright falls
 * back to the preset's value as the link's version has it (its range, where it has one).
 */
function noticeIsTrue(notice: Notice, state: QueryState, version: Version): boolean {
  const numeric = (NUMERIC_KEYS as readonly string[]).includes(notice.key);
  const key = notice.key as NumericInputKey;
  const dates = DATE_KEYS as readonly string[];
  switch (notice.kind) {
    case 'unknown-key':
      return !KNOWN_KEYS.includes(notice.key);
    case 'duplicate-key':
      return KNOWN_KEYS.includes(notice.key);
    case 'not-a-number':
      return (
        numeric &&
        holds(state, key, notice.used) &&
        isDeepStrictEqual(notice.used, presetValueOf(state.scenarioId, version, key))
      );
    case 'range-refused':
      return (
        isRangeKey(notice.key) &&
        holds(state, key, notice.used) &&
        isDeepStrictEqual(notice.used, presetValueOf(state.scenarioId, version, key))
      );
    case 'clamped': {
      if (!numeric || !holds(state, key, notice.used)) return false;
      const bound = numberSpec(key)[notice.bound];
      // A range's end is clamped to the bound it passed; a low end at or below 0 is refused
      // instead, since a lognormal has no such values.
      return typeof notice.used === 'number'
        ? notice.used === bound
        : (notice.bound === 'max' ? notice.used.high : notice.used.low) === bound;
    }
    case 'not-a-date':
    case 'end-not-after-start':
    case 'start-not-before-end':
      return dates.includes(notice.key) && state.inputs[notice.key as 'start'] === notice.used;
    case 'unknown-option':
      if (notice.key === 'scenario') return state.scenarioId === notice.used;
      if (notice.key === 'theme') return state.theme === notice.used;
      if (notice.key === 'embed') return (state.embed ? '1' : '0') === notice.used;
      // Deliberate (see parseQuery): an unknown language leaves `lang` unset, so the page follows
      // the browser, as without `lang`; the notice names English, the page's own language.
      if (notice.key === 'lang') return state.lang === null && notice.used === 'en';
      return false;
    case 'unknown-version':
      return notice.key === 'v';
  }
}

/** The keys that a notice about their value (not `unknown-key` or `duplicate-key`) names. */
function keysWithValueNotices(notices: readonly Notice[]): Set<string> {
  return new Set(
    notices
      .filter((notice) => notice.kind !== 'unknown-key' && notice.kind !== 'duplicate-key')
      .map((notice) => notice.key),
  );
}

it("knows the contract's numeric keys, in the contract's order, and only §6's and packaging besides", () => {
  const contract = new Set<string>(CONTRACT_NUMERIC_KEYS);
  expect(NUMERIC_INPUT_KEYS.filter((key) => contract.has(key))).toEqual(CONTRACT_NUMERIC_KEYS);
  expect(NUMERIC_INPUT_KEYS.filter((key) => !contract.has(key))).toEqual(ADDED_NUMERIC_KEYS);
});

describe.each(GENERATORS)('parseQuery over $name', ({ arbitrary }) => {
  it('never throws and always returns a valid state', () => {
    fc.assert(
      fc.property(arbitrary, (search) => {
        const problems = new Problems();
        checkValidState(parseQuery(search).state, problems);
        problems.assertNone();
      }),
      RUNS,
    );
  });

  it('changes nothing silently, and every notice tells the truth', () => {
    fc.assert(
      fc.property(arbitrary, (search) => {
        const { state, notices, olderFigures } = parseQuery(search);
        const problems = new Problems();
        const params = new URLSearchParams(search);
        const keys = new Set(params.keys());
        const valueNotices = keysWithValueNotices(notices);
        const hasNotice = (kind: Notice['kind'], key: string) =>
          notices.some((notice) => notice.kind === kind && notice.key === key);

        const version = versionOf(params);
        for (const notice of notices) {
          // A notice is only ever about a parameter of this link.
          problems.check(
            keys.has(notice.key),
            `notice about a key not in the link: ${show(notice)}`,
          );
          problems.check(
            noticeIsTrue(notice, state, version),
            `notice does not match the state: ${show(notice)}`,
          );
        }
        for (const key of keys) {
          const raws = params.getAll(key);
          if (!KNOWN_KEYS.includes(key)) {
            problems.check(hasNotice('unknown-key', key), `unknown key ${show(key)} not named`);
            continue;
          }
          problems.check(
            hasNotice('duplicate-key', key) === raws.length > 1,
            `${key} is given ${raws.length} times; duplicate notice: ${String(hasNotice('duplicate-key', key))}`,
          );
          const first = raws[0] ?? '';
          problems.check(
            valueNotices.has(key) || takenAsGiven(state, key, first),
            `${key}=${show(first)} was changed without a notice`,
          );
        }

        // The statement is a preset of the link's version (version 3 has no nis-2023-11).
        problems.check(
          scenarioIdsIn(version).includes(state.scenarioId),
          `scenario ${state.scenarioId} in version ${version}`,
        );
        // What the link does not say comes from the chosen preset, as the link's version has it.
        const preset = presetInputsIn(version, state.scenarioId);
        for (const key of [...NUMERIC_KEYS, ...DATE_KEYS]) {
          problems.check(
            keys.has(key) || state.inputs[key] === preset[key],
            `${key} is not in the link but is not the preset's ${show(preset[key])}`,
          );
        }
        const presetRanges = presetRangesIn(version, state.scenarioId);
        for (const key of RANGE_KEYS) {
          problems.check(
            keys.has(key) || sameInterval(state.ranges[key], presetRanges[key]),
            `${key} is not in the link but its range ${show(state.ranges[key])} is not the preset's`,
          );
        }
        // An older link keeps the figures of its version where a newer version of its preset
        // changed them (a value or a range), and says so when it does not give them itself.
        const newest = newestVersionOf(state.scenarioId);
        const changed = NUMERIC_KEYS.filter(
          (key) =>
            !isDeepStrictEqual(
              presetValueOf(state.scenarioId, version, key),
              presetValueOf(state.scenarioId, newest, key),
            ),
        );
        problems.check(
          olderFigures === (version < newest && changed.some((key) => !keys.has(key))),
          `olderFigures ${String(olderFigures)} for version ${version}`,
        );
        problems.check(keys.has('scenario') || state.scenarioId === DEFAULT_SCENARIO, 'scenario');
        problems.check(keys.has('lang') || state.lang === null, 'lang');
        problems.check(keys.has('theme') || state.theme === 'auto', 'theme');
        problems.check(keys.has('embed') || !state.embed, 'embed');
        problems.assertNone();
      }),
      RUNS,
    );
  });

  it('writes a link that reads back as the same state and writes itself again', () => {
    fc.assert(
      fc.property(arbitrary, (search) => {
        const { state } = parseQuery(search);
        const written = stringifyQuery(state);
        const reread = parseQuery(written);
        const problems = new Problems();
        problems.check(
          reread.notices.length === 0,
          `notices for ${written}: ${show(reread.notices)}`,
        );
        problems.check(
          isDeepStrictEqual(reread.state, state),
          `${written} reads as ${show(reread.state)}, not ${show(state)}`,
        );
        problems.check(!reread.olderFigures, `${written} reads as older figures`);
        const rewritten = stringifyQuery(reread.state);
        problems.check(rewritten === written, `${written} writes itself as ${rewritten}`);
        problems.assertNone();
      }),
      RUNS,
    );
  });
});

// ---- Time ----------------------------------------------------------------------------------------

describe('parseQuery reads long values in linear time', () => {
  /**
   * A run of 30,000–60,000 digits with a stray character around it. Before the fix, the number
   * pattern could split such a run between `\d+` and `\d*` in every way before refusing it:
   * 20,000 digits and an `x` took 1.4 s, 50,000 took 10.7 s, and a 2 MB link would freeze the tab.
   */
  const longValue = fc
    .record({
      key: fc.constantFrom(...NUMERIC_KEYS),
      head: fc.constantFrom('', '-', '+', '1.', '.'),
      digits: fc.integer({ min: 30_000, max: 60_000 }),
      tail: fc.constantFrom(
        'x',
        '=',
        '.',
        '..',
        '..1',
        '..1x',
        '...',
        'e',
        'e+',
        'e9x',
        '.5.',
        '.5..',
        '%20',
        ',000',
        '9',
      ),
    })
    .map(({ key, head, digits, tail }) => `?${key}=${head}${'9'.repeat(digits)}${tail}`);

  it('takes well under a quarter of a second for a 60,000-character value', () => {
    fc.assert(
      fc.property(longValue, (search) => {
        const started = performance.now();
        const { state } = parseQuery(search);
        const elapsed = performance.now() - started;
        const problems = new Problems();
        problems.check(elapsed < 250, `${search.slice(0, 30)}… took ${elapsed.toFixed(0)} ms`);
        checkValidState(state, problems);
        problems.assertNone();
      }),
      { numRuns: 100 },
    );
  });
});

// ---- Well-formed values are taken, and valid states survive the round trip -----------------------

/** A plain decimal, as the contract writes numbers: `.` for decimals, no grouping, no exponent. */
const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** A number inside the bounds of `key`: whole, fractional or at a bound. */
function inRange(key: NumericInputKey): fc.Arbitrary<number> {
  const { min, max } = numberSpec(key);
  return fc.oneof(
    fc.double({ min, max, noNaN: true }).filter((value) => !Object.is(value, -0)),
    fc.integer({ min, max }),
    fc.constantFrom(min, max),
  );
}

/**
 * A range of `key`'s valid values, 0 < low < high ≤ max, from the smallest double up; daily's low
 * end stays at or above its minimum of 1, as every end of a valid state's range does.
 */
function intervalIn(key: RangeKey): fc.Arbitrary<Interval> {
  const { min, max } = numberSpec(key);
  return fc
    .uniqueArray(
      fc.oneof(
        fc.double({ min: Math.max(min, Number.MIN_VALUE), max, noNaN: true }),
        fc.integer({ min: Math.max(min, 1), max }),
        fc.constantFrom(Math.max(min, Number.MIN_VALUE), 1, max),
      ),
      { minLength: 2, maxLength: 2 },
    )
    .map((ends) => {
      const [low = 1, high = 2] = [...ends].sort((a, b) => a - b);
      return { low, high };
    });
}

/** Day numbers of 0001-01-01 … 9999-12-31, written as ISO dates by `Date`. */
const calendarDay = fc.integer({ min: -719_162, max: 2_932_896 });
const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

const validState: fc.Arbitrary<QueryState> = fc
  .record({
    scenarioId: fc.constantFrom(...ALL_SCENARIO_IDS),
    numbers: fc.record(
      Object.fromEntries(NUMERIC_KEYS.map((key) => [key, inRange(key)])) as Record<
        NumericInputKey,
        fc.Arbitrary<number>
      >,
    ),
    presetNumbers: fc.subarray([...NUMERIC_KEYS]),
    ranges: fc.record(
      {
        containers: intervalIn('containers'),
        perContainer: intervalIn('perContainer'),
        daily: intervalIn('daily'),
      },
      { requiredKeys: [] },
    ),
    days: fc.uniqueArray(calendarDay, { minLength: 2, maxLength: 2 }),
    presetDates: fc.boolean(),
    lang: fc.constantFrom(null, ...LANGS),
    theme: fc.constantFrom(...THEMES),
    embed: fc.boolean(),
  })
  .map(({ scenarioId, numbers, presetNumbers, ranges, days, presetDates, lang, theme, embed }) => {
    // A page shows a preset as the newest version that has it has it.
    const newest = newestVersionOf(scenarioId);
    const preset = presetInputsIn(newest, scenarioId);
    const [first = 0, second = 1] = [...days].sort((a, b) => a - b);
    const inputs: Inputs = { ...numbers, start: isoOfDay(first), end: isoOfDay(second) };
    const own: Ranges = { ...ranges };
    for (const key of RANGE_KEYS) {
      const interval = own[key];
      if (interval) inputs[key] = centreOf(key, interval);
    }
    // Some inputs keep the preset's value (its range, if it has one), so that "left out of the
    // link" is exercised too.
    const presetRanges = presetRangesIn(newest, scenarioId);
    for (const key of presetNumbers) {
      inputs[key] = preset[key];
      if (!isRangeKey(key)) continue;
      const presetRange = presetRanges[key];
      if (presetRange) own[key] = presetRange;
      else Reflect.deleteProperty(own, key);
    }
    if (presetDates) Object.assign(inputs, { start: preset.start, end: preset.end });
    return { scenarioId, inputs, ranges: own, lang, theme, embed };
  });

describe('parseQuery takes what is well formed', () => {
  const knownPair: fc.Arbitrary<[string, string]> = fc.oneof(
    fc.tuple(fc.constantFrom<string>(...NUMERIC_KEYS), numberLike),
    fc.tuple(fc.constantFrom<string>(...RANGE_KEYS), rangeLike),
    fc.tuple(fc.constant('v'), fc.constantFrom('1', '2', '3', '4')),
    fc.tuple(fc.constantFrom<string>(...DATE_KEYS), dateLike),
    fc.tuple(fc.constant('scenario'), fc.constantFrom(...ALL_SCENARIO_IDS, 'nope')),
    fc.tuple(fc.constant('lang'), fc.constantFrom<string>(...LANGS, 'fr')),
    fc.tuple(fc.constant('theme'), fc.constantFrom<string>(...THEMES, 'neon')),
    fc.tuple(fc.constant('embed'), fc.constantFrom('0', '1', 'yes')),
  );
  const knownOptions: readonly string[] = [...LANGS, ...THEMES, '0', '1'];

  it('takes an in-range plain decimal or range, a known option and a real, ordered pair of dates, without a notice', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(knownPair, { selector: ([key]) => key, maxLength: 8 }),
        (pairs) => {
          const search = `?${new URLSearchParams(pairs).toString()}`;
          const { state, notices } = parseQuery(search);
          const noticed = keysWithValueNotices(notices);
          const problems = new Problems();
          for (const [key, raw] of pairs) {
            const [low = '', high = ''] = raw.split('..');
            if (isRangeKey(key) && raw.split('..').length === 2) {
              const { min, max } = numberSpec(key);
              const [lowNumber, highNumber] = [Number(low), Number(high)];
              if (
                PLAIN_DECIMAL.test(low) &&
                PLAIN_DECIMAL.test(high) &&
                lowNumber > 0 &&
                lowNumber >= min &&
                lowNumber < highNumber &&
                highNumber <= max
              ) {
                problems.check(!noticed.has(key), `${key}=${raw} was refused`);
                problems.check(
                  sameInterval(state.ranges[key], { low: lowNumber, high: highNumber }),
                  `${key}=${raw} reads as ${show(state.ranges[key])}`,
                );
              }
            } else if (key === 'v') {
              problems.check(noticed.has(key) === (raw === '4'), `v=${raw}: ${show(notices)}`);
            } else if (key === 'scenario') {
              // A statement is taken when it is a preset of the link's version.
              const version = versionOf(new URLSearchParams(pairs));
              problems.check(
                noticed.has(key) === !scenarioIdsIn(version).includes(raw),
                `scenario=${raw} in version ${version}: ${show(notices)}`,
              );
            } else if ((NUMERIC_KEYS as readonly string[]).includes(key)) {
              const { min, max } = numberSpec(key as NumericInputKey);
              const number = Number(raw);
              if (PLAIN_DECIMAL.test(raw) && number >= min && number <= max) {
                problems.check(!noticed.has(key), `${key}=${raw} was refused`);
                problems.check(
                  Object.is(state.inputs[key as NumericInputKey], number === 0 ? 0 : number),
                  `${key}=${raw} reads as ${show(state.inputs[key as NumericInputKey])}`,
                );
              }
            } else if (!(DATE_KEYS as readonly string[]).includes(key)) {
              problems.check(
                noticed.has(key) === !knownOptions.includes(raw),
                `${key}=${raw}: notice ${String(noticed.has(key))}`,
              );
            }
          }
          const given = new Map(pairs);
          const [start, end] = [given.get('start'), given.get('end')];
          if (start !== undefined && end !== undefined) {
            const ordered = isRealIsoDate(start) && isRealIsoDate(end) && end > start;
            problems.check(
              (noticed.has('start') || noticed.has('end')) === !ordered,
              `start=${start}&end=${end}: notices ${show(notices)}`,
            );
            problems.check(
              !ordered || (state.inputs.start === start && state.inputs.end === end),
              `start=${start}&end=${end} reads as ${state.inputs.start} → ${state.inputs.end}`,
            );
          }
          problems.assertNone();
        },
      ),
      RUNS,
    );
  });

  it('reads every valid state back from the link it writes, without notices', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const problems = new Problems();
        checkValidState(state, problems);
        const written = stringifyQuery(state);
        // Version 3, or 2 for a preset that only versions 1 and 2 have (nis-2023-11).
        const version = newestVersionOf(state.scenarioId);
        problems.check(
          written === '' || written.startsWith(`?v=${version}&`),
          `${written} does not start with v=${version}`,
        );
        // Numbers as the contract writes them: `.` decimals, no grouping (JavaScript's own form),
        // a range as two of them joined by `..`.
        const plainNumber = /^\d+(\.\d+)?(e[+-]\d+)?$/;
        for (const [key, raw] of new URLSearchParams(written)) {
          problems.check(KNOWN_KEYS.includes(key), `${written} writes ${key}`);
          const ends = isRangeKey(key) && state.ranges[key] ? raw.split('..') : [raw];
          problems.check(
            !(NUMERIC_KEYS as readonly string[]).includes(key) ||
              ends.every((end) => plainNumber.test(end)),
            `${key}=${raw} is not a plain number or range`,
          );
        }
        const reread = parseQuery(written);
        problems.check(
          reread.notices.length === 0,
          `notices for ${written}: ${show(reread.notices)}`,
        );
        problems.check(
          isDeepStrictEqual(reread.state, state),
          `${written} reads as ${show(reread.state)}, not ${show(state)}`,
        );
        problems.check(!reread.olderFigures, `${written} reads as older figures`);
        problems.check(
          stringifyQuery(reread.state) === written,
          `${written} writes itself as ${stringifyQuery(reread.state)}`,
        );
        problems.assertNone();
      }),
      RUNS,
    );
  });
});
