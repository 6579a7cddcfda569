import { explainNotice } from '../../i18n/explain-notice';
import { useActions, useStore, useLang, useLaterMessages } from '../../store/store';
import './notices.css';

/** A quiet note on a link of an older version whose statement has newer figures (CONTRACT §3). */
function OlderFiguresNote() {
  const olderFigures = useStore((state) => state.olderFigures);
  const scenarioId = useStore((state) => state.scenarioId);
  const { selectScenario } = useActions();
  const words = useLaterMessages().notices;
  if (!olderFigures) return null;
  return (
    <p className="quiet-note" data-note="newer-figures">
      {words.olderFigures}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          selectScenario(scenarioId);
        }}
      >
        {words.useNewer}
      </button>
    </p>
  );
}

/**
 * Names every link parameter the page could not take as given, and what it used instead. Keys
 * and options are the link's own words, shown as typed and marked English.
 */
export function UrlNotices() {
  const notices = useStore((state) => state.notices);
  const { dismissNotices } = useActions();
  const words = useLaterMessages().notices;
  const lang = useLang();
  if (notices.length === 0) return <OlderFiguresNote />;
  return (
    <>
      <OlderFiguresNote />
      <div className="notice" data-notice="" role="status" aria-labelledby="notice-heading">
        <h2 id="notice-heading" className="notice-title">
          {words.title}
        </h2>
        <ul>
          {notices.map((notice, index) => (
            <li key={index} data-notice-key={notice.key}>
              {explainNotice(notice, words, lang).map((part, at) =>
                typeof part === 'string' ? (
                  part
                ) : (
                  <code key={at} lang="en" className="notice-key">
                    {part.code}
                  </code>
                ),
              )}
            </li>
          ))}
        </ul>
        <button type="button" className="link-button" onClick={dismissNotices}>
          {words.dismiss}
        </button>
      </div>
    </>
  );
}
