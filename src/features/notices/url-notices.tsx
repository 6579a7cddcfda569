import { explainNotice } from '../../i18n/explain-notice';
import { useCalculatorActions, useCalculatorStore } from '../../store/calculator-store';
import './notices.css';

/** Names every link parameter the page could not take as given, and what it used instead. */
export function UrlNotices() {
  const notices = useCalculatorStore((state) => state.notices);
  const { dismissNotices } = useCalculatorActions();
  if (notices.length === 0) return null;
  return (
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
  );
}
