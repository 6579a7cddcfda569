import { useShallow } from 'zustand/react/shallow';
import { scenarioById } from '../../facts/scenarios';
import { changedInputKeys, useCalculatorStore } from '../../store/calculator-store';
import { CitationLink } from '../../ui/citation-link';
import './scenario.css';

/** One line naming the statement the figures start from, for the compact embedded view. */
export function ScenarioCredit() {
  const scenario = useCalculatorStore((state) => scenarioById(state.scenarioId));
  const modified = useCalculatorStore(useShallow(changedInputKeys)).length > 0;
  return (
    <p className="scenario-credit">
      {modified ? 'Starting from ' : 'Based on '}
      {scenario.label}: <CitationLink citation={scenario.citation} withSpeaker={false} />
      {modified ? ', with changed assumptions' : null}
    </p>
  );
}
