/**
 * Invariant: every published statement (src/facts) has a picker label (`scenario`) and its words
 * (`results.statements`: summary, speaker, period…) in every language; the English ones are the
 * facts' own; and the Korean and Ukrainian ones hold no English words (outlets aside: a
 * publication keeps its own name, and the page marks its Latin letters as English).
 */
import { PRESETS } from '../../src/facts/presets';
import { SCENARIOS } from '../../src/facts/scenarios';
import { later as enLater } from '../../src/i18n/messages/en/later';
import { later as koLater } from '../../src/i18n/messages/ko/later';
import { later as ukLater } from '../../src/i18n/messages/uk/later';

const LANGUAGES = [
  ['en', enLater],
  ['ko', koLater],
  ['uk', ukLater],
] as const;

const IDS = PRESETS.map((preset) => preset.id);

/** The Latin words Korean and Ukrainian text may hold (the i18n browser test's list). */
const ALLOWED_LATIN = new Set(['NIS', 'kg', 'mm']);

const latinWords = (text: string) =>
  (text.match(/[A-Za-z][A-Za-z’']*[A-Za-z]/g) ?? []).filter((word) => !ALLOWED_LATIN.has(word));

describe.each(LANGUAGES)('the statements in %s', (_lang, later) => {
  it.each(IDS)('%s has a label and words', (id) => {
    expect(later.scenario.labels[id].trim()).not.toBe('');
    const words = later.results.statements[id];
    for (const text of [
      words.summary,
      words.speaker,
      words.outlet,
      words.period,
      words.containers,
      words.shells,
      words.implied,
    ]) {
      expect(text.trim()).not.toBe('');
    }
    const scenario = SCENARIOS.find((one) => one.id === id);
    expect(words.also).toHaveLength(scenario?.alsoReportedBy.length ?? -1);
  });

  it('has no label for a statement that does not exist', () => {
    expect(Object.keys(later.scenario.labels).sort()).toEqual([...IDS].sort());
    expect(Object.keys(later.results.statements).sort()).toEqual([...IDS].sort());
  });
});

describe.each([
  ['ko', koLater],
  ['uk', ukLater],
] as const)('the statements in %s', (_lang, later) => {
  it('leave no English word outside the outlets’ names', () => {
    const texts = IDS.flatMap((id) => {
      const { summary, speaker, period, containers, shells, implied } =
        later.results.statements[id];
      return [later.scenario.labels[id], summary, speaker, period, containers, shells, implied];
    });
    expect(texts.flatMap(latinWords)).toEqual([]);
  });
});

describe('the English statements', () => {
  it('are the facts’ own wording', () => {
    for (const scenario of SCENARIOS) {
      expect(enLater.scenario.labels[scenario.id]).toBe(scenario.label);
      expect(enLater.results.statements[scenario.id]).toMatchObject({
        summary: scenario.summary,
        speaker: scenario.citation.speaker,
        period: scenario.period,
      });
    }
  });

  it('are translated, not copied, in Korean and Ukrainian', () => {
    for (const id of IDS) {
      expect(koLater.results.statements[id].summary).not.toBe(
        enLater.results.statements[id].summary,
      );
      expect(ukLater.scenario.labels[id]).not.toBe(enLater.scenario.labels[id]);
    }
  });
});
