import { formatApprox, formatDate, formatFixed } from '../i18n/format';
import { useFirstMessages, useLang } from '../store/store';
import { mediansOf } from '../model/evaluate';
import { useEvaluation } from '../store/use-evaluation';

/**
 * The headline figures in one line, for phones: it sticks to the top of the screen while the
 * assumptions are on it (and so while one of their fields has focus), so that a reader sees the
 * answer move as they change it. With ranges, the medians once sampled. Hidden from assistive
 * technology: the results are read out after each change (ResultsAnnouncer), and this repeats them.
 */
export function ResultsBar() {
  const results = mediansOf(useEvaluation().evaluation);
  const { bar } = useFirstMessages().page;
  const lang = useLang();
  const total = results.totalShells;
  const months = results.monthsOfFire;
  const until = results.lastsUntil.ok ? results.lastsUntil.value : null;
  return (
    <div className="results-bar" aria-hidden="true">
      <p>
        <b className="results-bar-total">{formatApprox(total, lang)}</b>
        <span>{bar.shells}</span>
      </p>
      <p>
        <b>{formatFixed(months, lang, 1)}</b>
        <span>{bar.months}</span>
      </p>
      {until === null ? null : (
        <p>
          <b>{formatDate(until, lang)}</b>
          <span>{bar.until}</span>
        </p>
      )}
    </div>
  );
}
