/**
 * Invariant: every fact the timeline and "Sources and method" show has a text in every language,
 * by the fact's id (a list's position where the facts have no id, a name by its English spelling),
 * and the Korean and Ukrainian texts are translations, not the English copied over.
 */
import { CONFLICTS } from '../../src/facts/conflicts';
import { CONTEXT_FIGURES, OTHER_STATEMENTS } from '../../src/facts/context';
import { DAILY_FIRE_ALSO_REPORTED, DAILY_FIRE_PRESETS } from '../../src/facts/daily-fire';
import { PHYSICAL_FIGURES } from '../../src/facts/physical';
import { PUBLISHED_SPANS } from '../../src/facts/published-spans';
import { REFERENCE_ASSUMED } from '../../src/facts/reference-inputs';
import { SCENARIOS } from '../../src/facts/scenarios';
import { later as en } from '../../src/i18n/messages/en/later';
import { later as ko } from '../../src/i18n/messages/ko/later';
import { later as uk } from '../../src/i18n/messages/uk/later';

const OTHERS = { ko, uk } as const;

/** Every speaker and outlet the section cites. */
const NAMES = [
  ...SCENARIOS.flatMap((scenario) => [scenario.citation, ...scenario.alsoReportedBy]),
  ...DAILY_FIRE_PRESETS.map((preset) => preset.citation),
  ...Object.values(DAILY_FIRE_ALSO_REPORTED).flat(),
  ...CONTEXT_FIGURES.flatMap((figure) => figure.sources),
].flatMap(({ speaker, outlet }) => [speaker, outlet]);

const filled = (text: string | undefined) => typeof text === 'string' && text.trim() !== '';

describe.each(Object.entries({ en, ko, uk }))('%s', (_lang, later) => {
  const { sources, timeline } = later;

  it('has every estimate’s texts, by id', () => {
    for (const { id } of SCENARIOS) {
      expect(filled(timeline.who[id]), id).toBe(true);
      expect(Object.values(sources.scenarios[id]).every(filled), id).toBe(true);
    }
  });

  it('has every daily rate, physical figure and context figure, by id', () => {
    for (const { id } of DAILY_FIRE_PRESETS) {
      expect([sources.dailyFire[id].label, sources.dailyFire[id].note].every(filled), id).toBe(
        true,
      );
    }
    for (const { id } of PHYSICAL_FIGURES) {
      expect(Object.values(sources.physical[id]).every(filled), id).toBe(true);
    }
    for (const { id, sourceNote } of CONTEXT_FIGURES) {
      expect(filled(sources.context[id].text), id).toBe(true);
      expect(filled(sources.context[id].note), id).toBe(sourceNote !== undefined);
    }
  });

  it('has the basis of every published span and the reason for every reference input', () => {
    const spans = Object.entries(PUBLISHED_SPANS).filter(([, span]) => span !== null);
    expect(Object.keys(sources.spans).sort()).toEqual(spans.map(([key]) => key).sort());
    expect(Object.values(sources.spans).every(filled)).toBe(true);
    expect(Object.keys(sources.assumed).sort()).toEqual(Object.keys(REFERENCE_ASSUMED).sort());
    expect(Object.values(sources.assumed).every(filled)).toBe(true);
  });

  it('has every conflict and other statement, in the facts’ order', () => {
    expect(sources.conflicts).toHaveLength(CONFLICTS.length);
    expect(sources.other).toHaveLength(OTHER_STATEMENTS.length);
    expect(
      [...sources.conflicts, ...sources.other].every((item) => Object.values(item).every(filled)),
    ).toBe(true);
  });

  it('has every cited name, and no name it does not cite', () => {
    expect(NAMES.filter((name) => !filled(sources.names[name]))).toEqual([]);
    expect(Object.keys(sources.names).sort()).toEqual([...new Set(NAMES)].sort());
  });
});

describe.each(Object.entries(OTHERS))('%s', (_lang, later) => {
  it('translates the prose rather than copying the English', () => {
    const pairs: [string, string][] = [
      ...CONFLICTS.map((_, i): [string, string] => [
        en.sources.conflicts[i]?.body ?? '',
        later.sources.conflicts[i]?.body ?? '',
      ]),
      ...DAILY_FIRE_PRESETS.map(({ id }): [string, string] => [
        en.sources.dailyFire[id].note,
        later.sources.dailyFire[id].note,
      ]),
      ...CONTEXT_FIGURES.map(({ id }): [string, string] => [
        en.sources.context[id].text,
        later.sources.context[id].text,
      ]),
      ...SCENARIOS.map(({ id }): [string, string] => [
        en.sources.scenarios[id].period,
        later.sources.scenarios[id].period,
      ]),
      ...Object.entries(en.sources.spans).map(([key, text]): [string, string] => [
        text,
        later.sources.spans[key as keyof typeof en.sources.spans],
      ]),
      ...Object.entries(en.sources.assumed).map(([key, text]): [string, string] => [
        text,
        later.sources.assumed[key as keyof typeof en.sources.assumed],
      ]),
      [en.sources.fireCaveat, later.sources.fireCaveat],
      [en.sources.packagingNote, later.sources.packagingNote],
      [en.timeline.dek, later.timeline.dek],
    ];
    expect(pairs.filter(([english, other]) => english === other)).toEqual([]);
  });

  it('keeps the bold terms of every rule of the method paired', () => {
    expect(later.sources.method).toHaveLength(en.sources.method.length);
    for (const rule of later.sources.method) expect(rule.split('**').length % 2).toBe(1);
  });
});
