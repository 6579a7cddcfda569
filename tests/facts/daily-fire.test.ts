/**
 * Invariant: the daily-fire presets are the rows of FACTS.md §2, with the values published there
 * (or our stated division of them), each citing a link or, where FACTS has none, saying it is a
 * secondary report.
 */
import { parseIsoDate } from '../../src/model/calendar';
import {
  DAILY_FIRE_ALSO_REPORTED,
  DAILY_FIRE_CAVEAT,
  DAILY_FIRE_PRESETS,
  dailyFireById,
} from '../../src/facts/daily-fire';
import { DEFAULT_INPUTS } from '../../src/facts/scenarios';
import type { DailyFireId } from '../../src/facts/types';

/** FACTS.md §2: id, shells a day, listed only for comparison. */
const FACTS_ROWS: [DailyFireId, number, boolean][] = [
  ['rusi-2024', 10000, false],
  ['nis-2023-11', 16700, false],
  ['us-2022', 20000, false],
  ['rusi-2022', 32900, false],
  ['syrskyi-2024-08', 44500, false],
  ['ukraine-2024', 2000, true],
];

/** The only preset that FACTS gives no link for. */
const UNLINKED: readonly DailyFireId[] = ['us-2022'];

const byId = DAILY_FIRE_PRESETS.map((preset) => [preset.id, preset] as const);

describe('DAILY_FIRE_PRESETS', () => {
  it('lists the rows of FACTS §2 in order, each id once', () => {
    expect(DAILY_FIRE_PRESETS.map((preset) => preset.id)).toEqual(FACTS_ROWS.map(([id]) => id));
  });

  it.each(FACTS_ROWS)(
    '%s is %d shells a day (comparison only: %s)',
    (id, shellsPerDay, comparisonOnly) => {
      const preset = dailyFireById(id);
      expect(preset.id).toBe(id);
      expect(preset.shellsPerDay).toBe(shellsPerDay);
      expect(preset.comparisonOnly).toBe(comparisonOnly);
    },
  );

  it('rusi-2022 is 12 million a year ÷ 365, within 1%', () => {
    const perDay = 12_000_000 / 365;
    expect(Math.abs(dailyFireById('rusi-2022').shellsPerDay - perDay) / perDay).toBeLessThanOrEqual(
      0.01,
    );
  });

  it('nis-2023-11 is 1 million over two months (60 days), within 1%', () => {
    const perDay = 1_000_000 / 60;
    expect(
      Math.abs(dailyFireById('nis-2023-11').shellsPerDay - perDay) / perDay,
    ).toBeLessThanOrEqual(0.01);
  });

  it('rusi-2024 is the default daily rate', () => {
    expect(dailyFireById('rusi-2024').shellsPerDay).toBe(DEFAULT_INPUTS.daily);
  });

  it.each(byId)('%s has a label, a note and a real ISO date', (_id, preset) => {
    expect(preset.label).not.toBe('');
    expect(preset.note).not.toBe('');
    expect(parseIsoDate(preset.citation.date).ok).toBe(true);
  });

  it.each(byId)('%s links its source, or says it has only a secondary report', (id, preset) => {
    if (UNLINKED.includes(id)) {
      expect(preset.citation.url).toBe('');
      expect(preset.note).toMatch(/secondary report only/);
    } else {
      expect(preset.citation.url).toMatch(/^https?:\/\/\S+$/);
    }
  });

  it('cites the same sources for Ukraine’s own fire as for rusi-2024', () => {
    expect(dailyFireById('ukraine-2024').citation).toEqual(dailyFireById('rusi-2024').citation);
    expect(DAILY_FIRE_ALSO_REPORTED['ukraine-2024']).toEqual(DAILY_FIRE_ALSO_REPORTED['rusi-2024']);
  });
});

describe('DAILY_FIRE_ALSO_REPORTED', () => {
  it.each(Object.entries(DAILY_FIRE_ALSO_REPORTED))(
    '%s: every further report has a link and a date',
    (_id, citations) => {
      for (const citation of citations) {
        expect(citation.url).toMatch(/^https?:\/\/\S+$/);
        expect(parseIsoDate(citation.date).ok).toBe(true);
      }
    },
  );
});

describe('DAILY_FIRE_CAVEAT', () => {
  it('is one sentence naming both ranges', () => {
    expect(DAILY_FIRE_CAVEAT).toMatch(/10,000/);
    expect(DAILY_FIRE_CAVEAT).toMatch(/30,000–70,000/);
    expect(DAILY_FIRE_CAVEAT.match(/[.!?](\s|$)/g)).toHaveLength(1);
  });
});
