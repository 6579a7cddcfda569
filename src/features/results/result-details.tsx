import { EU_PLEDGE_SOURCE, RETURN_CONTAINERS_SOURCE } from '../../facts/result-citations';
import {
  formatApprox,
  formatExact,
  formatFixed,
  formatPercent,
  formatTonnes,
} from '../../i18n/format';
import { memo, useMemo } from 'react';
import type { Inputs } from '../../model/inputs';
import { computeResults } from '../../model/results';
import { useDeferredInputs } from '../../store/use-results';
import { CitationLink } from '../../ui/citation-link';
import { OutcomeFigure, ResultFigure } from '../../ui/result-figure';
import './results.css';

const LOCALE = 'en';

/** The secondary results: pace of delivery, weight per container, and two comparisons. */
export function ResultDetails() {
  return <Details inputs={useDeferredInputs()} />;
}

const Details = memo(function Details({ inputs }: { inputs: Inputs }) {
  const results = useMemo(() => computeResults(inputs), [inputs]);
  const { deliveryDays, deliveredPerDay, dailyCoverage } = results;
  const payloadShare = (results.massPerContainerKg / inputs.payloadKg) * 100;

  return (
    <dl className="result-details">
      <div className="detail">
        <dt>Delivered per day</dt>
        <dd>
          <OutcomeFigure
            className="detail-figure"
            resultKey="deliveredPerDay"
            outcome={deliveredPerDay}
            format={(value) => formatApprox(value, LOCALE)}
            detail={(value) => `${formatExact(value, LOCALE)} a day`}
          />
          <p className="detail-note">
            over{' '}
            <OutcomeFigure
              resultKey="deliveryDays"
              outcome={deliveryDays}
              format={(value) => `${formatExact(value, LOCALE)} days`}
            />{' '}
            from first delivery to the count
          </p>
        </dd>
      </div>
      <div className="detail">
        <dt>Share of Russia’s daily fire matched</dt>
        <dd>
          <OutcomeFigure
            className="detail-figure"
            resultKey="dailyCoverage"
            outcome={dailyCoverage}
            format={(value) => formatPercent(value, LOCALE)}
            detail={(value) => `${formatExact(value, LOCALE)}%`}
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
});
