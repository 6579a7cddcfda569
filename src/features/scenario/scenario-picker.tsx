import { statementById } from '../../facts/all-statements';
import { FOUNDING_SCENARIO_IDS, PRESETS } from '../../facts/presets';
import { statementLabel } from '../../i18n/statement-text';
import { isPresetIn, scenarioPreset, SCHEMA_VERSION } from '../../url/migrations';
import { formatExact, formatMonthYear } from '../../i18n/format';
import { useActions, useLang, useLaterMessages, useStore } from '../../store/store';
import './scenario.css';

/** Chooses a published statement; the founding two are buttons, all of them are in a list. */
export function ScenarioPicker() {
  const scenarioId = useStore((state) => state.scenarioId);
  const { selectScenario } = useActions();
  const { scenario: words, facts } = useLaterMessages();
  const lang = useLang();
  // A statement only older links name (nis-2023-11) is listed while it is on screen.
  const options = isPresetIn(SCHEMA_VERSION, scenarioId)
    ? PRESETS
    : [...PRESETS, scenarioPreset(scenarioId)];

  return (
    <section className="scenario" aria-labelledby="scenario-heading">
      <h2 id="scenario-heading" className="eyebrow">
        {words.heading}
      </h2>
      <div className="scenario-controls">
        <div className="scenario-buttons" role="group" aria-label={words.founding}>
          {FOUNDING_SCENARIO_IDS.map((id) => {
            const founding = scenarioPreset(id);
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
              if (isPresetIn(SCHEMA_VERSION, event.target.value))
                selectScenario(event.target.value);
            }}
          >
            {options.map((option) => {
              const statement = statementById(option.id);
              return statement ? (
                <option key={option.id} value={option.id}>
                  {statementLabel(statement, facts, lang)}
                </option>
              ) : null;
            })}
          </select>
        </label>
      </div>
    </section>
  );
}
