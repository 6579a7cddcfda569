/**
 * Invariants (CONTRACT §3): `parseQuery` never throws and always returns a valid state, with `end`
 * after `start`; every parameter it cannot take as given is named in a notice; a malformed number
 * falls back to the preset's value and an out-of-range one is clamped to the bound of CONTRACT §1;
 * an unknown scenario, language or theme falls back to the default. A link without `v` is version 1,
 * `v=1`, `v=2` and `v=3` are known, any other `v` is read as the newest (3) with a notice. Each
 * version reads its own presets (CONTRACT §6 "Version 3"): `nis-2023-11`, which gave no container
 * count, is a preset of versions 1 and 2 only. `stringifyQuery` and the round trip are in
 * query-stringify.test.ts, ranges and the Open Source Centre's versions in query-ranges.test.ts.
 */
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { parseQuery } from '../../src/url/query';
import { DEFAULTS, DEFAULT_STATE, stateWith } from './query-fixtures';

describe(parseQuery, () => {
  it.each(['', '?', '?v=1', '?v=2', '?v=3'])(
    'reads %j as the default state, without notices',
    (search) => {
      expect(parseQuery(search)).toEqual({
        state: DEFAULT_STATE,
        notices: [],
        olderFigures: false,
      });
      expect(DEFAULT_INPUTS).toEqual(DEFAULTS);
    },
  );

  it.each([
    { search: '?containers=10000', inputs: { containers: 10_000 } },
    { search: '?perContainer=480', inputs: { perContainer: 480 } },
    { search: '?share=50', inputs: { share: 50 } },
    { search: '?usable=80.5', inputs: { usable: 80.5 } },
    { search: '?daily=20000', inputs: { daily: 20_000 } },
    { search: '?start=2023-07-01', inputs: { start: '2023-07-01' } },
    { search: '?end=2024-06-14', inputs: { end: '2024-06-14' } },
    { search: '?shellKg=25', inputs: { shellKg: 25 } },
    { search: '?payloadKg=26000', inputs: { payloadKg: 26_000 } },
    { search: '?packaging=12.5', inputs: { packaging: 12.5 } },
    { search: '?containers=1e4', inputs: { containers: 10_000 } },
    { search: '?shellKg=.5e1', inputs: { shellKg: 5 } },
    { search: '?containers=-0', inputs: { containers: 0 } },
  ])('reads the input in $search', ({ search, inputs }) => {
    expect(parseQuery(search)).toEqual({
      state: stateWith({}, inputs),
      notices: [],
      olderFigures: false,
    });
  });

  it.each([
    { search: '?lang=ko', view: { lang: 'ko' } },
    { search: '?lang=uk', view: { lang: 'uk' } },
    { search: '?theme=dark', view: { theme: 'dark' } },
    { search: '?theme=light', view: { theme: 'light' } },
    { search: '?embed=1', view: { embed: true } },
    { search: '?embed=0', view: { embed: false } },
  ] as const)('reads the view option in $search', ({ search, view }) => {
    expect(parseQuery(search)).toEqual({
      state: stateWith(view),
      notices: [],
      olderFigures: false,
    });
  });

  it('loads a preset with scenario', () => {
    // Shin, June 2024: at least 10,000 containers that could hold as many as 4.8 million shells
    // → 4,800,000 ÷ 10,000 = 480 a container
    const { state, notices } = parseQuery('?scenario=shin-2024-06');
    expect(notices).toEqual([]);
    expect(state.scenarioId).toBe('shin-2024-06');
    expect(state.inputs).toEqual({
      ...DEFAULTS,
      containers: 10_000,
      perContainer: 480,
      end: '2024-06-14',
    });
  });

  it('lets explicit parameters override the preset', () => {
    const { state } = parseQuery('?containers=12000&scenario=shin-2024-06&end=2024-07-01');
    expect(state.inputs).toMatchObject({
      containers: 12_000,
      perContainer: 480,
      end: '2024-07-01',
    });
  });

  describe('reads the presets of the link’s version (CONTRACT §6 "Version 3")', () => {
    /**
     * FACTS §1, NIS, November 2023, as versions 1 and 2 pinned it, although it gave no container
     * count: 1,000,000 ÷ 448 = 2,232.1 → 2,232 containers of 448; "more than two months" of fire,
     * 1,000,000 ÷ 60 days = 16,667 → 16,700 a day; since "early August" (1 August) to 1 November 2023.
     */
    const NIS_INPUTS = {
      ...DEFAULTS,
      containers: 2_232,
      perContainer: 448,
      daily: 16_700,
      start: '2023-08-01',
      end: '2023-11-01',
    };

    it.each(['?scenario=nis-2023-11', '?v=1&scenario=nis-2023-11', '?v=2&scenario=nis-2023-11'])(
      '%s keeps the figures of versions 1 and 2, with no note: no newer version has the preset',
      (search) => {
        expect(parseQuery(search)).toEqual({
          state: stateWith({ scenarioId: 'nis-2023-11' }, NIS_INPUTS),
          notices: [],
          olderFigures: false,
        });
      },
    );

    it('refuses nis-2023-11 in version 3, where a statement without a container count is no preset', () => {
      expect(parseQuery('?v=3&scenario=nis-2023-11&containers=10000')).toEqual({
        state: stateWith({}, { containers: 10_000 }),
        notices: [
          { kind: 'unknown-option', key: 'scenario', raw: 'nis-2023-11', used: 'shin-2024-02' },
        ],
        olderFigures: false,
      });
    });

    it('refuses it too in a version from the future, which reads as the newest', () => {
      expect(parseQuery('?v=4&scenario=nis-2023-11')).toEqual({
        state: DEFAULT_STATE,
        notices: [
          { kind: 'unknown-version', key: 'v', raw: '4' },
          { kind: 'unknown-option', key: 'scenario', raw: 'nis-2023-11', used: 'shin-2024-02' },
        ],
        olderFigures: false,
      });
    });

    it.each(['?v=3&scenario=mil-2023-11', '?scenario=mil-2023-11', '?v=2&scenario=mil-2023-11'])(
      'loads a preset new in version 3, also from an older link, which had no other meaning: %s',
      (search) => {
        // South Korean military, Nov 2023: about 2,000 containers, "more than 1 million" if 152 mm
        // → 1,000,000 ÷ 2,000 = 500 a container; "more than 200,000" if 122 mm rockets → 100 a
        // container; "mostly August to October" from 1 August 2023.
        expect(parseQuery(search)).toEqual({
          state: stateWith(
            { scenarioId: 'mil-2023-11' },
            {
              containers: 2_000,
              perContainer: 500,
              perContainerRockets: 100,
              start: '2023-08-01',
              end: '2023-11-02',
            },
          ),
          notices: [],
          olderFigures: false,
        });
      },
    );
  });

  it('reads every parameter at once', () => {
    const search =
      '?v=1&scenario=shin-2024-06&containers=12000&share=50&start=2023-10-01&lang=uk&theme=dark&embed=1';
    expect(parseQuery(search)).toEqual({
      state: {
        scenarioId: 'shin-2024-06',
        inputs: {
          ...DEFAULTS,
          containers: 12_000,
          perContainer: 480,
          share: 50,
          start: '2023-10-01',
          end: '2024-06-14',
        },
        ranges: {},
        lang: 'uk',
        theme: 'dark',
        embed: true,
      },
      notices: [],
      olderFigures: false,
    });
  });

  describe('malformed numbers fall back to the preset', () => {
    it.each([
      { query: 'abc', raw: 'abc' },
      { query: '6,700', raw: '6,700' },
      { query: '1.2.3', raw: '1.2.3' },
      { query: '', raw: '' },
      { query: 'NaN', raw: 'NaN' },
      { query: 'Infinity', raw: 'Infinity' },
      { query: '-Infinity', raw: '-Infinity' },
      { query: '0x10', raw: '0x10' },
      { query: '1_000', raw: '1_000' },
      { query: '1e', raw: '1e' },
      { query: '..5', raw: '..5' },
      { query: '%206700', raw: ' 6700' },
      { query: '+6700', raw: ' 6700' },
    ])('containers=$query → 6,700 and a notice', ({ query, raw }) => {
      const { state, notices } = parseQuery(`?containers=${query}`);
      expect(state.inputs.containers).toBe(6_700);
      expect(notices).toEqual([{ kind: 'not-a-number', key: 'containers', raw, used: 6_700 }]);
    });

    it("falls back to the chosen preset's value, not the default's", () => {
      const { state, notices } = parseQuery('?scenario=shin-2024-06&perContainer=lots');
      expect(state.inputs.perContainer).toBe(480);
      expect(notices).toEqual([
        { kind: 'not-a-number', key: 'perContainer', raw: 'lots', used: 480 },
      ]);
    });
  });

  describe('out-of-range numbers are clamped to the bound', () => {
    it.each([
      { key: 'containers', raw: '-5', used: 0, bound: 'min' },
      { key: 'share', raw: '120', used: 100, bound: 'max' },
      { key: 'usable', raw: '100.01', used: 100, bound: 'max' },
      { key: 'daily', raw: '0', used: 1, bound: 'min' },
      { key: 'perContainer', raw: '5001', used: 5_000, bound: 'max' },
      { key: 'shellKg', raw: '0.5', used: 1, bound: 'min' },
      { key: 'payloadKg', raw: '99', used: 100, bound: 'min' },
      { key: 'packaging', raw: '-1', used: 0, bound: 'min' },
      { key: 'packaging', raw: '301', used: 300, bound: 'max' },
      { key: 'containers', raw: '1e400', used: 1_000_000, bound: 'max' },
      { key: 'containers', raw: '9'.repeat(5_000), used: 1_000_000, bound: 'max' },
      { key: 'containers', raw: '-1e400', used: 0, bound: 'min' },
      { key: 'daily', raw: '-1e400', used: 1, bound: 'min' },
    ] as const)('$key=$raw → $used', ({ key, raw, used, bound }) => {
      const { state, notices } = parseQuery(`?${key}=${raw}`);
      expect(state.inputs[key]).toBe(used);
      expect(notices).toEqual([{ kind: 'clamped', key, raw, used, bound }]);
    });
  });

  it('refuses a 100,000-digit value with a stray character in linear time', () => {
    // Regression: the number pattern `\d+\.?\d*` backtracked quadratically over a run of digits
    // that did not end the value (50,000 digits and an `x` took over 10 seconds).
    const raw = `${'9'.repeat(100_000)}x`;
    const started = performance.now();
    const { state, notices } = parseQuery(`?containers=${raw}`);
    expect(performance.now() - started).toBeLessThan(250);
    expect(state.inputs.containers).toBe(6_700);
    expect(notices).toEqual([{ kind: 'not-a-number', key: 'containers', raw, used: 6_700 }]);
  });

  describe('dates', () => {
    it.each([
      { key: 'start', raw: '2023-02-30', used: '2023-09-13' },
      { key: 'start', raw: '2023-9-13', used: '2023-09-13' },
      { key: 'end', raw: 'yesterday', used: '2024-02-26' },
      { key: 'end', raw: '', used: '2024-02-26' },
    ] as const)('$key=$raw is not a date → $used', ({ key, raw, used }) => {
      const { state, notices } = parseQuery(`?${key}=${raw}`);
      expect(state.inputs[key]).toBe(used);
      expect(notices).toEqual([{ kind: 'not-a-date', key, raw, used }]);
    });

    it("refuses an end before the start and uses the preset's end", () => {
      expect(parseQuery('?end=2020-01-01')).toEqual({
        state: DEFAULT_STATE,
        notices: [
          {
            kind: 'end-not-after-start',
            key: 'end',
            raw: '2020-01-01',
            used: '2024-02-26',
            start: '2023-09-13',
          },
        ],
        olderFigures: false,
      });
    });

    it('refuses an end equal to the start', () => {
      const { state, notices } = parseQuery('?start=2023-10-01&end=2023-10-01');
      expect(state.inputs).toMatchObject({ start: '2023-10-01', end: '2024-02-26' });
      expect(notices).toMatchObject([{ kind: 'end-not-after-start', key: 'end' }]);
    });

    it("refuses a start after the preset's end and uses the preset's start", () => {
      expect(parseQuery('?start=2025-01-01')).toEqual({
        state: DEFAULT_STATE,
        notices: [
          {
            kind: 'start-not-before-end',
            key: 'start',
            raw: '2025-01-01',
            used: '2023-09-13',
            end: '2024-02-26',
          },
        ],
        olderFigures: false,
      });
    });

    it('accepts a later start together with a later end', () => {
      const { state, notices } = parseQuery('?start=2025-01-01&end=2025-06-01');
      expect(notices).toEqual([]);
      expect(state.inputs).toMatchObject({ start: '2025-01-01', end: '2025-06-01' });
    });

    it.each([
      '?end=2020-01-01',
      '?start=2025-01-01',
      '?start=2024-02-26',
      '?start=2025-01-01&end=2024-12-01',
      '?start=2024-03-01&end=2024-02-26',
      '?start=abc&end=2023-09-13',
      '?scenario=mnd-2023-10&start=2023-10-16',
      '?scenario=mnd-2023-10&end=2023-09-07',
    ])('always ends after it starts: %s', (search) => {
      const { start, end } = parseQuery(search).state.inputs;
      // same-width ISO dates compare as strings
      expect(end > start).toBe(true);
    });
  });

  describe('parameters it does not know', () => {
    it('names unknown keys and ignores them', () => {
      expect(parseQuery('?foo=1&bar&foo=2')).toEqual({
        state: DEFAULT_STATE,
        notices: [
          { kind: 'unknown-key', key: 'foo' },
          { kind: 'unknown-key', key: 'bar' },
        ],
        olderFigures: false,
      });
    });

    it('takes the first of duplicated keys', () => {
      const { state, notices } = parseQuery('?containers=10000&containers=20000');
      expect(state.inputs.containers).toBe(10_000);
      expect(notices).toEqual([{ kind: 'duplicate-key', key: 'containers', used: '10000' }]);
    });

    it.each([
      {
        search: '?scenario=shin-2099-01',
        key: 'scenario',
        raw: 'shin-2099-01',
        used: 'shin-2024-02',
      },
      { search: '?scenario=__proto__', key: 'scenario', raw: '__proto__', used: 'shin-2024-02' },
      { search: '?lang=fr', key: 'lang', raw: 'fr', used: 'en' },
      { search: '?theme=neon', key: 'theme', raw: 'neon', used: 'auto' },
      { search: '?embed=yes', key: 'embed', raw: 'yes', used: '0' },
    ])('refuses $search and uses $used', ({ search, key, raw, used }) => {
      const { state, notices } = parseQuery(search);
      expect(notices).toEqual([{ kind: 'unknown-option', key, raw, used }]);
      // An unknown language leaves `lang` unset: the page follows the browser, as without it.
      expect(state).toEqual(DEFAULT_STATE);
    });

    it.each(['4', '0', '1.0', '', 'two'])(
      'reads the unknown version v=%j as the newest (3), with a notice',
      (raw) => {
        expect(parseQuery(`?v=${raw}&containers=10000`)).toEqual({
          state: stateWith({}, { containers: 10_000 }),
          notices: [{ kind: 'unknown-version', key: 'v', raw }],
          olderFigures: false,
        });
      },
    );
  });

  it.each([
    '%',
    '%E0%A4%A',
    '?&&&==',
    '?<script>alert(1)</script>',
    '?containers=<script>alert(1)</script>',
    `?${'a'.repeat(10_000)}`,
    `?containers=${'1'.repeat(10_000)}`,
    '?start=２０２４-０１-０１',
    '?containers=١٠٠٠',
    '?lang=🇺🇦&theme=💥',
    '?__proto__=1&constructor=2&scenario=constructor',
    '?containers=%00&end=%FF',
  ])('never throws and always returns a valid state: %s', (search) => {
    expect(() => parseQuery(search)).not.toThrow();
    const { start, end } = parseQuery(search).state.inputs;
    expect(end > start).toBe(true);
  });
});
