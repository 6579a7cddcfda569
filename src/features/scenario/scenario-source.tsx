import { useShallow } from 'zustand/react/shallow';
import { scenarioById } from '../../facts/scenarios';
import { INPUT_LABELS } from '../../i18n/input-labels';
import {
  changedInputKeys,
  useCalculatorActions,
  useCalculatorStore,
} from '../../store/calculator-store';
import { CitationLink } from '../../ui/citation-link';
import './scenario.css';

/** What the chosen statement said, who said it, and what the reader has changed since. */
export function ScenarioSource() {
  const scenarioId = useCalculatorStore((state) => state.scenarioId);
  const changed = useCalculatorStore(useShallow(changedInputKeys));
  const { selectScenario } = useCalculatorActions();
  const scenario = scenarioById(scenarioId);

  return (
    <section className="scenario-source" aria-label="The statement and its source">
      <p className="scenario-summary">{scenario.summary}</p>
      <p className="scenario-cite">
        <CitationLink citation={scenario.citation} />
        {scenario.alsoReportedBy.map((also) => (
          <span key={also.url}>
            {' '}
            · also <CitationLink citation={also} withSpeaker={false} />
          </span>
        ))}
      </p>
      <p className="scenario-reported">
        Reported: {scenario.containers.text} containers, {scenario.shells.text} shells; period{' '}
        {scenario.period}. Implied per container: {scenario.impliedPerContainer}{' '}
        <em>(our division, not a published figure)</em>.
      </p>
      {changed.length > 0 ? (
        <p className="scenario-modified" role="status">
          <strong>Modified.</strong> You changed:{' '}
          {changed.map((key) => INPUT_LABELS[key]).join(', ')}.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              selectScenario(scenarioId);
            }}
          >
            Reset to this statement
          </button>
        </p>
      ) : null}
    </section>
  );
}
