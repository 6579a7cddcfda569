import { useShallow } from 'zustand/react/shallow';
import { scenarioById } from '../../facts/scenarios';
import { changedInputKeys } from '../../store/calculator-slice';
import { useStore, useLang, useLaterMessages } from '../../store/store';
import { CitationLink } from '../../ui/citation-link';
import './scenario.css';

/** One line naming the statement the figures start from, for the compact embedded view. */
export function ScenarioCredit() {
  const scenarioId = useStore((state) => state.scenarioId);
  const modified = useStore(useShallow(changedInputKeys)).length > 0;
  const label = useLaterMessages().scenario.labels[scenarioId];
  const words = useLaterMessages().results;
  const lang = useLang();
  return (
    <p className="scenario-credit">
      {modified ? words.creditModified(label) : words.creditBased(label)}{' '}
      <CitationLink
        citation={scenarioById(scenarioId).citation}
        lang={lang}
        withSpeaker={false}
        outlet={words.statements[scenarioId].outlet}
      />
    </p>
  );
}
