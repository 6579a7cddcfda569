import { contextFigure, type ContextFigureId } from '../../facts/context';
import {
  formatApprox,
  formatExact,
  formatFixed,
  formatPercent,
  formatTonnes,
} from '../../i18n/format';
import { memo, useDeferredValue } from 'react';
import { explainResultReason } from '../../i18n/explain-result';
import type { Spread } from '../../model/distribution';
import type { Inputs } from '../../model/inputs';
import { ok, type Reason } from '../../model/reason';
import { RUSSIAN_FIRE_RATES } from '../../facts/daily-fire';
import { overAllFire } from '../../model/flags';
import { useReportShown } from '../../store/settled';
import { useFirstMessages, useLang, useLaterMessages, useStore } from '../../store/store';
import { useDeferredEvaluation, type EvaluationView } from '../../store/use-evaluation';
import { CitationLink } from '../../ui/citation-link';
import { outletName } from '../../i18n/statement-text';
import type { Lang } from '../../url/view-options';
import { OutcomeFigure } from '../../ui/outcome-figure';
import { ResultFigure } from '../../ui/result-figure';
import { EstimatesList } from './estimates-list';
import { fillSlot } from './fill-slot';
import './results.css';

/** The first report of a context figure, linked: "KBS World, Feb 26, 2024". */
function ContextCitation({ id, lang }: { id: ContextFigureId; lang: Lang }) {
  const [source] = contextFigure(id).sources;
  if (!source) return null;
  return (
    <CitationLink
      citation={{
        speaker: '',
        outlet: outletName(source.outlet, lang),
        date: source.date,
        url: source.url,
      }}
      lang={lang}
      withSpeaker={false}
    />
  );
}

type DetailKey =
  | 'totalRockets'
  | 'deliveryDays'
  | 'deliveredPerDay'
  | 'dailyCoverage'
  | 'massPerContainerKg'
  | 'euMultiple'
  | 'containersReturned';

/**
 * What a figure shows: the exact result, or with ranges the sampled median with its 90% range;
 * until the results are final for the inputs on screen, the figure stands in without `data-value`.
 */
function shownOf(key: DetailKey, { evaluation, final, ranged }: EvaluationView) {
  const result = evaluation[key];
  const spreadOf = (spread: Spread) => (ranged && final ? spread : null);
  if ('median' in result) {
    return { outcome: ok(result.median), spread: spreadOf(result), known: final };
  }
  return {
    outcome: result.ok ? ok(result.value.median) : result,
    spread: result.ok ? spreadOf(result.value) : null,
    known: final,
  };
}

/**
 * The secondary results: pace of delivery, weight per container, and two comparisons. With
 * ranges, each shows the median of the sampling and carries its 90% range (CONTRACT §4).
 */
export function ResultDetails() {
  const view = useDeferredEvaluation();
  const inputs = useDeferredValue(useStore((state) => state.inputs));
  return <Details view={view} inputs={inputs} />;
}

/** The published rates of Russian fire, lowest and highest: 10,000 and 70,000 a day. */
function publishedRateSpan(): { low: number; high: number } {
  const ends = RUSSIAN_FIRE_RATES.flatMap(({ perDay }) =>
    typeof perDay === 'number' ? [perDay] : [perDay.low, perDay.high],
  );
  return { low: Math.min(...ends), high: Math.max(...ends) };
}

const COVERAGE_WAYS = ['containers', 'perContainer', 'share', 'usable', 'daily'] as const;

/** CONTRACT §6 "Flags": over 100% of Russian fire, the inputs cannot all be right; which way each could be wrong. */
function CoverageFlag({ daily }: { daily: number }) {
  const { results: words, assumptions } = useLaterMessages();
  const lang = useLang();
  const span = publishedRateSpan();
  const way = (key: (typeof COVERAGE_WAYS)[number]) =>
    key === 'daily'
      ? words.coverageWays.daily(formatExact(span.low, lang), formatExact(span.high, lang))
      : words.coverageWays[key];
  return (
    <div className="result-flag" data-flag="dailyCoverage">
      <p>
        {words.coverageFlag(formatExact(daily, lang))}{' '}
        <span className="result-flag-lead">{words.coverageWaysLead}</span>
      </p>
      <ul>
        {COVERAGE_WAYS.map((key) => (
          <li key={key}>
            <span className="result-flag-input">{assumptions.labels[key]}</span>: {way(key)}
          </li>
        ))}
      </ul>
    </div>
  );
}

