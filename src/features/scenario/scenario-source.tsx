import { useShallow } from 'zustand/react/shallow';
import { scenarioById } from '../../facts/scenarios';
import { changedInputKeys } from '../../store/calculator-slice';
import { useActions, useStore, useLang, useLaterMessages } from '../../store/store';
import { CitationLink } from '../../ui/citation-link';
import './scenario.css';

/** What the chosen statement said, who said it, and what the reader has changed since. */
export function ScenarioSource() {
  const scenarioId = useStore((state) => state.scenarioId);
  const changed = useStore(useShallow(changedInputKeys));
  const { selectScenario } = useActions();
  const words = useLaterMessages().results;
  const lang = useLang();
  const scenario = scenarioById(scenarioId);
  const statement = words.statements[scenarioId];

  return (
    <section className="scenario-source" aria-label={words.sourceLabel}>
      <p className="scenario-summary">{statement.summary}</p>
      <p className="scenario-cite">
        <CitationLink
          citation={scenario.citation}
          lang={lang}
          speaker={statement.speaker}
          outlet={statement.outlet}
        />
        {scenario.alsoReportedBy.map((also, i) => (
          <span key={also.url}>
            {' '}
            · {words.also}{' '}
            <CitationLink
              citation={also}
              lang={lang}
              withSpeaker={false}
              outlet={statement.also[i]}
            />
          </span>
        ))}
      </p>
      <p className="scenario-reported">
        {words.reported(
          statement.containers,
          statement.shells,
          statement.period,
          statement.implied,
        )}{' '}
        <em>{words.ourDivision}</em>.
      </p>
      {changed.length > 0 ? (
        <p className="scenario-modified" role="status">
          <strong>{words.modified}</strong>{' '}
          {words.youChanged(changed.map((key) => words.inputNames[key]))}{' '}
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
