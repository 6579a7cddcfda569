/**
 * Invariants (CONTRACT §2, §3, §6 "Version 3"): `containers`, `perContainer` and `daily` may each be
 * a range `low..high` in the link, read as the 90% interval with its input at the centre
 * √(low × high) (whole containers and rounds a day, tenths of a round per container); a high end
 * above the input's maximum is clamped to it, a low end not above 0 or not below the high end is
 * refused, and a malformed range is not a number: each named in a notice, the preset's value (its
 * range, where it has one) used instead. Each version keeps its own figures for the Open Source
 * Centre's count: version 1 about 15,800 containers, exact at 312.4 a container; version 2 the
 * same containers, 266 to 367 a container; version 3 15,809 containers, 253 to 380. A link of an
 * older version keeps its own and says that newer figures exist, and the link written back says
 * the same in version 3's terms. `stringifyQuery` leaves out a range equal to the preset's and
 * writes an exact value where the preset has a range.
 */
import { validateInputs } from '../../src/model/inputs';
import { parseQuery, stringifyQuery, type QueryState } from '../../src/url/query';
import { DEFAULTS, DEFAULT_STATE, stateWith } from './query-fixtures';

/** FACTS §1, Open Source Centre, April 2025, as versions 1 and 2 pinned its inputs. */
const OSC_INPUTS = {
  ...DEFAULTS,
  containers: 15_800,
  perContainer: 312.4,
  start: '2023-09-01',
  end: '2025-03-31',
};
/** Version 2's range for the same count: 266 to 367 rounds a container, centre √(266 × 367) = 312.4. */
const OSC_RANGE = { low: 266, high: 367 };

/**
 * Version 3 (FACTS as reviewed on 2026-12-05): 15,809 containers, and Reuters' 4 to 6 million
 * divided by them, 4,000,000 ÷ 15,809 = 253.02 → 253 and 6,000,000 ÷ 15,809 = 379.53 → 380
 * (rounded outwards); the centre √(253 × 380) = √96,140 = 310.06 → 310.1.
 */
const OSC_V3_INPUTS = { ...OSC_INPUTS, containers: 15_809, perContainer: 310.1 };
const OSC_V3_RANGE = { low: 253, high: 380 };

/** The Open Source Centre's count as versions 1 and 2 read it (version 2 with `OSC_RANGE`). */
const osc = (changes: Partial<QueryState> = {}): QueryState => ({
  ...DEFAULT_STATE,
  scenarioId: 'osc-2025-04',
  inputs: OSC_INPUTS,
  ...changes,
});

/** The same count as version 3 reads it, with its range. */
const oscV3 = (changes: Partial<QueryState> = {}): QueryState =>
  osc({ inputs: OSC_V3_INPUTS, ranges: { perContainer: OSC_V3_RANGE }, ...changes });

