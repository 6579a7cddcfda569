import { useShallow } from 'zustand/react/shallow';
import { statementById } from '../../facts/all-statements';
import { FACTS_REVIEWED } from '../../facts/reviewed';
import { formatDate } from '../../i18n/format';
import { sourceCitation, statementLabel } from '../../i18n/statement-text';
import { changedInputKeys } from '../../store/calculator-slice';
import { useLang, useLaterMessages, useStore } from '../../store/store';
import { CitationLink } from '../../ui/citation-link';
import './scenario.css';

/** One line naming the statement the figures start from, for the compact embedded view. */
export function ScenarioCredit() {
  const scenarioId = useStore((state) => state.scenarioId);
  const modified = useStore(useShallow(changedInputKeys)).length > 0;
  const { results: words, statements, facts } = useLaterMessages();
  const lang = useLang();
  const statement = statementById(scenarioId);
  const text = statements[scenarioId];
  if (!statement || !text) return null;
  const label = statementLabel(statement, facts, lang);
  return (
    <p className="scenario-credit">
      {modified ? words.creditModified(label) : words.creditBased(label)}{' '}
      <CitationLink
        citation={sourceCitation(statement, statement.sources[0], text, facts, lang)}
        lang={lang}
        withSpeaker={false}
      />{' '}
      <span className="scenario-reviewed">{facts.reviewed(formatDate(FACTS_REVIEWED, lang))}</span>
    </p>
  );
}
