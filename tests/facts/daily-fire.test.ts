/**
 * Invariant: the rates of fire are the rows of FACTS.md §2 with the values published there (or
 * our stated division of them: RUSI's yearly totals ÷ 365, the NIS's million over 60 days), the
 * Ukrainian figures dated as the sources date them, each with a link, and words in every language.
 */
import { FIRE_RATES, fireRateById, RUSSIAN_FIRE_RATES } from '../../src/facts/daily-fire';
import { LANGS } from '../../src/facts/langs';
import { DEFAULT_INPUTS } from '../../src/facts/presets';
import { parseIsoDate } from '../../src/model/calendar';

/** FACTS.md §2: id, rounds a day (a span as [low, high]), Russia's or Ukraine's. */
const ROWS: [string, number | readonly [number, number], 'russia' | 'ukraine'][] = [
  ['rusi-2024', 10_000, 'russia'],
  ['nis-2023-11', 16_700, 'russia'],
  ['us-2022', 20_000, 'russia'],
  ['rusi-2022', 32_900, 'russia'],
  ['rusi-2023', 19_200, 'russia'],
  ['syrskyi-2023-08', 20_000, 'russia'],
  ['syrskyi-2023-10', 30_000, 'russia'],
  ['ukr-gs-2024-04', [60_000, 70_000], 'russia'],
  ['syrskyi-2024-08', 44_500, 'russia'],
  ['syrskyi-2025-04', [27_000, 28_000], 'russia'],
  ['ukraine-2024', 2_000, 'ukraine'],
];

const byId = FIRE_RATES.map((rate) => [rate.id, rate] as const);

describe('FIRE_RATES', () => {
  it('lists the rows of FACTS §2, each id once', () => {
    expect(FIRE_RATES.map((rate) => rate.id)).toEqual(ROWS.map(([id]) => id));
  });

  it.each(ROWS)('%s is %o a day (%s)', (id, perDay, side) => {
    const rate = fireRateById(id);
    expect(rate?.perDay).toEqual(
      typeof perDay === 'number' ? perDay : { low: perDay[0], high: perDay[1] },
    );
    expect(rate?.side).toBe(side);
  });

  it.each([
    ['rusi-2022', 12_000_000 / 365],
    ['rusi-2023', 7_000_000 / 365],
    ['nis-2023-11', 1_000_000 / 60],
  ] as const)('%s is our division, %d a day, within 1%', (id, perDay) => {
    const rate = fireRateById(id);
    expect(rate?.derived).toBe(true);
    expect(Math.abs(Number(rate?.perDay) / perDay - 1)).toBeLessThanOrEqual(0.01);
  });

  it('rusi-2024 is the default daily rate, and Ukraine’s own is not a Russian rate', () => {
    expect(fireRateById('rusi-2024')?.perDay).toBe(DEFAULT_INPUTS.daily);
    expect(RUSSIAN_FIRE_RATES.map((rate) => rate.id)).not.toContain('ukraine-2024');
  });

  it.each(byId)(
    '%s links its sources, dates its report, and has words in every language',
    (_id, rate) => {
      for (const source of rate.sources) expect(source.url).toMatch(/^https?:\/\/\S+$/);
      expect(parseIsoDate(rate.sources[0].date).ok).toBe(true);
      for (const lang of LANGS) {
        const words = rate.words[lang];
        expect([words.label, words.who, words.note].every((text) => text.trim() !== '')).toBe(true);
      }
      expect(rate.words.ko.note).not.toBe(rate.words.en.note);
      expect(rate.words.uk.note).not.toBe(rate.words.en.note);
    },
  );

  it('dates Syrskyi’s series in order, each period a real span of days', () => {
    const series = FIRE_RATES.filter((rate) => rate.id.startsWith('syrskyi-'));
    const periods = series.map((rate) => rate.period);
    for (const period of periods) {
      const from = parseIsoDate(period?.from ?? '');
      const to = parseIsoDate(period?.to ?? '');
      expect(from.ok && to.ok && from.value <= to.value).toBe(true);
    }
    const starts = periods.map((period) => period?.from ?? '');
    expect([...starts].sort()).toEqual(starts);
  });
});
