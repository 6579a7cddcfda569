import type { LaterMessages } from './catalogue';
import { hedgedRounds, statementLabel } from './statement-text';
import type { StatementFigures, StatementWords } from '../facts/statement';
import type { Lang } from '../url/view-options';

/** A published statement's label and its rounds as reported, in a language. */
export interface EstimateWording {
  label: string;
  reported: string;
}

/**
 * A statement's words on the timeline, from its record: its label (month, who, containers) and its
 * rounds as reported, with their hedges. In English, for `shin-2024-06` → { label: 'Jun 2024 ·
 * Shin Won-sik · at least 10,000 containers', reported: 'could hold as many as 4.8 million' }.
 */
export function estimateWording(
  statement: StatementFigures,
  words: StatementWords | undefined,
  facts: LaterMessages['facts'],
  lang: Lang,
): EstimateWording {
  const [rounds] = statement.rounds;
  const reported = words?.rounds ?? (rounds ? hedgedRounds(rounds, facts, lang) : '');
  return { label: statementLabel(statement, facts, lang), reported };
}
