import { EU_PLEDGE_SOURCE, RETURN_CONTAINERS_SOURCE } from '../../facts/result-citations';
import {
  formatApprox,
  formatExact,
  formatFixed,
  formatPercent,
  formatTonnes,
} from '../../i18n/format';
import { memo, useMemo } from 'react';
import type { Spread } from '../../model/distribution';
import type { Inputs } from '../../model/inputs';
import { ok, type Outcome } from '../../model/reason';
import { computeResults, type Results } from '../../model/results';
import type { SampledResults } from '../../model/sampling';
import { useDeferredInputs } from '../../store/use-results';
import { useSampledResults } from '../../store/use-sampled';
import { CitationLink } from '../../ui/citation-link';
import { OutcomeFigure } from '../../ui/outcome-figure';
import { ResultFigure } from '../../ui/result-figure';
import './results.css';

const LOCALE = 'en';

type DetailKey =
  | 'deliveryDays'
  | 'deliveredPerDay'
  | 'dailyCoverage'
  | 'massPerContainerKg'
  | 'euMultiple'
  | 'containersReturned';

/** The sampling of the inputs on screen, 'pending' while it is worked out, null without ranges. */
type Sampling = SampledResults | 'pending' | null;

/**
 * What a figure shows: the exact result, or with ranges the sampled median with its 90% range;
 * while the sampling is worked out, the exact result of the ranges' centres without `data-value`.
 */
function shownOf(key: DetailKey, results: Results, sampling: Sampling) {
  const exact = results[key];
  const outcome: Outcome<number> = typeof exact === 'number' ? ok(exact) : exact;
  if (sampling === null || sampling === 'pending') {
    return { outcome, spread: null, known: sampling === null };
  }
  const sampled = sampling[key];
  if ('median' in sampled) return { outcome: ok(sampled.median), spread: sampled, known: true };
  const spread: Spread | null = sampled.ok ? sampled.value : null;
  return {
    outcome: sampled.ok ? ok(sampled.value.median) : sampled,
    spread,
    known: true,
  };
}

/**
 * The secondary results: pace of delivery, weight per container, and two comparisons. With
 * ranges, each shows the median of the sampling and carries its 90% range (CONTRACT §4).
 */
export function ResultDetails() {
  const view = useSampledResults();
  const sampling: Sampling =
    view.kind === 'exact' ? null : view.kind === 'ready' && view.current ? view.results : 'pending';
  return <Details inputs={useDeferredInputs()} sampling={sampling} />;
}

const Details = memo(function Details({
  inputs,
  sampling,
}: {
  inputs: Inputs;
  sampling: Sampling;
}) {
  const results = useMemo(() => computeResults(inputs), [inputs]);
  const shown = (key: DetailKey) => shownOf(key, results, sampling);
  const mass = shown('massPerContainerKg');
  const massKg = mass.outcome.ok ? mass.outcome.value : results.massPerContainerKg;
  const payloadShare = (massKg / inputs.payloadKg) * 100;
  const sampled = sampling !== null && sampling !== 'pending' ? sampling : null;
  const plausible = sampled ? sampled.plausible : results.plausible;

  return (
    <dl className="result-details">
      <div className="detail">
        <dt>Delivered per day</dt>
        <dd>
          <OutcomeFigure
            className="detail-figure"
            resultKey="deliveredPerDay"
            {...shown('deliveredPerDay')}
            format={(value) => formatApprox(value, LOCALE)}
            detail={(value) => `${formatExact(value, LOCALE)} a day`}
          />
          <p className="detail-note">
            over{' '}
            <OutcomeFigure
              resultKey="deliveryDays"
              {...shown('deliveryDays')}
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
            {...shown('dailyCoverage')}
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
          <OutcomeFigure
            className="detail-figure"
            resultKey="massPerContainerKg"
            {...mass}
            format={(value) => formatTonnes(value, LOCALE)}
            detail={(value) => `${formatExact(value, LOCALE)} kg`}
          />
          <p className="detail-note">
            <ResultFigure
              className={plausible ? 'verdict verdict-ok' : 'verdict verdict-no'}
              resultKey="plausible"
              exact={sampling === 'pending' ? null : plausible}
              display={plausible ? 'Fits' : 'Too heavy'}
            />{' '}
            {formatPercent(payloadShare, LOCALE)} of the {formatTonnes(inputs.payloadKg, LOCALE)}{' '}
            payload limit, counting projectiles only
            {sampled && sampled.fitShare < 1
              ? ` (fits in ${formatPercent(sampled.fitShare * 100, LOCALE)} of the samples)`
              : ''}
          </p>
        </dd>
      </div>
      <div className="detail">
        <dt>Against the EU’s million-shell pledge</dt>
        <dd>
          <OutcomeFigure
            className="detail-figure"
            resultKey="euMultiple"
            {...shown('euMultiple')}
            format={(value) => `${formatFixed(value, LOCALE, 1)}×`}
            detail={(value) => `${formatExact(value, LOCALE)} times one million`}
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
          <OutcomeFigure
            className="detail-figure"
            resultKey="containersReturned"
            {...shown('containersReturned')}
            format={(value) => formatApprox(value, LOCALE)}
            detail={(value) => `${formatExact(value, LOCALE)} containers`}
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
