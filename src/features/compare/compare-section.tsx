import { useId, useState } from 'react';
import { FOUNDING_SCENARIO_IDS, PRESETS, type ScenarioId } from '../../facts/presets';
import { isPresetIn, scenarioPreset, SCHEMA_VERSION } from '../../url/migrations';
import { useActions, useLang, useLaterMessages, useStore } from '../../store/store';
import type { ComparedScenario } from '../../url/compare-query';
import { scenarioName } from './compare-figures';
import { CompareTable } from './compare-table';
import '../../ui/action-button.css';
import './compare.css';

const FREEZE = 'freeze';

/** A published statement as a comparison holds it: its own inputs and ranges, copied. */
function presetScenario(id: ScenarioId): ComparedScenario {
  const preset = scenarioPreset(id);
  return { scenarioId: id, inputs: { ...preset.inputs }, ranges: { ...preset.ranges } };
}

/** The page's figures as they are now, frozen. */
function frozenScenario(): ComparedScenario {
  const { scenarioId, inputs, ranges } = useStore.getState();
  return { scenarioId, inputs: { ...inputs }, ranges: { ...ranges } };
}

/** Two scenarios side by side: the page's (A) and a published statement or a frozen copy (B). */
export function CompareSection() {
  const headingId = useId();
  const selectId = useId();
  const { compare: words, facts } = useLaterMessages();
  const lang = useLang();
  const compare = useStore((state) => state.compare);
  const pageScenarioId = useStore((state) => state.scenarioId);
  const pageName = useStore((state) => scenarioName(state, words, facts, lang));
  const { setCompare, clearCompare, swapCompare, loadCompare } = useActions();
  // The founding counts are the natural pair: offer the other one first.
  const suggested = FOUNDING_SCENARIO_IDS.find((id) => id !== pageScenarioId) ?? FREEZE;
  const [choice, setChoice] = useState<string>(suggested);
  const [frozen, setFrozen] = useState(false);

  const choose = () => {
    if (isPresetIn(SCHEMA_VERSION, choice)) {
      setCompare(presetScenario(choice));
      setFrozen(false);
    } else {
      setCompare(frozenScenario());
      setFrozen(true);
    }
  };

  return (
    <section className="compare" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {words.title}
      </h2>
      <p className="section-dek">{words.dek}</p>
      <div className="compare-chooser">
        <label htmlFor={selectId}>{words.chooseLabel}</label>
        <div className="compare-chooser-row">
          <select
            id={selectId}
            value={choice}
            onChange={(event) => {
              setChoice(event.target.value);
            }}
          >
            <option value={FREEZE}>{words.freeze}</option>
            <optgroup label={words.presetsGroup}>
              {PRESETS.map((preset) => (
                <option key={preset.id} value={preset.id}>
                  {scenarioName(presetScenario(preset.id), words, facts, lang)}
                </option>
              ))}
            </optgroup>
          </select>
          <button type="button" className="action-button action-button-main" onClick={choose}>
            {compare ? words.change : words.show}
          </button>
        </div>
      </div>
      {compare ? (
        <div className="compare-body" data-compare="">
          <ul className="compare-legend">
            <li>
              <strong>{words.sideA}</strong> {words.thisPageIs(pageName)}
            </li>
            <li>
              <strong>{words.sideB}</strong> {scenarioName(compare, words, facts, lang)}
            </li>
          </ul>
          {frozen ? <p className="compare-note">{words.frozenNote}</p> : null}
          <CompareTable b={compare} />
          <div className="compare-actions">
            <button
              type="button"
              className="action-button"
              onClick={() => {
                swapCompare();
                setFrozen(false);
              }}
            >
              {words.swap}
            </button>
            <button type="button" className="action-button" onClick={loadCompare}>
              {words.load}
            </button>
            <button type="button" className="action-button" onClick={clearCompare}>
              {words.close}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
