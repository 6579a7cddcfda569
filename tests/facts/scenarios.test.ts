/**
 * Invariant: every preset reproduces its published shell figure. For each scenario whose statement
 * gives a number of shells, containers × perContainer × share/100 × usable/100 (`totalShells`) is
 * within 1% of that number. The presets' inputs are version 1 of the URL schema, and their ranges
 * version 2, so both are pinned here too: a change to any of them is a new schema version
 * (CONTRACT §3), not an edit.
 */
import { parseIsoDate } from '../../src/model/calendar';
import type { Inputs } from '../../src/model/inputs';
import { validateInputs } from '../../src/model/inputs';
import type { Ranges } from '../../src/model/ranges';
import { presetById } from '../../src/facts/presets';
import { totalShells } from '../../src/model/results';
import {
  DEFAULT_INPUTS,
  DEFAULT_SCENARIO_ID,
  FOUNDING_SCENARIO_IDS,
  SCENARIOS,
  isScenarioId,
  scenarioById,
} from '../../src/facts/scenarios';
import type { ScenarioId } from '../../src/facts/types';
import { CONTRACT_DEFAULTS, FACTS_SCENARIO_IDS as FACTS_IDS } from '../contract-defaults';

/** The inputs each preset sets, as agreed for schema version 1, and its ranges from version 2. */
interface Pinned {
  id: ScenarioId;
  shells: number;
  inputs: Pick<Inputs, 'containers' | 'perContainer' | 'daily' | 'start' | 'end'>;
  ranges?: Ranges;
}

const PINNED: Pinned[] = [
  {
    id: 'mnd-2023-10',
    shells: 285_000,
    inputs: {
      containers: 1000,
      perContainer: 285,
      daily: 10000,
      start: '2023-09-07',
      end: '2023-10-16',
    },
  },
  {
    id: 'nis-2023-11',
    shells: 1_000_000,
    inputs: {
      containers: 2232,
      perContainer: 448,
      daily: 16700,
      start: '2023-08-01',
      end: '2023-11-01',
    },
  },
  {
    id: 'shin-2023-12',
    shells: 2_000_000,
    inputs: {
      containers: 5000,
      perContainer: 400,
      daily: 10000,
      start: '2023-09-13',
      end: '2023-12-29',
    },
  },
  {
    id: 'shin-2024-02',
    shells: 3_000_000,
    inputs: {
      containers: 6700,
      perContainer: 448,
      daily: 10000,
      start: '2023-09-13',
      end: '2024-02-26',
    },
  },
  {
    id: 'shin-2024-06',
    shells: 4_800_000,
    inputs: {
      containers: 10000,
      perContainer: 480,
      daily: 10000,
      start: '2023-09-13',
      end: '2024-06-14',
    },
  },
  {
    id: 'shin-2024-07',
    shells: 5_200_000,
    inputs: {
      containers: 11000,
      perContainer: 473,
      daily: 10000,
      start: '2023-09-13',
      end: '2024-07-15',
    },
  },
  {
    id: 'dia-2024-08',
    shells: 6_000_000,
    inputs: {
      containers: 13000,
      perContainer: 462,
      daily: 10000,
      start: '2022-07-01',
      end: '2024-08-27',
    },
  },
  {
    id: 'osc-2025-04',
    shells: 4_935_585,
    inputs: {
      containers: 15800,
      perContainer: 312.4,
      daily: 10000,
      start: '2023-09-01',
      end: '2025-03-31',
    },
    // The satellite count's span; 312.4 is its centre, √(266 × 367) = 312.44…
    ranges: { perContainer: { low: 266, high: 367 } },
  },
  {
    id: 'dia-2025-07',
    shells: 12_000_000,
    inputs: {
      containers: 28000,
      perContainer: 429,
      daily: 10000,
      start: '2022-07-01',
      end: '2025-07-13',
    },
  },
];

const withShells = SCENARIOS.flatMap((scenario) =>
  scenario.shells.value === null
    ? []
    : [{ id: scenario.id, scenario, shells: scenario.shells.value }],
);

