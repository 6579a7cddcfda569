import { FOUNDING_SCENARIO_IDS, isScenarioId, PRESETS, presetById } from '../../facts/presets';
import { formatExact, formatMonthYear } from '../../i18n/format';
import { useCalculatorActions, useCalculatorStore } from '../../store/calculator-store';
import './scenario.css';

/** Chooses a published statement; the founding two are buttons, all of them are in a list. */
export function ScenarioPicker() {
  const scenarioId = useCalculatorStore((state) => state.scenarioId);
  const { selectScenario } = useCalculatorActions();

  return (
    <section className="scenario" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading" className="eyebrow">
        Start from a published estimate
      </h2>
      <div className="scenario-controls">
        <div className="scenario-buttons" role="group" aria-label="The two founding statements">
          {FOUNDING_SCENARIO_IDS.map((id) => {
            const founding = presetById(id);
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
                  {formatMonthYear(founding.inputs.end, 'en')}
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
            {PRESETS.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
