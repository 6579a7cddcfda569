import { STATEMENTS, statementById } from '../facts/all-statements';
import type { Lang } from '../facts/langs';
import { DEFAULT_SCENARIO_ID } from '../facts/presets';
import type { StatementFigures } from '../facts/statement';
import type { LaterMessages } from './catalogue';
import { hedgedContainers, hedgedRounds, monthYearLong, speakerOf } from './statement-text';

type FactsWords = LaterMessages['facts'];

/** The newest statement that passes `test`. */
function newest(test: (statement: StatementFigures) => boolean): StatementFigures | undefined {
  return STATEMENTS.filter(test).at(-1);
}

/** A statement's rounds as the dek says them: "about 12 million 152 mm shells". */
function roundsText(statement: StatementFigures, facts: FactsWords, lang: Lang): string {
  const [rounds] = statement.rounds;
  return rounds
    ? facts.roundsOf(hedgedRounds(rounds, facts, lang), facts.calibres[rounds.calibre])
    : '';
}

/**
 * The page's opening paragraph, made from the records: the default statement's count, the newest
 * capacity conversion and the newest estimate of rounds actually sent, each credited and dated,
 * so that it is current whenever a statement is added. English today: "By February 2024, about
 * 6,700 containers of munitions had gone to Russia (South Korea’s defence minister); by July 2025,
 * about 28,000 containers, which could hold about 12 million 152 mm shells (…)."
 */
export function dekText(facts: FactsWords, lang: Lang): string {
  const first = statementById(DEFAULT_SCENARIO_ID);
  const capacity = newest(
    (statement) => statement.kind === 'capacity' && statement.containers !== null,
  );
  const estimate = newest(
    (statement) =>
      statement.kind === 'estimate' &&
      statement.rounds.length > 0 &&
      statement.runningTotal !== false,
  );
  if (!first?.containers || !capacity?.containers || !estimate) return '';
  return facts.dek(
    {
      who: speakerOf(first, lang).credit,
      when: monthYearLong(first.date, lang),
      what: hedgedContainers(first.containers, facts, lang),
    },
    {
      who: speakerOf(capacity, lang).credit,
      when: monthYearLong(capacity.date, lang),
      what: hedgedContainers(capacity.containers, facts, lang),
      holds: roundsText(capacity, facts, lang),
    },
    {
      who: speakerOf(estimate, lang).credit,
      when: monthYearLong(estimate.date, lang),
      what: roundsText(estimate, facts, lang),
    },
  );
}