const Details = memo(function Details({ view, inputs }: { view: EvaluationView; inputs: Inputs }) {
  useReportShown('details', view.final ? view.key : null);
  const words = useLaterMessages().results;
  const reasons = useFirstMessages().headline.reasons;
  const lang = useLang();
  const explain = (reason: Reason) => explainResultReason(reason, reasons, lang);
  const exactly = (value: number) => formatExact(value, lang);
  const { evaluation } = view;
  const shown = (key: DetailKey) => shownOf(key, view);
  const mass = shown('massPerContainerKg');
  const massKg = evaluation.massPerContainerKg.median;
  const payloadShare = (massKg / inputs.payloadKg) * 100;
  const { plausible, fitShare } = evaluation;

  return (
    <>
      <dl className="result-details">
        <div className="detail">
          <dt>{words.perDay}</dt>
          <dd>
            <OutcomeFigure
              className="detail-figure"
              resultKey="deliveredPerDay"
              {...shown('deliveredPerDay')}
              format={(value) => formatApprox(value, lang)}
              explain={explain}
              detail={(value) => words.perDayExact(value, exactly(value))}
            />
            <p className="detail-note">
              {fillSlot(
                words.perDayOver,
                '{days}',
                <OutcomeFigure
                  resultKey="deliveryDays"
                  {...shown('deliveryDays')}
                  format={(value) => words.deliveryDays(value, exactly(value))}
                  explain={explain}
                />,
              )}
            </p>
          </dd>
        </div>
        <div className="detail">
          <dt>{words.coverage}</dt>
          <dd>
            <OutcomeFigure
              className="detail-figure"
              resultKey="dailyCoverage"
              {...shown('dailyCoverage')}
              format={(value) => formatPercent(value, lang)}
              explain={explain}
              detail={(value) => `${exactly(value)}%`}
            />
            <p className="detail-note">{words.coverageNote(exactly(inputs.daily))}</p>
            {overAllFire(shown('dailyCoverage').outcome) ? (
              <CoverageFlag daily={inputs.daily} />
            ) : null}
          </dd>
        </div>
        <div className="detail">
          <dt>{words.weight}</dt>
          <dd>
            <OutcomeFigure
              className="detail-figure"
              resultKey="massPerContainerKg"
              {...mass}
              format={(value) => formatTonnes(value, lang)}
              explain={explain}
              detail={(value) => words.kg(exactly(value))}
            />
            <p className="detail-note">
              <ResultFigure
                className={plausible ? 'verdict verdict-ok' : 'verdict verdict-no'}
                resultKey="plausible"
                exact={view.final ? plausible : null}
                display={plausible ? words.fits : words.tooHeavy}
              />{' '}
              {words.payloadNote(
                formatPercent(payloadShare, lang),
                formatTonnes(inputs.payloadKg, lang),
              )}
              {view.ranged && view.final && fitShare < 1
                ? words.fitShare(formatPercent(fitShare * 100, lang))
                : ''}
            </p>
          </dd>
        </div>
        <div className="detail">
          <dt>{words.rockets}</dt>
          <dd>
            <OutcomeFigure
              className="detail-figure"
              resultKey="totalRockets"
              {...shown('totalRockets')}
              format={(value) => formatApprox(value, lang)}
              explain={explain}
              detail={(value) => words.rocketsExact(value, exactly(value))}
            />
            <p className="detail-note">
              {inputs.rocketShare > 0
                ? words.rocketsNote(
                    formatPercent(inputs.rocketShare, lang),
                    exactly(inputs.perContainerRockets),
                  )
                : words.rocketsNone}
            </p>
          </dd>
        </div>
        <div className="detail">
          <dt>{words.eu}</dt>
          <dd>
            <OutcomeFigure
              className="detail-figure"
              resultKey="euMultiple"
              {...shown('euMultiple')}
              format={(value) => words.euTimes(formatFixed(value, lang, 1))}
              explain={explain}
              detail={(value) => words.euExact(exactly(value))}
            />
            <p className="detail-note">
              {words.euNote} · <ContextCitation id="eu-pledge" lang={lang} />
            </p>
          </dd>
        </div>
        <div className="detail">
          <dt>{words.returned}</dt>
          <dd>
            <OutcomeFigure
              className="detail-figure"
              resultKey="containersReturned"
              {...shown('containersReturned')}
              format={(value) => formatApprox(value, lang)}
              explain={explain}
              detail={(value) => words.returnedExact(value, exactly(value))}
            />
            <p className="detail-note">
              {words.returnedNote} · <ContextCitation id="return-containers" lang={lang} />
            </p>
          </dd>
        </div>
      </dl>
      <EstimatesList total={evaluation.totalShells.median} daily={inputs.daily} />
    </>
  );
});
