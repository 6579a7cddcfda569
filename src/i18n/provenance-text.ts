/**
 * A provenance (src/facts/provenance.ts) in words, in a language: the class of source a value has
 * (the statement's own, another's count, our division or reading, a published figure, our
 * assumption, the reader's) and who to credit, so that a derived figure is never credited to a
 * speaker.
 */
import { statementById } from '../facts/all-statements';
import { fireRateById } from '../facts/daily-fire';
import { factsOf } from '../facts/input-facts';
import type { Lang } from '../facts/langs';
import { physicalFigure, type PhysicalFigureId } from '../facts/physical';
import type { Provenance } from '../facts/provenance';
import type { StatementWords } from '../facts/statement';
import type { InputKey } from '../model/inputs';
import type { LaterMessages } from './catalogue';
import { outletName, statementCredit } from './statement-text';

type FactsWords = LaterMessages['facts'];
export type ProvenanceClass = keyof FactsWords['provenance']['classes'];

/** A value's source in words: its class, whom it credits, and where to read it. */
export interface ProvenanceText {
  class: ProvenanceClass;
  /** "South Korea’s defence minister, June 2024", "our division of the figures of …". */
  text: string;
  /** The source's address, when it has one. */
  url?: string;
  /** How we read the statement, when the value is our reading of it. */
  note?: string;
}

function physicalText(id: PhysicalFigureId, lang: Lang): ProvenanceText {
  const figure = physicalFigure(id);
  return {
    class: 'published',
    text: `${figure.words[lang].label} (${outletName(figure.source.outlet, lang)})`,
    url: figure.source.url,
  };
}

/**
 * Where a value comes from, in words. Defaults of `shin-2024-06` in English: containers →
 * statement, "South Korea’s defence minister, June 2024"; perContainer → division, "our division
 * of the figures of South Korea’s defence minister, June 2024"; `mnd-2023-10`'s containers →
 * counted-by, "the White House, October 2023, confirmed by South Korea’s defence ministry".
 */
export function provenanceText(
  provenance: Provenance,
  statements: Record<string, StatementWords>,
  facts: FactsWords,
  lang: Lang,
): ProvenanceText {
  const words = facts.provenance;
  const creditOf = (id: string) => {
    const statement = statementById(id);
    return statement ? statementCredit(statement, facts, lang) : id;
  };
  const urlOf = (id: string) => statementById(id)?.sources[0].url;
  const withUrl = (text: ProvenanceText, url: string | undefined): ProvenanceText =>
    url === undefined ? text : { ...text, url };
  switch (provenance.kind) {
    case 'yours':
      return { class: 'yours', text: words.yours };
    case 'reference':
      return { class: 'reference', text: words.ours };
    case 'physical':
      return physicalText(provenance.figureId as PhysicalFigureId, lang);
    case 'rate': {
      const rate = fireRateById(provenance.rateId);
      if (!rate) return { class: 'reference', text: words.ours };
      return {
        class: rate.derived ? 'division' : 'published',
        text: rate.words[lang].label,
        url: rate.sources[0].url,
      };
    }
    case 'count':
    case 'working':
    case 'stated':
      return withUrl(
        { class: 'published', text: creditOf(provenance.statementId) },
        urlOf(provenance.statementId),
      );
    case 'reading':
      return withUrl(
        {
          class: 'reading',
          text: words.reading(creditOf(provenance.statementId)),
          note: words.readings[provenance.note],
        },
        urlOf(provenance.statementId),
      );
    case 'division':
      return withUrl(
        { class: 'division', text: words.division(creditOf(provenance.statementId)) },
        urlOf(provenance.statementId),
      );
    case 'preset':
      return presetProvenance(provenance, statements, facts, lang);
  }
}

/**
 * The chosen statement's value of an input, in words, as the input's facts say what it is: our
 * reading where the statement's words give one, its own figure (or the count it confirmed), our
 * division of its figures, or where it gives none, the source of the input's fallback (RUSI's
 * rate, our assumption, another statement's figures divided by us). `shin-2024-06`'s
 * perContainer → division, "our division of the figures of South Korea’s defence minister, June
 * 2024"; its share → reference, "our assumption".
 */
function presetProvenance(
  provenance: Extract<Provenance, { kind: 'preset' }>,
  statements: Record<string, StatementWords>,
  facts: FactsWords,
  lang: Lang,
): ProvenanceText {
  const words = facts.provenance;
  const { key, statementId } = provenance;
  const statement = statementById(statementId);
  if (!statement) return { class: 'reference', text: words.ours };
  const credit = statementCredit(statement, facts, lang);
  const url = statement.sources[0].url;
  const readings: Partial<Record<InputKey, string>> = statements[statementId]?.readings ?? {};
  const reading = readings[key];
  if (reading !== undefined) {
    return { class: 'reading', text: words.reading(credit), url, note: reading };
  }
  const { said, fallback } = factsOf(key);
  const value = said?.(statement);
  if (!value) {
    return fallback
      ? provenanceText(fallback.from, statements, facts, lang)
      : { class: 'reference', text: words.ours };
  }
  const counter = value.countedBy === undefined ? undefined : statementById(value.countedBy);
  if (counter) {
    return {
      class: 'counted-by',
      text: words.countedBy(statementCredit(counter, facts, lang), credit),
      url: counter.sources[0].url,
    };
  }
  switch (value.is) {
    case 'own':
      return { class: 'statement', text: credit, url };
    case 'division':
      return { class: 'division', text: words.division(credit), url };
    case 'reading':
      return { class: 'reading', text: words.reading(credit), url };
  }
}
