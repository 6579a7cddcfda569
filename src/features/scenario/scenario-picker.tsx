import { FOUNDING_SCENARIO_IDS, isScenarioId, PRESETS, presetById } from '../../facts/presets';
import { formatExact, formatMonthYear } from '../../i18n/format';
import { useActions, useStore, useLaterMessages, useLang } from '../../store/store';
import './scenario.css';

/** Chooses a published statement; the founding two are buttons, all of them are in a list. */
export function ScenarioPicker() {
  const scenarioId = useStore((state) => state.scenarioId);
  const { selectScenario } = useActions();
  const { scenario: words } = useLaterMessages();
  const lang = useLang();

  return (
    <section className="scenario" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading" className="eyebrow">
        {words.heading}
      </h2>
      <div className="scenario-controls">
        <div className="scenario-buttons" role="group" aria-label={words.founding}>
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
                  {formatMonthYear(founding.inputs.end, lang)}
                </span>{' '}
                <span className="scenario-button-count">
                  {words.containers(
                    founding.inputs.containers,
                    formatExact(founding.inputs.containers, lang),
                  )}
                </span>
              </button>
            );
          })}
        </div>
        <label className="scenario-select">
          <span>{words.all}</span>
          <select
            value={scenarioId}
            onChange={(event) => {
              if (isScenarioId(event.target.value)) selectScenario(event.target.value);
            }}
          >
            {PRESETS.map((option) => (
              <option key={option.id} value={option.id}>
                {words.labels[option.id]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
