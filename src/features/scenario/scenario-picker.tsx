import { useShallow } from 'zustand/react/shallow';
import {
  FOUNDING_SCENARIO_IDS,
  isScenarioId,
  SCENARIOS,
  scenarioById,
} from '../../facts/scenarios';
import { formatExact, formatMonthYear } from '../../i18n/format';
import {
  changedInputKeys,
  useCalculatorActions,
  useCalculatorStore,
} from '../../store/calculator-store';
import { CitationLink } from '../../ui/citation-link';
import { INPUT_LABELS } from '../../i18n/input-labels';

/** Chooses a published statement; the founding two are buttons, all of them are in a list. */
export function ScenarioPicker() {
  const scenarioId = useCalculatorStore((state) => state.scenarioId);
  const changed = useCalculatorStore(useShallow(changedInputKeys));
  const { selectScenario } = useCalculatorActions();
  const scenario = scenarioById(scenarioId);

  return (
    <section className="scenario" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading" className="eyebrow">
        Start from a published estimate
      </h2>
      <div className="scenario-controls">
        <div className="scenario-buttons" role="group" aria-label="The two founding statements">
          {FOUNDING_SCENARIO_IDS.map((id) => {
            const founding = scenarioById(id);
            return (
              <button
                key={id}
                type="button"
                className="scenario-button"
                aria-pressed={scenarioId === id}
                onClick={() => {
                  selectScenario(id);
                }}
              >
                <span className="scenario-button-date">
                  {formatMonthYear(founding.citation.date, 'en')}
                </span>{' '}
                <span className="scenario-button-count">
                  {formatExact(founding.inputs.containers, 'en')} containers
                </span>
              </button>
            );
          })}
        </div>
        <label className="scenario-select">
          <span>All published statements</span>
          <select
            value={scenarioId}
            onChange={(event) => {
              if (isScenarioId(event.target.value)) selectScenario(event.target.value);
            }}
          >
            {SCENARIOS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="scenario-source">
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
      </div>
    </section>
  );
}