describe(parseQuery, () => {
  describe('reads a range of each range key, with its input at the centre', () => {
    it.each([
      {
        search: '?v=2&containers=6700..13000',
        ranges: { containers: { low: 6_700, high: 13_000 } },
        inputs: { containers: 9_333 },
      },
      {
        search: '?v=2&perContainer=300..400',
        ranges: { perContainer: { low: 300, high: 400 } },
        inputs: { perContainer: 346.4 },
      },
      {
        search: '?v=2&perContainer=266.5..367.25',
        ranges: { perContainer: { low: 266.5, high: 367.25 } },
        inputs: { perContainer: 312.8 },
      },
      {
        search: '?v=2&daily=5000..20000',
        ranges: { daily: { low: 5_000, high: 20_000 } },
        inputs: { daily: 10_000 },
      },
      {
        search: '?v=2&containers=1e3..1e4',
        ranges: { containers: { low: 1_000, high: 10_000 } },
        inputs: { containers: 3_162 },
      },
      {
        search: '?v=2&containers=1..1000000',
        ranges: { containers: { low: 1, high: 1_000_000 } },
        inputs: { containers: 1_000 },
      },
      {
        // The contract wrote ranges into version 1 already: a link without `v` reads them too.
        search: '?containers=6700..13000',
        ranges: { containers: { low: 6_700, high: 13_000 } },
        inputs: { containers: 9_333 },
      },
      {
        search: '?v=2&containers=6700..13000&perContainer=300..400&daily=5000..20000',
        ranges: {
          containers: { low: 6_700, high: 13_000 },
          perContainer: { low: 300, high: 400 },
          daily: { low: 5_000, high: 20_000 },
        },
        inputs: { containers: 9_333, perContainer: 346.4, daily: 10_000 },
      },
    ])('$search', ({ search, ranges, inputs }) => {
      expect(parseQuery(search)).toEqual({
        state: stateWith({ ranges }, inputs),
        notices: [],
        olderFigures: false,
      });
    });
  });

  describe('clamps a high end above the maximum, and names it', () => {
    it.each([
      {
        key: 'containers',
        raw: '6700..2000000',
        used: { low: 6_700, high: 1_000_000 },
        at: 81_854,
      },
      { key: 'perContainer', raw: '266..1e400', used: { low: 266, high: 5_000 }, at: 1_153.3 },
      { key: 'daily', raw: '5000..1000000.5', used: { low: 5_000, high: 1_000_000 }, at: 70_711 },
    ] as const)('$key=$raw → $used.low..$used.high', ({ key, raw, used, at }) => {
      expect(parseQuery(`?v=2&${key}=${raw}`)).toEqual({
        state: stateWith({ ranges: { [key]: used } }, { [key]: at }),
        notices: [{ kind: 'clamped', key, raw, used, bound: 'max' }],
        olderFigures: false,
      });
    });
  });

  describe("refuses a range that is not 0 < low < high, and uses the preset's value", () => {
    it.each([
      { key: 'containers', raw: '0..13000', why: 'not-positive', used: 6_700 },
      { key: 'containers', raw: '-1..13000', why: 'not-positive', used: 6_700 },
      { key: 'containers', raw: '-0..5', why: 'not-positive', used: 6_700 },
      { key: 'containers', raw: '0..0', why: 'not-positive', used: 6_700 },
      { key: 'containers', raw: '13000..6700', why: 'not-increasing', used: 6_700 },
      { key: 'containers', raw: '6700..6700', why: 'not-increasing', used: 6_700 },
      { key: 'perContainer', raw: '500..400', why: 'not-increasing', used: 448 },
      // Clamped to 5,000 at the high end, the low end is no longer below it.
      { key: 'perContainer', raw: '6000..7000', why: 'not-increasing', used: 448 },
      { key: 'daily', raw: '0..20000', why: 'not-positive', used: 10_000 },
      { key: 'daily', raw: '20000..5000', why: 'not-increasing', used: 10_000 },
    ] as const)('$key=$raw is refused as $why', ({ key, raw, why, used }) => {
      expect(parseQuery(`?v=2&${key}=${raw}`)).toEqual({
        state: DEFAULT_STATE,
        notices: [{ kind: 'range-refused', key, raw, used, why }],
        olderFigures: false,
      });
    });

    it.each([
      {
        // Version 3's own range.
        search: '?v=3&scenario=osc-2025-04&perContainer=380..253',
        raw: '380..253',
        state: oscV3(),
        used: OSC_V3_RANGE,
        olderFigures: false,
      },
      {
        // Version 2's range, in a link that keeps version 2's figures and says newer ones exist.
        search: '?v=2&scenario=osc-2025-04&perContainer=367..266',
        raw: '367..266',
        state: osc({ ranges: { perContainer: OSC_RANGE } }),
        used: OSC_RANGE,
        olderFigures: true,
      },
    ])(
      "uses the preset's own range where it has one: $search",
      ({ search, raw, state, used, olderFigures }) => {
        expect(parseQuery(search)).toEqual({
          state,
          notices: [
            { kind: 'range-refused', key: 'perContainer', raw, used, why: 'not-increasing' },
          ],
          olderFigures,
        });
      },
    );

    it("uses version 1's exact value in a version 1 link", () => {
      const { state, notices } = parseQuery('?scenario=osc-2025-04&perContainer=0..367');
      expect(state).toEqual(osc());
      expect(notices).toEqual([
        {
          kind: 'range-refused',
          key: 'perContainer',
          raw: '0..367',
          used: 312.4,
          why: 'not-positive',
        },
      ]);
    });
  });

  describe("reads a malformed range as not a number, and uses the preset's value", () => {
    it.each([
      { query: 'abc..13000', raw: 'abc..13000' },
      { query: '6700..abc', raw: '6700..abc' },
      { query: '6700..', raw: '6700..' },
      { query: '..13000', raw: '..13000' },
      { query: '..', raw: '..' },
      { query: '1..2..3', raw: '1..2..3' },
      { query: '6,700..13,000', raw: '6,700..13,000' },
      { query: '6700 .. 13000', raw: '6700 .. 13000' },
      { query: 'NaN..1', raw: 'NaN..1' },
      { query: '1..Infinity', raw: '1..Infinity' },
      { query: '0x10..0x20', raw: '0x10..0x20' },
    ])('containers=$query → 6,700 and a notice', ({ query, raw }) => {
      expect(parseQuery(`?v=2&containers=${query}`)).toEqual({
        state: DEFAULT_STATE,
        notices: [{ kind: 'not-a-number', key: 'containers', raw, used: 6_700 }],
        olderFigures: false,
      });
    });

    it.each([
      { v: 3, state: oscV3(), used: OSC_V3_RANGE, olderFigures: false },
      {
        v: 2,
        state: osc({ ranges: { perContainer: OSC_RANGE } }),
        used: OSC_RANGE,
        olderFigures: true,
      },
    ])(
      "keeps the preset's range where it has one, in version $v",
      ({ v, state, used, olderFigures }) => {
        expect(parseQuery(`?v=${String(v)}&scenario=osc-2025-04&perContainer=abc..1`)).toEqual({
          state,
          notices: [{ kind: 'not-a-number', key: 'perContainer', raw: 'abc..1', used }],
          olderFigures,
        });
      },
    );
  });

  it.each(['abc', '', '1e', '6,700'])(
    "falls back to the preset's range, not its centre, for the malformed perContainer=%j",
    (raw) => {
      // CONTRACT §3: a malformed value falls back to the default, and from version 2 on the
      // default of osc-2025-04's perContainer is its range, as for a malformed range (`abc..1`
      // above): in version 3 its own, in version 2 version 2's, with the note of older figures.
      expect(parseQuery(`?v=3&scenario=osc-2025-04&perContainer=${raw}`)).toEqual({
        state: oscV3(),
        notices: [{ kind: 'not-a-number', key: 'perContainer', raw, used: OSC_V3_RANGE }],
        olderFigures: false,
      });
      expect(parseQuery(`?v=2&scenario=osc-2025-04&perContainer=${raw}`)).toEqual({
        state: osc({ ranges: { perContainer: OSC_RANGE } }),
        notices: [{ kind: 'not-a-number', key: 'perContainer', raw, used: OSC_RANGE }],
        olderFigures: true,
      });
    },
  );

  it.each(['0.1..0.2', '1e-9..1e-8', '0.5..0.9'])(
    'keeps daily inside its valid values (1 … 1,000,000) for daily=%s',
    (raw) => {
      // A range's centre below daily's minimum would make the exact results divide by 0.
      expect(validateInputs(parseQuery(`?v=2&daily=${raw}`).state.inputs)).toEqual([]);
    },
  );

  describe('reads the preset ranges of the link’s version', () => {
    it.each([
      { search: '?scenario=osc-2025-04', inputs: {} },
      { search: '?v=1&scenario=osc-2025-04', inputs: {} },
      { search: '?scenario=osc-2025-04&containers=20000', inputs: { containers: 20_000 } },
      // The link gives perContainer itself, but not the containers, which version 3 changed.
      { search: '?scenario=osc-2025-04&perContainer=300', inputs: { perContainer: 300 } },
    ])(
      '$search keeps version 1’s exact 312.4 and 15,800 containers, and says newer figures exist',
      ({ search, inputs }) => {
        expect(parseQuery(search)).toEqual({
          state: osc({ inputs: { ...OSC_INPUTS, ...inputs } }),
          notices: [],
          olderFigures: true,
        });
      },
    );

    it.each([
      { search: '?v=2&scenario=osc-2025-04', inputs: {} },
      { search: '?v=2&scenario=osc-2025-04&containers=20000', inputs: { containers: 20_000 } },
    ])(
      '$search keeps version 2’s range 266..367 and 15,800 containers, and says newer figures exist',
      ({ search, inputs }) => {
        expect(parseQuery(search)).toEqual({
          state: osc({ inputs: { ...OSC_INPUTS, ...inputs }, ranges: { perContainer: OSC_RANGE } }),
          notices: [],
          olderFigures: true,
        });
      },
    );

    it.each([
      { search: '?v=3&scenario=osc-2025-04', notices: [] },
      // An unknown version reads as the newest.
      {
        search: '?v=4&scenario=osc-2025-04',
        notices: [{ kind: 'unknown-version', key: 'v', raw: '4' }],
      },
    ])('$search gets 15,809 containers and the range 253..380', ({ search, notices }) => {
      expect(parseQuery(search)).toEqual({ state: oscV3(), notices, olderFigures: false });
    });

    it.each([
      // The link gives every figure that version 3 changed itself, so nothing of its own
      // version's preset is at stake.
      { search: '?scenario=osc-2025-04&containers=15800&perContainer=300', perContainer: 300 },
      {
        search: '?scenario=osc-2025-04&containers=15800&perContainer=312.4',
        perContainer: 312.4,
      },
      {
        search: '?v=2&scenario=osc-2025-04&containers=15800&perContainer=312.4',
        perContainer: 312.4,
      },
      {
        search: '?v=2&scenario=osc-2025-04&perContainer=300&containers=15800',
        perContainer: 300,
      },
    ])('$search is exact at $perContainer, with no note', ({ search, perContainer }) => {
      expect(parseQuery(search)).toEqual({
        state: osc({ inputs: { ...OSC_INPUTS, perContainer } }),
        notices: [],
        olderFigures: false,
      });
    });

    it.each([
      { search: '?v=3&scenario=osc-2025-04&perContainer=300', perContainer: 300 },
      { search: '?v=3&scenario=osc-2025-04&perContainer=310.1', perContainer: 310.1 },
    ])('$search is exact at $perContainer, with no note', ({ search, perContainer }) => {
      expect(parseQuery(search)).toEqual({
        state: oscV3({ inputs: { ...OSC_V3_INPUTS, perContainer }, ranges: {} }),
        notices: [],
        olderFigures: false,
      });
    });

    it('gives the ISW’s assumed 300 to 500 a container as a range, new in version 3', () => {
      // ISW, Oct 2023: the White House's 1,000 containers × 300–500 a container (their own
      // assumption); centre √(300 × 500) = √150,000 = 387.30 → 387.3; loaded from 7 September 2023.
      expect(parseQuery('?v=3&scenario=isw-2023-10')).toEqual({
        state: stateWith(
          { scenarioId: 'isw-2023-10', ranges: { perContainer: { low: 300, high: 500 } } },
          { containers: 1_000, perContainer: 387.3, start: '2023-09-07', end: '2023-10-25' },
        ),
        notices: [],
        olderFigures: false,
      });
    });

    it.each([
      '?scenario=shin-2024-06',
      '?',
      '?scenario=dia-2025-07&v=1',
      '?v=2&scenario=dia-2025-07',
      '?v=3&scenario=osc-2025-04',
      '?scenario=nis-2023-11',
      '?v=2&scenario=nis-2023-11',
    ])('%s has no newer figures', (search) => {
      expect(parseQuery(search).olderFigures).toBe(false);
    });
  });
});

