/**
 * The comparison's parameter (our addition to CONTRACT §3): `compare=<a query string, URL-encoded>`
 * holds a second scenario, read by the page's own rules, with notices that name `compare` and the
 * inner key; written only when a comparison is open, defaults left out; round-trips.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareNoticeKey, type ComparedScenario } from '../../src/url/compare-query';
import { parseQuery, stringifyQuery, type QueryState } from '../../src/url/query';
import { DEFAULT_STATE, DEFAULTS } from './query-fixtures';

const JUNE: ComparedScenario = {
  scenarioId: 'shin-2024-06',
  inputs: { ...DEFAULTS, containers: 10_000, perContainer: 480, end: '2024-06-14' },
  ranges: {},
};

const withCompare = (compare: ComparedScenario | null, changes: Partial<QueryState> = {}) => ({
  ...DEFAULT_STATE,
  ...changes,
  compare,
});

describe(parseQuery, () => {
  it('reads a compared statement beside the page’s own figures', () => {
    const { state, notices } = parseQuery('?containers=12000&compare=scenario%3Dshin-2024-06');
    expect(notices).toEqual([]);
    expect(state.inputs.containers).toBe(12_000);
    expect(state.scenarioId).toBe('shin-2024-02');
    expect(state.compare).toEqual(JUNE);
  });

  it('leaves the comparison out when the link has none', () => {
    expect(parseQuery('?containers=12000').state).not.toHaveProperty('compare');
  });

  it('reads an empty comparison as the default statement', () => {
    const { state, notices } = parseQuery('?compare=');
    expect(notices).toEqual([]);
    expect(state.compare).toEqual({ scenarioId: 'shin-2024-02', inputs: DEFAULTS, ranges: {} });
  });

  it('takes inputs and ranges inside the comparison, overriding its statement', () => {
    const { state, notices } = parseQuery(
      `?compare=${encodeURIComponent('scenario=shin-2024-06&containers=6700..13000&daily=20000')}`,
    );
    expect(notices).toEqual([]);
    expect(state.compare?.ranges).toEqual({ containers: { low: 6_700, high: 13_000 } });
    expect(state.compare?.inputs.daily).toBe(20_000);
    expect(state.compare?.inputs.perContainer).toBe(480);
    // The page's own state is untouched.
    expect(state.inputs).toEqual(DEFAULTS);
  });

  it('falls back and names “compare: containers” for a malformed inner value', () => {
    const { state, notices } = parseQuery('?compare=scenario%3Dshin-2024-06%26containers%3Dabc');
    expect(state.compare?.inputs.containers).toBe(10_000);
    expect(notices).toEqual([
      { kind: 'not-a-number', key: 'compare: containers', raw: 'abc', used: 10_000 },
    ]);
  });

  it('clamps an inner value out of range, and refuses an unknown inner statement', () => {
    const { state, notices } = parseQuery('?compare=share%3D120%26scenario%3Dnope');
    expect(state.compare?.scenarioId).toBe('shin-2024-02');
    expect(state.compare?.inputs.share).toBe(100);
    expect(notices.map((notice) => [notice.kind, notice.key])).toEqual([
      ['unknown-option', 'compare: scenario'],
      ['clamped', 'compare: share'],
    ]);
  });

  it('ignores a nested comparison and view options inside it, naming each once', () => {
    const inner = 'compare=scenario%3Dshin-2024-07&lang=ko&lang=uk&theme=dark&embed=1&x=1';
    const { state, notices } = parseQuery(`?compare=${encodeURIComponent(inner)}`);
    expect(state.compare).toEqual({ scenarioId: 'shin-2024-02', inputs: DEFAULTS, ranges: {} });
    expect(state.lang).toBeNull();
    expect(state.theme).toBe('auto');
    expect(notices).toEqual(
      ['compare', 'lang', 'theme', 'embed', 'x'].map((key) => ({
        kind: 'unknown-key',
        key: compareNoticeKey(key),
      })),
    );
  });

  it('does not call `compare` itself unknown, but names it when repeated', () => {
    expect(parseQuery('?compare=').notices).toEqual([]);
    const { state, notices } = parseQuery('?compare=scenario%3Dshin-2024-06&compare=');
    expect(state.compare?.scenarioId).toBe('shin-2024-06');
    expect(notices).toEqual([
      { kind: 'duplicate-key', key: 'compare', used: 'scenario=shin-2024-06' },
    ]);
  });

  it('reads the comparison in the version of the link around it', () => {
    // Version 1 kept the Open Source Centre's 15,800 containers at an exact 312.4 a container;
    // version 2 the same containers at 266 to 367; version 3 has 15,809 containers at 253 to 380
    // (4 million ÷ 15,809 = 253.02 and 6 million ÷ 15,809 = 379.53, rounded outwards).
    const first = parseQuery('?compare=scenario%3Dosc-2025-04').state.compare;
    expect(first?.ranges).toEqual({});
    expect(first?.inputs).toMatchObject({ containers: 15_800, perContainer: 312.4 });
    const second = parseQuery('?v=2&compare=scenario%3Dosc-2025-04').state.compare;
    expect(second?.ranges).toEqual({ perContainer: { low: 266, high: 367 } });
    expect(second?.inputs.containers).toBe(15_800);
    const current = parseQuery('?v=3&compare=scenario%3Dosc-2025-04').state.compare;
    expect(current?.ranges).toEqual({ perContainer: { low: 253, high: 380 } });
    expect(current?.inputs.containers).toBe(15_809);
    // The comparison's own `v` wins over the link's.
    const own = parseQuery('?v=3&compare=v%3D1%26scenario%3Dosc-2025-04').state.compare;
    expect(own?.ranges).toEqual({});
    expect(own?.inputs.perContainer).toBe(312.4);
  });

  it('reads nis-2023-11 in a comparison of version 1 or 2 only', () => {
    // Versions 1 and 2: 2,232 containers × 448, at 16,700 a day; version 3 has no such preset.
    expect(parseQuery('?v=2&compare=scenario%3Dnis-2023-11').state.compare).toMatchObject({
      scenarioId: 'nis-2023-11',
      inputs: { containers: 2_232, perContainer: 448, daily: 16_700 },
    });
    const { state, notices } = parseQuery('?v=3&compare=scenario%3Dnis-2023-11');
    expect(state.compare).toEqual({ scenarioId: 'shin-2024-02', inputs: DEFAULTS, ranges: {} });
    expect(notices).toEqual([
      {
        kind: 'unknown-option',
        key: 'compare: scenario',
        raw: 'nis-2023-11',
        used: 'shin-2024-02',
      },
    ]);
  });
});

describe(stringifyQuery, () => {
  it('writes the comparison as one encoded parameter, after the page’s own', () => {
    expect(stringifyQuery(withCompare(JUNE, { lang: 'ko' }))).toBe(
      '?v=3&lang=ko&compare=scenario%3Dshin-2024-06',
    );
  });

  it('writes nothing for a closed comparison, and always names the compared statement', () => {
    expect(stringifyQuery(withCompare(null))).toBe('');
    expect(
      stringifyQuery(withCompare({ ...JUNE, scenarioId: 'shin-2024-02', inputs: DEFAULTS })),
    ).toBe('?v=3&compare=scenario%3Dshin-2024-02');
  });

  it('writes only what differs from the compared statement, ranges as low..high', () => {
    const compare: ComparedScenario = {
      ...JUNE,
      inputs: { ...JUNE.inputs, daily: 20_000 },
      ranges: { containers: { low: 6_700, high: 13_000 } },
    };
    expect(stringifyQuery(withCompare(compare))).toBe(
      `?v=3&compare=${encodeURIComponent('scenario=shin-2024-06&containers=6700..13000&daily=20000')}`,
    );
  });
});

describe('the compare parameter round-trips', () => {
  it.each([
    '?v=3&compare=scenario%3Dshin-2024-06',
    '?v=3&scenario=shin-2024-06&containers=12000&compare=scenario%3Dshin-2024-02',
    `?v=3&compare=${encodeURIComponent('scenario=osc-2025-04&perContainer=310.1&start=2023-10-01')}`,
    `?v=3&daily=5000..30000&compare=${encodeURIComponent('scenario=shin-2024-02&containers=6700..13000')}`,
    `?v=3&compare=${encodeURIComponent('scenario=isw-2023-10&perContainer=300..400')}`,
    // A comparison of another version than the page's keeps its own.
    `?v=3&compare=${encodeURIComponent('v=2&scenario=nis-2023-11')}`,
    `?v=2&scenario=nis-2023-11&compare=${encodeURIComponent('v=3&scenario=osc-2025-04')}`,
  ])('%s reads and writes itself again', (query) => {
    const first = parseQuery(query);
    expect(first.notices).toEqual([]);
    expect(stringifyQuery(first.state)).toBe(query);
  });

  it.each([
    {
      search: '?v=2&compare=scenario%3Dosc-2025-04',
      upgraded: `?v=3&compare=${encodeURIComponent('scenario=osc-2025-04&containers=15800&perContainer=266..367')}`,
    },
    {
      search: '?compare=scenario%3Dosc-2025-04',
      upgraded: `?v=3&compare=${encodeURIComponent('scenario=osc-2025-04&containers=15800&perContainer=312.4')}`,
    },
  ])(
    'upgrades the older comparison $search to the same meaning in version 3',
    ({ search, upgraded }) => {
      const { state, notices } = parseQuery(search);
      expect(notices).toEqual([]);
      expect(stringifyQuery(state)).toBe(upgraded);
      expect(parseQuery(upgraded)).toEqual({ state, notices: [], olderFigures: false });
    },
  );

  it('parse → stringify → parse gives the same state for any inner query (fast-check)', () => {
    const keys = [
      'scenario',
      'containers',
      'perContainer',
      'share',
      'daily',
      'start',
      'end',
      'compare',
      'lang',
      'x',
    ];
    const values = fc.oneof(
      fc.constantFrom(
        'shin-2024-06',
        'osc-2025-04',
        'isw-2023-10',
        'nis-2023-11',
        'abc',
        '-5',
        '1e309',
        '6700..13000',
        '9..3',
      ),
      fc.constantFrom('2024-01-01', '2023-02-30', '', 'NaN', '120', '0.5'),
      fc.string({ maxLength: 8 }),
    );
    const inner = fc
      .array(fc.tuple(fc.constantFrom(...keys), values), { maxLength: 6 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    fc.assert(
      fc.property(
        inner,
        fc.constantFrom('', 'v=1&', 'v=2&', 'v=3&'),
        fc.constantFrom('', 'scenario=nis-2023-11&', 'scenario=osc-2025-04&'),
        (innerQuery, version, page) => {
          const query = `?${version}${page}compare=${encodeURIComponent(innerQuery)}`;
          const once = parseQuery(query).state;
          const written = stringifyQuery(once);
          const again = parseQuery(written);
          expect(again.notices).toEqual([]);
          expect(again.state).toEqual(once);
          expect(stringifyQuery(again.state)).toBe(written);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
