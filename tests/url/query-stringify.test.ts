/**
 * Invariants (CONTRACT §3): `stringifyQuery` writes `v=2` first, then only what differs from the
 * defaults and the chosen preset, with `.` decimals and no grouping; and whatever link a reader
 * opens, the link the page writes back reads as the same state, without notices, and writes
 * itself again unchanged.
 */
import { parseQuery, stringifyQuery } from '../../src/url/query';
import { DEFAULT_STATE, stateWith } from './query-fixtures';

describe(stringifyQuery, () => {
  it('writes nothing for the default state', () => {
    expect(stringifyQuery(DEFAULT_STATE)).toBe('');
  });

  it.each([
    {
      inputs: { containers: 10_000, perContainer: 480 },
      query: '?v=3&containers=10000&perContainer=480',
    },
    { inputs: { shellKg: 25.5, usable: 80 }, query: '?v=3&usable=80&shellKg=25.5' },
    { inputs: { start: '2023-07-01' }, query: '?v=3&start=2023-07-01' },
    { inputs: { containers: 0 }, query: '?v=3&containers=0' },
    {
      inputs: { packaging: 15, payloadKg: 26_000 },
      query: '?v=3&payloadKg=26000&packaging=15',
    },
  ])('writes the inputs that differ from the defaults: $query', ({ inputs, query }) => {
    expect(stringifyQuery(stateWith({}, inputs))).toBe(query);
  });

  it('writes the view options', () => {
    const state = stateWith({ lang: 'ko', theme: 'dark', embed: true });
    expect(stringifyQuery(state)).toBe('?v=3&lang=ko&theme=dark&embed=1');
  });

  it("leaves out values equal to the preset's", () => {
    const june = { containers: 10_000, perContainer: 480, end: '2024-06-14' };
    expect(stringifyQuery(stateWith({ scenarioId: 'shin-2024-06' }, june))).toBe(
      '?v=3&scenario=shin-2024-06',
    );
    expect(
      stringifyQuery(stateWith({ scenarioId: 'shin-2024-06' }, { ...june, daily: 20_000 })),
    ).toBe('?v=3&scenario=shin-2024-06&daily=20000');
  });

  it('writes a link to nis-2023-11 in version 2, the newest version that has the preset', () => {
    // Versions 1 and 2: 2,232 containers × 448 at 16,700 a day, 1 August to 1 November 2023.
    const nis = {
      containers: 2_232,
      perContainer: 448,
      daily: 16_700,
      start: '2023-08-01',
      end: '2023-11-01',
    };
    expect(stringifyQuery(stateWith({ scenarioId: 'nis-2023-11' }, nis))).toBe(
      '?v=2&scenario=nis-2023-11',
    );
    expect(
      stringifyQuery(
        stateWith({ scenarioId: 'nis-2023-11', lang: 'ko' }, { ...nis, daily: 10_000 }),
      ),
    ).toBe('?v=2&scenario=nis-2023-11&daily=10000&lang=ko');
  });

  it("writes a default value that differs from the preset's", () => {
    // June's preset has 10,000 containers; the default 6,700 must be written out
    const state = stateWith(
      { scenarioId: 'shin-2024-06' },
      { perContainer: 480, end: '2024-06-14' },
    );
    expect(stringifyQuery(state)).toBe('?v=3&scenario=shin-2024-06&containers=6700');
  });

  it.each([
    '',
    '?containers=10000&perContainer=480',
    '?scenario=shin-2024-06&containers=6700&daily=20000',
    '?scenario=osc-2025-04',
    '?usable=33.333333333333336&shellKg=1.0000000000000002',
    '?containers=1e-7&perContainer=.5',
    '?containers=1e400&share=-1&daily=abc',
    '?start=2025-01-01&end=2025-06-01&lang=uk&theme=light&embed=1',
    '?start=2023-02-30&end=2020-01-01',
    '?containers=1&containers=2&foo=bar&v=9',
    '?scenario=nope&lang=xx&theme=yy&embed=2',
    '%E0%A4%A&<script>=1',
    '?v=2&containers=6700..13000&daily=5000..20000',
    '?v=3&containers=6700..13000&daily=5000..20000',
    '?v=2&scenario=osc-2025-04',
    '?v=3&scenario=osc-2025-04',
    '?v=2&scenario=osc-2025-04&perContainer=300..400',
    '?v=3&scenario=osc-2025-04&perContainer=300..400',
    '?v=2&scenario=osc-2025-04&perContainer=312.4',
    '?v=3&scenario=osc-2025-04&perContainer=312.4',
    '?v=2&containers=1..2000000&perContainer=0..5&daily=9..3',
    '?v=3&containers=1..2000000&perContainer=0..5&daily=9..3',
    '?v=9&scenario=osc-2025-04&containers=abc..1',
    '?v=3&scenario=isw-2023-10&perContainer=abc',
    '?scenario=isw-2023-10',
    '?scenario=nis-2023-11',
    '?v=2&scenario=nis-2023-11&daily=10000',
    '?v=3&scenario=nis-2023-11',
  ])('reads back what it writes for %s', (search) => {
    const { state } = parseQuery(search);
    const query = stringifyQuery(state);
    expect(parseQuery(query)).toEqual({ state, notices: [], olderFigures: false });
    expect(stringifyQuery(parseQuery(query).state)).toBe(query);
  });
});
