import { EU_PLEDGE_SOURCE, RETURN_CONTAINERS_SOURCE } from '../../facts/context';
import {
  formatApprox,
  formatExact,
  formatFixed,
  formatPercent,
  formatTonnes,
} from '../../i18n/format';
import { explainReason } from '../../i18n/explain';
import { useCalculatorStore } from '../../store/calculator-store';
import { useResults } from '../../store/use-results';
import { CitationLink } from '../../ui/citation-link';
import { ResultFigure } from '../../ui/result-figure';
import './results.css';

const LOCALE = 'en';

/** The secondary results: pace of delivery, weight per container, and two comparisons. */
export function ResultDetails() {
  const results = useResults();
  const inputs = useCalculatorStore((state) => state.inputs);
  const { deliveryDays, deliveredPerDay, dailyCoverage } = results;
  const payloadShare = (results.massPerContainerKg / inputs.payloadKg) * 100;

  return (
    <dl className="result-details">
      <div className="detail">
        <dt>Delivered per day</dt>
        <dd>
          <ResultFigure
            className="detail-figure"
            resultKey="deliveredPerDay"
            exact={deliveredPerDay.ok ? deliveredPerDay.value : null}
            display={
              deliveredPerDay.ok
                ? formatApprox(deliveredPerDay.value, LOCALE)
                : explainReason(deliveredPerDay.reason)
            }
            detail={
              deliveredPerDay.ok ? `${formatExact(deliveredPerDay.value, LOCALE)} a day` : undefined
            }
          />
          <p className="detail-note">
            over{' '}
            <ResultFigure
              resultKey="deliveryDays"
              exact={deliveryDays.ok ? deliveryDays.value : null}
              display={
                deliveryDays.ok
                  ? `${formatExact(deliveryDays.value, LOCALE)} days`
                  : explainReason(deliveryDays.reason)
              }
            />{' '}
            from first delivery to the count
          </p>
        </dd>
      </div>
      <div className="detail">
        <dt>Share of Russia’s daily fire matched</dt>
        <dd>
          <ResultFigure
            className="detail-figure"
            resultKey="dailyCoverage"
            exact={dailyCoverage.ok ? dailyCoverage.value : null}
            display={
              dailyCoverage.ok
                ? formatPercent(dailyCoverage.value, LOCALE)
                : explainReason(dailyCoverage.reason)
            }
            detail={dailyCoverage.ok ? `${formatExact(dailyCoverage.value, LOCALE)}%` : undefined}
          />
          <p className="detail-note">
            deliveries over the period against {formatExact(inputs.daily, LOCALE)} fired a day
          </p>
        </dd>
      </div>
      <div className="detail">
        <dt>Weight of one container’s shells</dt>
        <dd>
          <ResultFigure
            className="detail-figure"
            resultKey="massPerContainerKg"
            exact={results.massPerContainerKg}
            display={formatTonnes(results.massPerContainerKg, LOCALE)}
            detail={`${formatExact(results.massPerContainerKg, LOCALE)} kg`}
          />
          <p className="detail-note">
            <ResultFigure
              className={results.plausible ? 'verdict verdict-ok' : 'verdict verdict-no'}
              resultKey="plausible"
              exact={results.plausible}
              display={results.plausible ? 'Fits' : 'Too heavy'}
            />{' '}
            {formatPercent(payloadShare, LOCALE)} of the {formatTonnes(inputs.payloadKg, LOCALE)}{' '}
            payload limit, counting projectiles only
          </p>
        </dd>
      </div>
      <div className="detail">
        <dt>Against the EU’s million-shell pledge</dt>
        <dd>
          <ResultFigure
            className="detail-figure"
            resultKey="euMultiple"
            exact={results.euMultiple}
            display={`${formatFixed(results.euMultiple, LOCALE, 1)}×`}
            detail={`${formatExact(results.euMultiple, LOCALE)} times one million`}
          />
          <p className="detail-note">
            the EU promised Ukraine 1 million shells in 12 months (March 2023) ·{' '}
            <CitationLink citation={EU_PLEDGE_SOURCE} withSpeaker={false} />
          </p>
        </dd>
      </div>
      <div className="detail">
        <dt>Containers Russia sent back</dt>
        <dd>
          <ResultFigure
            className="detail-figure"
            resultKey="containersReturned"
            exact={results.containersReturned}
            display={formatApprox(results.containersReturned, LOCALE)}
            detail={`${formatExact(results.containersReturned, LOCALE)} containers`}
          />
          <p className="detail-note">
            30% more than came south, probably mostly food ·{' '}
            <CitationLink citation={RETURN_CONTAINERS_SOURCE} withSpeaker={false} />
          </p>
        </dd>
      </div>
    </dl>
  );
}
