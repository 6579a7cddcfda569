import { useShallow } from 'zustand/react/shallow';
import { statementById } from '../../facts/all-statements';
import {
  capitalised,
  hedgedContainers,
  perContainerText,
  sourceCitation,
} from '../../i18n/statement-text';
import { changedInputKeys } from '../../store/calculator-slice';
import { useActions, useLang, useLaterMessages, useStore } from '../../store/store';
import { CitationLink, OutletName } from '../../ui/citation-link';
import './scenario.css';

/** What the chosen statement said, who said it, and what the reader has changed since. */
export function ScenarioSource() {
  const scenarioId = useStore((state) => state.scenarioId);
  const changed = useStore(useShallow(changedInputKeys));
  const { selectScenario } = useActions();
  const { results: words, statements, assumptions, facts } = useLaterMessages();
  const lang = useLang();
  const statement = statementById(scenarioId);
  const text = statements[scenarioId];
  if (!statement || !text) return null;
  const [main, ...also] = statement.sources;
  const implied = perContainerText(statement, facts, lang);

  return (
    <section className="scenario-source" aria-label={words.sourceLabel}>
      <p className="scenario-summary">
        <OutletName name={text.summary} lang={lang} />
      </p>
      <p className="scenario-cite">
        <CitationLink citation={sourceCitation(statement, main, text, facts, lang)} lang={lang} />
        {also.map((source) => (
          <span key={source.url}>
            {' '}
            · {words.also}{' '}
            <CitationLink
              citation={sourceCitation(statement, source, text, facts, lang)}
              lang={lang}
              withSpeaker={false}
            />
          </span>
        ))}
      </p>
      <p className="scenario-reported">
        <span className={`kind kind-${statement.kind}`} title={facts.kindNotes[statement.kind]}>
          {capitalised(facts.kinds[statement.kind], lang)}
        </span>{' '}
        <OutletName
          name={words.reported(
            statement.containers
              ? hedgedContainers(statement.containers, facts, lang) +
                  (text.containersNote === undefined ? '' : ` (${text.containersNote})`)
              : '—',
            text.rounds ?? '—',
            text.period,
          )}
          lang={lang}
        />{' '}
        {implied === null ? null : <em>{words.implied(implied)}</em>}
      </p>
      {changed.length > 0 ? (
        <p className="scenario-modified" role="status">
          <strong>{words.modified}</strong>{' '}
          {words.youChanged(changed.map((key) => assumptions.labels[key]))}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              selectScenario(scenarioId);
            }}
          >
            {words.reset}
          </button>
        </p>
      ) : null}
    </section>
  );
}
