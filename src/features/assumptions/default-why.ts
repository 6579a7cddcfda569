import { statementById } from '../../facts/all-statements';
import { fireRateById } from '../../facts/daily-fire';
import { figureOf } from '../../facts/divisions';
import { factsOf, type Cites } from '../../facts/input-facts';
import { physicalFigure } from '../../facts/physical';
import type { Preset } from '../../facts/presets';
import { provenanceOf } from '../../facts/provenance';
import type { Citation } from '../../facts/types';
import type { LaterMessages } from '../../i18n/catalogue';
import { provenanceText } from '../../i18n/provenance-text';
import {
  fireRateCitation,
  hedgedContainers,
  hedgedRounds,
  outletName,
  sourceCitation,
  statementCredit,
} from '../../i18n/statement-text';
import type { InputKey } from '../../model/inputs';
import type { Lang } from '../../url/view-options';

export interface DefaultWhy {
  text: string;
  citation?: Citation | undefined;
  /** An undated reference, for physical figures: its name in the page's language. */
  reference?: { source: string; url?: string | undefined } | undefined;
}

type Words = Pick<LaterMessages, 'assumptions' | 'statements'>;

/**
 * Why a statement's value of an input is what it is, and where it comes from, in the language of
 * `words`, as the input's facts say (src/facts/input-facts.ts): the statement's own figure with
 * its hedge and its citation; our division of its figures, or our reading of it, said as ours; or
 * our default, with what it rests on. Never credits a derived figure to the speaker.
 * `shin-2024-06`'s perContainer in English → "Our division of the reported figures: as many as
 * 4.8 million 152 mm shells over at least 10,000 containers.", cited to the statement.
 */
export function defaultWhy(
  key: InputKey,
  preset: Preset,
  { assumptions, statements }: Words,
  facts: LaterMessages['facts'],
  lang: Lang,
): DefaultWhy {
  const { why } = assumptions;
  const statement = statementById(preset.id);
  const text = statements[preset.id];
  if (!statement || !text) return { text: '' };
  const provenance = provenanceText(
    provenanceOf(key, { inputs: preset.inputs, ranges: preset.ranges ?? {} }, preset),
    statements,
    facts,
    lang,
  );
  const citation = sourceCitation(statement, statement.sources[0], text, facts, lang);
  if (provenance.class === 'reading') return { text: provenance.note ?? '', citation };
  const containers = statement.containers
    ? hedgedContainers(statement.containers, facts, lang)
    : '';
  const explained = factsOf(key).why;
  switch (explained.kind) {
    case 'count': {
      const counter = statement.containersFrom
        ? statementById(statement.containersFrom)
        : undefined;
      if (!counter) return { text: why.containers(containers), citation };
      const counterWords = statements[counter.id];
      return {
        text: why.countedBy(
          containers,
          statementCredit(counter, facts, lang),
          statementCredit(statement, facts, lang),
        ),
        citation: counterWords
          ? sourceCitation(counter, counter.sources[0], counterWords, facts, lang)
          : citation,
      };
    }
    case 'division': {
      const rounds = figureOf(statement, explained.figure);
      const { otherwise } = explained;
      if (rounds || !otherwise) {
        return {
          text: rounds ? why.division(hedgedRounds(rounds, facts, lang), containers) : '',
          citation,
        };
      }
      // Ours, from another statement's figure: credit that one, as the provenance does.
      const divided = statementById(otherwise.statementId);
      const figure = divided && figureOf(divided, explained.figure);
      if (!divided || !figure || !divided.containers) return { text: '' };
      const dividedWords = statements[divided.id];
      return {
        text: why.otherwise[otherwise.note](
          provenance.text,
          hedgedRounds(figure, facts, lang),
          hedgedContainers(divided.containers, facts, lang),
        ),
        citation: dividedWords
          ? sourceCitation(divided, divided.sources[0], dividedWords, facts, lang)
          : undefined,
      };
    }
    case 'period':
      return { text: why.start(text.period), citation };
    case 'note':
      return noteWhy(why.notes[explained.note], explained.cites, citation, lang);
  }
}

/**
 * A sentence on a default with what it cites: the statement, a rate of fire (RUSI's, for the
 * daily fire), or the physical figure it rests on, as an undated reference.
 */
function noteWhy(
  text: string,
  cites: Cites | undefined,
  citation: Citation,
  lang: Lang,
): DefaultWhy {
  switch (cites?.kind) {
    case undefined:
      return { text };
    case 'statement':
      return { text, citation };
    case 'rate': {
      const rate = fireRateById(cites.rateId);
      return rate ? { text, citation: fireRateCitation(rate, lang) } : { text };
    }
    case 'physical': {
      const figure = physicalFigure(cites.figureId);
      return {
        text,
        reference: { source: outletName(figure.source.outlet, lang), url: figure.source.url },
      };
    }
  }
}
