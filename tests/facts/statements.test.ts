/**
 * Invariants: every statement of FACTS.md §1 is one record (src/facts/statements/<id>.ts) whose
 * figures match the review of the sources, written out by hand below, one row per statement: its
 * date, kind, container count with its hedge and its first figure of rounds with its hedge (a new
 * statement is a new record and a new row here, nothing else). The presets are exactly the
 * statements of column P, and each reproduces its reported figure within 1% (a capacity figure as
 * a conversion; `osc-2025-04` as a range whose median lies within 4–6 million).
 */
import { STATEMENTS } from '../../src/facts/all-statements';
import type { Hedge, StatementKind } from '../../src/facts/statement';
import { DEFAULT_INPUTS, PRESETS } from '../../src/facts/presets';
import { totalShells } from '../../src/model/results';
import { centredInputs } from '../../src/model/ranges';
import { sampleResults } from '../../src/model/sampling';
import { CONTRACT_DEFAULTS, FACTS_SCENARIO_IDS } from '../contract-defaults';

type Row = readonly [
  id: string,
  date: string,
  kind: StatementKind,
  containers: readonly [number, Hedge] | null,
  rounds: readonly [low: number, high: number, Hedge] | null,
];

/** FACTS.md §1, reviewed 2026-12-05, in date order. */
const ROWS: readonly Row[] = [
  ['wh-2023-10', '2023-10-13', 'count', [1_000, 'more-than'], null],
  ['mnd-2023-10', '2023-10-16', 'capacity', [1_000, 'more-than'], [270_000, 300_000, 'exactly']],
  ['isw-2023-10', '2023-10-25', 'capacity', [1_000, 'exactly'], [300_000, 500_000, 'exactly']],
  ['nis-2023-11', '2023-11-01', 'estimate', null, [1e6, 1e6, 'more-than']],
  ['mil-2023-11', '2023-11-02', 'capacity', [2_000, 'about'], [1e6, 1e6, 'more-than']],
  ['shin-2023-12', '2023-12-29', 'capacity', [5_000, 'about'], [2e6, 2e6, 'more-than']],
  ['hur-2024-01', '2024-01-15', 'estimate', null, [1e6, 1e6, 'about']],
  ['hur-2024-02', '2024-02-23', 'estimate', null, [1.5e6, 1.5e6, 'exactly']],
  ['us-2024-02', '2024-02-23', 'count', [10_000, 'more-than'], null],
  ['shin-2024-02', '2024-02-26', 'capacity', [6_700, 'about'], [3e6, 3e6, 'more-than']],
  ['csis-2024-02', '2024-02-28', 'estimate', null, [2.5e6, 2.5e6, 'more-than']],
  ['shin-2024-03', '2024-03-18', 'count', [7_000, 'about'], null],
  ['shin-2024-06', '2024-06-14', 'capacity', [10_000, 'at-least'], [4.8e6, 4.8e6, 'as-many-as']],
  ['c4ads-2024-06', '2024-06-22', 'estimate', null, [1.6e6, 1.6e6, 'about']],
  ['shin-2024-07', '2024-07-24', 'capacity', [11_000, 'at-least'], [5.2e6, 5.2e6, 'some']],
  ['dia-2024-08', '2024-08-27', 'capacity', [13_000, 'more-than'], [6e6, 6e6, 'more-than']],
  ['us-2024-09', '2024-09-03', 'count', [16_500, 'more-than'], null],
  ['times-2024-10', '2024-10-04', 'estimate', null, [3e6, 3e6, 'about']],
  ['nis-2024-10', '2024-10-18', 'capacity', [13_000, 'more-than'], [8e6, 8e6, 'more-than']],
  ['dia-2024-10', '2024-10-23', 'capacity', [20_000, 'about-or-more'], [9.4e6, 9.4e6, 'about']],
  ['osc-2025-04', '2025-04-15', 'estimate', [15_809, 'exactly'], [4e6, 6e6, 'exactly']],
  ['msmt-2025-05', '2025-05-29', 'estimate', [20_000, 'more-than'], [9e6, 9e6, 'as-many-as']],
  ['nis-2025-06', '2025-06-26', 'estimate', null, [10e6, 10e6, 'about']],
  ['budanov-2025-07', '2025-07-11', 'estimate', null, null],
  ['dia-2025-07', '2025-07-13', 'capacity', [28_000, 'about'], [12e6, 12e6, 'about']],
  ['hur-2025-11', '2025-11-14', 'estimate', null, [6.5e6, 6.5e6, 'about']],
];

