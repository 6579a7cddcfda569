import { explainNotice } from '../../i18n/explain-notice';
import { useCalculatorActions, useCalculatorStore } from '../../store/calculator-store';
import './notices.css';

/** A quiet note on a link of an older version whose statement has newer figures (CONTRACT §3). */
function OlderFiguresNote() {
  const olderFigures = useCalculatorStore((state) => state.olderFigures);
  const scenarioId = useCalculatorStore((state) => state.scenarioId);
  const { selectScenario } = useCalculatorActions();
  if (!olderFigures) return null;
  return (
    <p className="quiet-note" data-note="newer-figures">
      This link was made with an earlier version of the calculator and keeps that version’s figures.
      Newer figures exist for this statement.{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          selectScenario(scenarioId);
        }}
      >
        Use the newer figures
      </button>
    </p>
  );
}

/** Names every link parameter the page could not take as given, and what it used instead. */
export function UrlNotices() {
  const notices = useCalculatorStore((state) => state.notices);
  const { dismissNotices } = useCalculatorActions();
  if (notices.length === 0) return <OlderFiguresNote />;
  return (
    <>
      <OlderFiguresNote />
      <div className="notice" data-notice="" role="status" aria-labelledby="notice-heading">
        <h2 id="notice-heading" className="notice-title">
          Some settings in this link were changed
        </h2>
        <ul>
          {notices.map((notice, index) => (
            <li key={index} data-notice-key={notice.key}>
              {explainNotice(notice)}
            </li>
          ))}
        </ul>
        <button type="button" className="link-button" onClick={dismissNotices}>
          Dismiss
        </button>
      </div>
    </>
  );
}
