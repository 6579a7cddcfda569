import { statementById } from '../../facts/all-statements';
import { fireRateById } from '../../facts/daily-fire';
import { physicalFigure, type PhysicalFigureId } from '../../facts/physical';
import { provenanceOf } from '../../facts/provenance';
import { DEFAULT_SCENARIO_ID, type Preset } from '../../facts/presets';
import type { RoundsFigure } from '../../facts/statement';
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

type Words = Pick<LaterMessages, 'assumptions' | 'sources' | 'statements'>;

const isRockets = (figure: RoundsFigure) => figure.calibre === '122mm-rockets';

const PHYSICAL_OF: Partial<Record<InputKey, PhysicalFigureId>> = {
  shellKg: 'shell-152mm',
  payloadKg: 'payload-20ft',
};

/**
 * Why a statement's value of an input is what it is, and where it comes from, in the language of
 * `words`: the statement's own figure with its hedge and its citation; our division of its
 * figures, or our reading of it, said as ours; or our default, with what it rests on. Never
 * credits a derived figure to the speaker.
 */
export function defaultWhy(
  key: InputKey,
  preset: Preset,
  { assumptions, sources, statements }: Words,
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
  switch (key) {
    case 'containers': {
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
    case 'perContainer': {
      const [rounds] = statement.rounds;
      return {
        text: rounds ? why.perContainer(hedgedRounds(rounds, facts, lang), containers) : '',
        citation,
      };
    }
    case 'rocketShare':
      return { text: why.rocketShare };
    case 'perContainerRockets': {
      // Ours, from the statement's 122 mm figure, or from the default statement's when it has none.
      const divided =
        provenance.class === 'division' && statement.rounds.some(isRockets)
          ? statement
          : statementById(DEFAULT_SCENARIO_ID);
      const rockets = divided?.rounds.find(isRockets);
      if (!divided || !rockets || !divided.containers) return { text: '' };
      const dividedWords = statements[divided.id];
      const over = hedgedContainers(divided.containers, facts, lang);
      const rounds = hedgedRounds(rockets, facts, lang);
      return divided === statement
        ? { text: why.perContainer(rounds, over), citation }
        : {
            text: why.noRockets(provenance.text, rounds, over),
            citation: dividedWords
              ? sourceCitation(divided, divided.sources[0], dividedWords, facts, lang)
              : undefined,
          };
    }
    case 'share':
      return { text: why.share };
    case 'usable':
      return { text: `${sources.assumed.usable} ${why.usableGur}` };
    case 'daily': {
      const rate = fireRateById('rusi-2024');
      return rate
        ? { text: sources.assumed.daily, citation: fireRateCitation(rate, lang) }
        : { text: sources.assumed.daily };
    }
    case 'start':
      return { text: why.start(text.period), citation };
    case 'end':
      return { text: why.end, citation };
    case 'shellKg':
    case 'payloadKg': {
      const figure = physicalFigure(PHYSICAL_OF[key] ?? 'shell-152mm');
      return {
        text: sources.assumed[key],
        reference: { source: outletName(figure.source.outlet, lang), url: figure.source.url },
      };
    }
    case 'packaging':
      return { text: sources.packagingNote };
  }
}