describe(stringifyQuery, () => {
  it.each([
    {
      ranges: { containers: { low: 6_700, high: 13_000 } },
      inputs: { containers: 9_333 },
      query: '?v=3&containers=6700..13000',
    },
    {
      ranges: { perContainer: { low: 266.5, high: 367.25 } },
      inputs: { perContainer: 312.8 },
      query: '?v=3&perContainer=266.5..367.25',
    },
    {
      ranges: { daily: { low: 5_000, high: 20_000 } },
      inputs: { daily: 10_000 },
      query: '?v=3&daily=5000..20000',
    },
    {
      ranges: { perContainer: { low: 1e-7, high: 0.5 } },
      inputs: { perContainer: 0 },
      query: '?v=3&perContainer=1e-7..0.5',
    },
    {
      ranges: {
        daily: { low: 5_000, high: 20_000 },
        containers: { low: 6_700, high: 13_000 },
        perContainer: { low: 300, high: 400 },
      },
      inputs: { containers: 9_333, perContainer: 346.4, daily: 10_000 },
      query: '?v=3&containers=6700..13000&perContainer=300..400&daily=5000..20000',
    },
  ])('writes $query, in field order', ({ ranges, inputs, query }) => {
    const state = stateWith({ ranges }, inputs);
    expect(stringifyQuery(state)).toBe(query);
    expect(parseQuery(query)).toEqual({ state, notices: [], olderFigures: false });
  });

  it("leaves out a range equal to the preset's", () => {
    expect(stringifyQuery(oscV3())).toBe('?v=3&scenario=osc-2025-04');
  });

  it("writes a range that differs from the preset's", () => {
    const state = oscV3({
      inputs: { ...OSC_V3_INPUTS, perContainer: 346.4 },
      ranges: { perContainer: { low: 300, high: 400 } },
    });
    expect(stringifyQuery(state)).toBe('?v=3&scenario=osc-2025-04&perContainer=300..400');
    expect(parseQuery('?v=3&scenario=osc-2025-04&perContainer=300..400')).toEqual({
      state,
      notices: [],
      olderFigures: false,
    });
  });

  it.each([
    { perContainer: 310.1, query: '?v=3&scenario=osc-2025-04&perContainer=310.1' },
    { perContainer: 300, query: '?v=3&scenario=osc-2025-04&perContainer=300' },
  ])(
    'writes a ranged preset key set exact as a number, even at the centre: $perContainer',
    ({ perContainer, query }) => {
      const state = oscV3({ inputs: { ...OSC_V3_INPUTS, perContainer }, ranges: {} });
      expect(stringifyQuery(state)).toBe(query);
      expect(parseQuery(query)).toEqual({ state, notices: [], olderFigures: false });
    },
  );

  it.each([
    // Version 1: 15,800 containers, exact at 312.4.
    {
      search: '?scenario=osc-2025-04',
      upgraded: '?v=3&scenario=osc-2025-04&containers=15800&perContainer=312.4',
    },
    // Version 2: 15,800 containers, 266 to 367 a container.
    {
      search: '?v=2&scenario=osc-2025-04',
      upgraded: '?v=3&scenario=osc-2025-04&containers=15800&perContainer=266..367',
    },
    // What the older link gives itself is written as given.
    {
      search: '?v=2&scenario=osc-2025-04&containers=20000&daily=5000..20000',
      upgraded:
        '?v=3&scenario=osc-2025-04&containers=20000&perContainer=266..367&daily=5000..20000',
    },
  ])('upgrades the older link $search to the same meaning in version 3', ({ search, upgraded }) => {
    const { state, olderFigures } = parseQuery(search);
    expect(olderFigures).toBe(true);
    expect(stringifyQuery(state)).toBe(upgraded);
    expect(parseQuery(upgraded)).toEqual({ state, notices: [], olderFigures: false });
  });

  it('writes a clamped range as what the page uses', () => {
    const { state } = parseQuery('?v=3&containers=6700..2000000');
    expect(stringifyQuery(state)).toBe('?v=3&containers=6700..1000000');
  });

  it('writes nothing of a refused range', () => {
    const { state } = parseQuery('?v=3&containers=13000..6700');
    expect(stringifyQuery(state)).toBe('');
  });
});
