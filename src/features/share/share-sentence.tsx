import { FACTS_REVIEWED } from '../../facts/reviewed';
import { useLang, useLaterMessages, useStore } from '../../store/store';
import { mediansOf } from '../../model/evaluate';
import { useEvaluation } from '../../store/use-evaluation';
import { CopyField } from './copy-field';
import { buildSentence } from './sentence';

/**
 * "A sentence to quote": the figures on screen as one publishable sentence in the page's
 * language, rounded honestly, with each figure's source and the link, shown and copied whole.
 */
export function ShareSentence({ link }: { link: string }) {
  const { share, statements, facts } = useLaterMessages();
  const words = share.sentence;
  const lang = useLang();
  const scenarioId = useStore((state) => state.scenarioId);
  const inputs = useStore((state) => state.inputs);
  const ranges = useStore((state) => state.ranges);
  const view = useEvaluation();
  const results = mediansOf(view.evaluation);
  // With ranges, the sentence waits for the first sampling, then quotes the newest one.
  const pending = view.ranged && !view.sampled;
  const spread = view.sampled ? view.evaluation : null;
  const text = pending
    ? words.pending
    : buildSentence(
        { scenarioId, inputs, ranges, results, spread, link, reviewed: FACTS_REVIEWED },
        { sentence: words, facts, statements, lang },
      );
  return (
    <div className="share-sentence">
      <h3 className="share-subtitle">{words.title}</h3>
      <p className="share-note">{words.note}</p>
      <CopyField
        label={words.label}
        text={text}
        copyLabel={words.copy}
        messages={words}
        name="share-sentence"
        rows={5}
        disabled={pending}
      />
    </div>
  );
}