describe('the statements', () => {
  it('are the reviewed statements of FACTS.md §1, oldest first, one row each', () => {
    expect(STATEMENTS.map((statement) => statement.id)).toEqual(ROWS.map(([id]) => id));
  });

  it.each(ROWS)(
    '%s: its date, kind, count and rounds as reviewed',
    (id, date, kind, containers, rounds) => {
      const statement = STATEMENTS.find((candidate) => candidate.id === id);
      expect(statement).toMatchObject({ id, date, kind });
      expect(statement?.containers).toEqual(
        containers === null ? null : { value: containers[0], hedge: containers[1] },
      );
      const [first] = statement?.rounds ?? [];
      expect(first === undefined ? null : [first.low, first.high, first.hedge]).toEqual(rounds);
    },
  );

  it.each(STATEMENTS.map((statement) => [statement.id, statement] as const))(
    '%s: a count has no rounds, a conversion has both, every source is a web address',
    (_id, statement) => {
      if (statement.kind === 'count') expect(statement.rounds).toEqual([]);
      if (statement.kind === 'capacity') {
        expect(statement.containers).not.toBeNull();
        expect(statement.rounds.length).toBeGreaterThan(0);
      }
      for (const figure of statement.rounds) expect(figure.low).toBeLessThanOrEqual(figure.high);
      for (const source of statement.sources) expect(source.url).toMatch(/^https?:\/\/\S+$/);
      // A count credited to another is that statement's count.
      if (statement.containersFrom !== undefined) {
        const counter = STATEMENTS.find((candidate) => candidate.id === statement.containersFrom);
        expect(counter?.containers?.value).toBe(statement.containers?.value);
      }
    },
  );
});

/** What each preset's statement reported, and the figure a preset must reproduce. */
const REPORTED: Record<string, { low: number; high: number }> = {
  // "upper 200,000 range": our reading, 285 a container, lies inside it.
  'mnd-2023-10': { low: 270_000, high: 300_000 },
  'isw-2023-10': { low: 300_000, high: 500_000 },
  'mil-2023-11': { low: 1e6, high: 1e6 },
  'shin-2023-12': { low: 2e6, high: 2e6 },
  'shin-2024-02': { low: 3e6, high: 3e6 },
  'shin-2024-06': { low: 4.8e6, high: 4.8e6 },
  'shin-2024-07': { low: 5.2e6, high: 5.2e6 },
  'dia-2024-08': { low: 6e6, high: 6e6 },
  'nis-2024-10': { low: 8e6, high: 8e6 },
  'dia-2024-10': { low: 9.4e6, high: 9.4e6 },
  'osc-2025-04': { low: 4e6, high: 6e6 },
  'dia-2025-07': { low: 12e6, high: 12e6 },
};

describe('the presets (links of schema version 3)', () => {
  it('are the statements of FACTS.md column P, oldest first', () => {
    expect(PRESETS.map((preset) => preset.id)).toEqual(FACTS_SCENARIO_IDS);
  });

  it('start from the contract’s defaults (CONTRACT §1)', () => {
    expect(DEFAULT_INPUTS).toEqual(CONTRACT_DEFAULTS);
  });

  it.each(PRESETS.filter((preset) => !preset.ranges).map((preset) => [preset.id, preset] as const))(
    '%s reproduces its reported figure within 1%',
    (id, preset) => {
      const total = totalShells(preset.inputs);
      const reported = REPORTED[id];
      if (!reported) throw new Error(`no reported figure for ${id}`);
      if (reported.low === reported.high) {
        expect(Math.abs(total / reported.low - 1)).toBeLessThanOrEqual(0.01);
      } else {
        expect(total).toBeGreaterThanOrEqual(reported.low);
        expect(total).toBeLessThanOrEqual(reported.high);
      }
    },
  );

  it.each([
    // 15,809 × 253 = 3,999,677 and 15,809 × 380 = 6,007,420: 4 and 6 million within 1%.
    ['osc-2025-04', 15_809, { low: 253, high: 380 }],
    // ISW's own 300–500 a container over the 1,000 containers.
    ['isw-2023-10', 1_000, { low: 300, high: 500 }],
  ] as const)(
    '%s is a range: %i containers at %o, its sampled 90% range the reported span',
    (id, containers, perContainer) => {
      const preset = PRESETS.find((candidate) => candidate.id === id);
      expect(preset?.inputs.containers).toBe(containers);
      expect(preset?.ranges).toEqual({ perContainer });
      if (!preset?.ranges) throw new Error(`${id} has no range`);
      const sampled = sampleResults(centredInputs(preset.inputs, preset.ranges), preset.ranges);
      const reported = REPORTED[id] ?? { low: 0, high: 0 };
      expect(sampled.totalShells.median).toBeGreaterThan(reported.low);
      expect(sampled.totalShells.median).toBeLessThan(reported.high);
      expect(Math.abs(sampled.totalShells.low / reported.low - 1)).toBeLessThanOrEqual(0.01);
      expect(Math.abs(sampled.totalShells.high / reported.high - 1)).toBeLessThanOrEqual(0.01);
    },
  );
});
