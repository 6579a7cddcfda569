/**
 * Invariant: the facts that are not statements (the physical figures, the context figures, the
 * disagreements between sources) each carry their words in every language in their one record,
 * translated rather than copied, and their sources are dated web addresses.
 */
import { CONFLICTS } from '../../src/facts/conflicts';
import { CONTEXT_FIGURES } from '../../src/facts/context';
import { LANGS } from '../../src/facts/langs';
import { PHYSICAL_FIGURES } from '../../src/facts/physical';
import { parseIsoDate } from '../../src/model/calendar';

const filled = (text: string | undefined) => typeof text === 'string' && text.trim() !== '';

describe('the physical figures', () => {
  it.each(PHYSICAL_FIGURES.map((figure) => [figure.id, figure] as const))(
    '%s has a label in every language and a linked source',
    (_id, figure) => {
      for (const lang of LANGS) expect(filled(figure.words[lang].label), lang).toBe(true);
      expect(figure.words.ko.label).not.toBe(figure.words.en.label);
      expect(figure.words.uk.label).not.toBe(figure.words.en.label);
      expect(figure.source.url).toMatch(/^https?:\/\/\S+$/);
    },
  );

  it('are the reviewed values of FACTS.md §3', () => {
    expect(PHYSICAL_FIGURES.map(({ id, value }) => [id, value])).toEqual([
      ['shell-152mm', 43.56],
      ['rocket-122mm', 65],
      ['payload-20ft', 28_180],
      ['payload-20ft-old', 21_750],
      ['payload-40ft', 26_730],
      ['explosives-2024-06', 74_000],
    ]);
  });
});

describe('the context figures', () => {
  it.each(CONTEXT_FIGURES.map((figure) => [figure.id, figure] as const))(
    '%s has its text in every language and dated, linked sources',
    (_id, figure) => {
      for (const lang of LANGS) expect(filled(figure.words[lang].text), lang).toBe(true);
      expect(figure.words.ko.text).not.toBe(figure.words.en.text);
      expect(figure.words.uk.text).not.toBe(figure.words.en.text);
      for (const source of figure.sources) {
        expect(source.url).toMatch(/^https?:\/\/\S+$/);
        expect(parseIsoDate(source.date).ok).toBe(true);
      }
    },
  );
});

describe('the disagreements between sources', () => {
  it.each(CONFLICTS.map((conflict) => [conflict.en.title, conflict] as const))(
    '“%s” has a title and a body in every language',
    (_title, conflict) => {
      for (const lang of LANGS) {
        expect(filled(conflict[lang].title) && filled(conflict[lang].body), lang).toBe(true);
      }
      expect(conflict.ko.body).not.toBe(conflict.en.body);
      expect(conflict.uk.body).not.toBe(conflict.en.body);
    },
  );
});
