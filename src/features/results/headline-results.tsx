import { formatApprox, formatDate, formatExact, formatFixed, plural } from '../../i18n/format';
import { useCalculatorStore } from '../../store/calculator-store';
import { useResults } from '../../store/use-results';
import { OutcomeFigure, ResultFigure } from '../../ui/result-figure';
import { ResultsAnnouncer, resultsSentence } from './results-announcer';
import './results.css';

const LOCALE = 'en';

/**
 * The three figures a reader came for: total shells, how long they last, and until when; read out
 * politely a moment after they change.
 */
export function HeadlineResults() {
  const results = useResults();
  const daily = useCalculatorStore((state) => state.inputs.daily);
  const days = Math.round(results.daysOfFire);
  return (
    <>
      <dl className="headline-results">
        <div className="headline">
          <dt>Working shells delivered</dt>
          <dd>
            <ResultFigure
              className="headline-figure"
              resultKey="totalShells"
              exact={results.totalShells}
              display={formatApprox(results.totalShells, LOCALE)}
              detail={`Exactly ${formatExact(results.totalShells, LOCALE)} shells`}
            />
          </dd>
        </div>
        <div className="headline">
          <dt>Months of Russian fire</dt>
          <dd>
            <ResultFigure
              className="headline-figure"
              resultKey="monthsOfFire"
              exact={results.monthsOfFire}
              display={formatFixed(results.monthsOfFire, LOCALE, 1)}
              detail={`${formatExact(results.monthsOfFire, LOCALE)} months of 30.44 days`}
            />
            <span className="headline-sub">
              <ResultFigure
                resultKey="daysOfFire"
                exact={results.daysOfFire}
                display={`${formatExact(days, LOCALE)} ${plural(days, LOCALE, { one: 'day', other: 'days' })}`}
                detail={`${formatExact(results.daysOfFire, LOCALE)} days`}
              />{' '}
              at {formatExact(daily, LOCALE)} shells a day
            </span>
          </dd>
        </div>
        <div className="headline">
          <dt>Enough to keep firing until</dt>
          <dd>
            <OutcomeFigure
              className="headline-figure headline-date"
              resultKey="lastsUntil"
              outcome={results.lastsUntil}
              format={(date) => formatDate(date, LOCALE)}
            />
            <span className="headline-sub">
              firing from the first delivery, with no other supply
            </span>
          </dd>
        </div>
      </dl>
      <ResultsAnnouncer message={resultsSentence(results, LOCALE)} />
    </>
  );
}
