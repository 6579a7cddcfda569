/**
 * A provenance (src/facts/provenance.ts) in words, in a language: the class of source a value has
 * (the statement's own, another's count, our division or reading, a published figure, our
 * assumption, the reader's) and who to credit, so that a derived figure is never credited to a
 * speaker.
 */
import { statementById } from '../facts/all-statements';
import { fireRateById, RUSSIAN_FIRE_RATES } from '../facts/daily-fire';
import type { Lang } from '../facts/langs';
import { physicalFigure, type PhysicalFigureId } from '../facts/physical';
import type { Provenance } from '../facts/provenance';
import type { StatementWords } from '../facts/statement';
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

/** The preset figure an input's default rests on, for the physical reference inputs. */
const PHYSICAL_DEFAULT: Partial<Record<string, PhysicalFigureId>> = {
  shellKg: 'shell-152mm',
  payloadKg: 'payload-20ft',
};

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
    case 'reference': {
      const figure = PHYSICAL_DEFAULT[provenance.key];
      return figure ? physicalText(figure, lang) : { class: 'reference', text: words.ours };
    }
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
    case 'filling':
      return withUrl(
        { class: 'published', text: creditOf(provenance.statementId) },
        urlOf(provenance.statementId),
      );
    case 'mix':
      return withUrl(
        {
          class: 'reading',
          text: words.reading(creditOf(provenance.statementId)),
          note: words.mixReading,
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

/** The chosen statement's own value of an input, in words. */
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
  const reading =
    key === 'containers' ||
    key === 'perContainer' ||
    key === 'daily' ||
    key === 'start' ||
    key === 'end'
      ? statements[statementId]?.readings?.[key]
      : undefined;
  if (reading !== undefined) {
    return { class: 'reading', text: words.reading(credit), url, note: reading };
  }
  switch (key) {
    case 'containers': {
      const counter = statement.containersFrom
        ? statementById(statement.containersFrom)
        : undefined;
      if (!counter) return { class: 'statement', text: credit, url };
      return {
        class: 'counted-by',
        text: words.countedBy(statementCredit(counter, facts, lang), credit),
        url: counter.sources[0].url,
      };
    }
    case 'perContainerRockets':
      return { class: 'division', text: words.division(credit), url };
    case 'perContainer':
      return statement.preset?.perContainer === undefined
        ? { class: 'division', text: words.division(credit), url }
        : { class: 'statement', text: credit, url };
    case 'start':
    case 'end':
      return { class: 'statement', text: credit, url };
    case 'daily': {
      const [rate] = RUSSIAN_FIRE_RATES;
      return rate
        ? provenanceText({ kind: 'rate', rateId: rate.id }, statements, facts, lang)
        : { class: 'reference', text: words.ours };
    }
    default:
      return provenanceText({ kind: 'reference', key }, statements, facts, lang);
  }
}