describe('SCENARIOS', () => {
  it('lists every id of FACTS §1 once, in statement-date order', () => {
    expect(SCENARIOS.map((scenario) => scenario.id)).toEqual(FACTS_IDS);
    expect(new Set(SCENARIOS.map((scenario) => scenario.id)).size).toBe(SCENARIOS.length);
  });

  it('has statement dates that never go backwards', () => {
    const days = SCENARIOS.map((scenario) => {
      const day = parseIsoDate(scenario.citation.date);
      return day.ok ? day.value : Number.NaN;
    });
    days.slice(1).forEach((day, index) => {
      expect(day).toBeGreaterThanOrEqual(days[index] ?? Infinity);
    });
  });

  it('gives a shell figure for every scenario', () => {
    expect(withShells.map(({ id }) => id)).toEqual(FACTS_IDS);
  });

  it.each(withShells)('$id reproduces its published shells within 1%', ({ scenario, shells }) => {
    expect(Math.abs(totalShells(scenario.inputs) - shells) / shells).toBeLessThanOrEqual(0.01);
  });

  it.each(PINNED)(
    '$id sets the agreed inputs and reads the shells as $shells',
    ({ id, shells, inputs }) => {
      const scenario = scenarioById(id);
      expect(scenario.inputs).toEqual({
        ...inputs,
        share: 100,
        usable: 100,
        shellKg: 43.56,
        payloadKg: 28180,
        packaging: 0,
      });
      expect(scenario.shells.value).toBe(shells);
    },
  );

  it.each(PINNED)('$id has the agreed ranges of schema version 2', ({ id, ranges }) => {
    expect(presetById(id).ranges ?? {}).toEqual(ranges ?? {});
  });

  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s has inputs that pass validateInputs',
    (_id, scenario) => {
      expect(validateInputs(scenario.inputs)).toEqual([]);
    },
  );

  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s cites a linked source with a real ISO date',
    (_id, scenario) => {
      for (const citation of [scenario.citation, ...scenario.alsoReportedBy]) {
        expect(citation.url).toMatch(/^https?:\/\/\S+$/);
        expect(parseIsoDate(citation.date).ok).toBe(true);
        expect(citation.speaker).not.toBe('');
        expect(citation.outlet).not.toBe('');
      }
    },
  );

  it.each(SCENARIOS.map((scenario) => [scenario.id, scenario] as const))(
    '%s explains its assumed per-container count and daily rate, and keeps its summary short',
    (_id, scenario) => {
      expect(scenario.assumed.perContainer).toBeTruthy();
      expect(scenario.assumed.daily).toBeTruthy();
      expect(scenario.summary.split(/\s+/).length).toBeLessThan(30);
      expect(scenario.label).toMatch(/ · .+ · /);
    },
  );

  it('gives RUSI as the reason for 10,000 a day wherever it is used', () => {
    for (const scenario of SCENARIOS.filter(({ inputs }) => inputs.daily === 10000)) {
      expect(scenario.assumed.daily).toMatch(/RUSI/);
    }
  });

  it('marks a missing container count as null, and the derived count as assumed', () => {
    const nis = scenarioById('nis-2023-11');
    expect(nis.containers.value).toBeNull();
    expect(nis.assumed.containers).toBeTruthy();
  });
});

describe('DEFAULT_INPUTS', () => {
  it("equals CONTRACT §1's default column exactly", () => {
    expect(DEFAULT_INPUTS).toEqual(CONTRACT_DEFAULTS);
  });

  it('is the default scenario, shin-2024-02', () => {
    expect(DEFAULT_SCENARIO_ID).toBe('shin-2024-02');
    expect(DEFAULT_INPUTS).toBe(scenarioById(DEFAULT_SCENARIO_ID).inputs);
  });

  it('gives the worked example of CONTRACT §1: 3,001,600 shells', () => {
    expect(totalShells(DEFAULT_INPUTS)).toBe(3_001_600);
  });
});

describe('FOUNDING_SCENARIO_IDS', () => {
  it('names the Feb and June 2024 statements', () => {
    expect(FOUNDING_SCENARIO_IDS).toEqual(['shin-2024-02', 'shin-2024-06']);
  });
});

describe('scenarioById', () => {
  it.each(FACTS_IDS)('finds %s', (id) => {
    expect(scenarioById(id).id).toBe(id);
  });
});

describe('isScenarioId', () => {
  it.each(FACTS_IDS)('accepts %s', (id) => {
    expect(isScenarioId(id)).toBe(true);
  });

  it.each(['', 'shin', 'SHIN-2024-02', 'toString', '__proto__', 'constructor'])(
    'refuses %j',
    (text) => {
      expect(isScenarioId(text)).toBe(false);
    },
  );
});
