import { useId } from 'react';
import { PACKAGING_NOTE, physicalFigure, type PhysicalFigure } from '../../facts/physical';
import { formatExact, formatTonnes, plural } from '../../i18n/format';
import { weightCheck, type WeightCheck } from '../../model/weight-check';
import { useCalculatorStore } from '../../store/calculator-store';
import { ResultFigure } from '../../ui/result-figure';
import { SourceRef } from '../../ui/source-ref';
import './weight.css';

const LOCALE = 'en';

interface Rating {
  figure: PhysicalFigure;
  name: string;
  /** How a sentence names the container: "the 28,180 kg payload of a 20-ft container". */
  of: string;
}

const RATINGS: readonly Rating[] = [
  { figure: physicalFigure('payload-20ft'), name: '20-ft', of: 'of a 20-ft container' },
  {
    figure: physicalFigure('payload-20ft-old'),
    name: '20-ft, older rating',
    of: 'of a 20-ft container on the older rating',
  },
  { figure: physicalFigure('payload-40ft'), name: '40-ft', of: 'of a 40-ft container' },
];

const MODEL_RATINGS = RATINGS.map(({ figure }) => ({ id: figure.id, payloadKg: figure.value }));

const ROUNDS = [
  { figure: physicalFigure('shell-152mm'), one: 'shell', other: 'shells' },
  { figure: physicalFigure('rocket-122mm'), one: 'rocket', other: 'rockets' },
];

const VOLUME_SOURCE = physicalFigure('payload-20ft');

/** Masses in tonnes, small ones in kilograms so that a near miss never reads "0 t". */
function formatMass(kg: number): string {
  return Math.abs(kg) < 1000
    ? `${formatExact(Math.round(kg), LOCALE)} kg`
    : formatTonnes(kg, LOCALE);
}

function formatKg(kg: number): string {
  return `${formatExact(kg, LOCALE)} kg`;
}

/** Whether one container's rounds fit its payload, and the largest count that would. */
export function WeightCheckSection() {
  const headingId = useId();
  const perContainer = useCalculatorStore((state) => state.inputs.perContainer);
  const shellKg = useCalculatorStore((state) => state.inputs.shellKg);
  const packaging = useCalculatorStore((state) => state.inputs.packaging);
  const payloadKg = useCalculatorStore((state) => state.inputs.payloadKg);
  const range = useCalculatorStore((state) => state.ranges.perContainer);

  const check = weightCheck({ perContainer, shellKg, packaging, payloadKg }, MODEL_RATINGS, range);
  const round = ROUNDS.find(({ figure }) => figure.value === shellKg);
  const noun = (count: number) => plural(count, LOCALE, round ?? { one: 'round', other: 'rounds' });
  const chosen = RATINGS.find(({ figure }) => figure.value === payloadKg);
  const payload = `the ${formatKg(payloadKg)} payload ${chosen ? chosen.of : 'you set'}`;

  return (
    <section className="weight-check" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Would it fit in a container?
      </h2>
      <Verdict
        check={check}
        subject={`${formatExact(perContainer, LOCALE)} ${noun(perContainer)}${range ? ' (the middle of your range)' : ''} of ${formatKg(shellKg)}${packaging > 0 ? `, with ${formatExact(packaging, LOCALE)}% for packaging,` : ''}`}
        payload={payload}
        spread={range ? { low: range.low, high: range.high } : null}
      />
      <p className="weight-line">
        By mass, at most{' '}
        <ResultFigure
          className="weight-figure"
          resultKey="maxPerContainer"
          exact={check.maxPerContainer}
          display={formatExact(check.maxPerContainer, LOCALE)}
        />{' '}
        {noun(check.maxPerContainer)} fit {payload}
        {packaging > 0 ? `, at ${formatKg(check.packedKgPerRound)} each with packaging` : ''}.
      </p>
      {range && check.highEnd ? (
        <p className="weight-line">
          Your range goes up to {formatExact(range.high, LOCALE)} {noun(range.high)} a container: at
          that end they weigh {formatMass(check.highEnd.packedMassKg)}
          {check.highEnd.fits ? ` and still fit ${payload}.` : `, too heavy for ${payload}.`}
        </p>
      ) : null}

      <div className="table-scroll">
        <table className="data-table weight-table">
          <caption>Container ratings</caption>
          <thead>
            <tr>
              <th scope="col">Container</th>
              <th scope="col">Payload</th>
              <th scope="col">These rounds</th>
              <th scope="col">Most that fit</th>
            </tr>
          </thead>
          <tbody>
            {RATINGS.map((rating, index) => {
              const row = check.ratings[index];
              if (!row) return null;
              const isChosen = rating === chosen;
              return (
                <tr key={rating.figure.id} className={isChosen ? 'row-mark' : undefined}>
                  <th scope="row">
                    {rating.name}
                    {isChosen ? <span className="row-note"> (your choice)</span> : null}
                    <br />
                    <SourceRef source={rating.figure.source} url={rating.figure.url} />
                  </th>
                  <td>{formatKg(row.payloadKg)}</td>
                  <td className={`text-cell ${row.fits ? 'weight-fits' : 'weight-over'}`}>
                    {row.fits
                      ? `Fit, ${formatMass(row.spareKg)} to spare`
                      : `Too heavy by ${formatMass(-row.spareKg)}`}
                  </td>
                  <td>{formatExact(row.maxCount, LOCALE)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <p className="weight-line">
        <strong>
          Packaging allowance: {formatExact(packaging, LOCALE)}%, your assumption; no published
          figure.
        </strong>{' '}
        {PACKAGING_NOTE}
      </p>
      <p className="weight-note">
        Mass of one round: {formatKg(shellKg)},{' '}
        {round ? (
          <>
            {round.figure.label} · <SourceRef source={round.figure.source} url={round.figure.url} />
          </>
        ) : (
          'your figure'
        )}
        .
      </p>
      <p className="weight-note">
        Volume is not checked, only mass: a 20-ft container holds 33.2 m³ inside ·{' '}
        <SourceRef source={VOLUME_SOURCE.source} url={VOLUME_SOURCE.url} />.
      </p>
    </section>
  );
}

interface VerdictProps {
  check: WeightCheck;
  /** "448 shells of 43.56 kg", with the packaging when there is any. */
  subject: string;
  /** "the 28,180 kg payload of a 20-ft container". */
  payload: string;
  /** With perContainer a range: its 90% interval, to give the packed mass's (mass is linear in it). */
  spread: { low: number; high: number } | null;
}

/** The plain verdict in one sentence, the packed mass marked as a result. */
function Verdict({ check, subject, payload, spread }: VerdictProps) {
  const mass = (
    <ResultFigure
      className="weight-figure"
      resultKey="packedMassKg"
      exact={check.packedMassKg}
      display={formatMass(check.packedMassKg)}
      spread={
        spread && {
          low: spread.low * check.packedKgPerRound,
          high: spread.high * check.packedKgPerRound,
        }
      }
    />
  );
  const spare = formatMass(check.spareKg);
  if (check.verdict === 'fits') {
    return (
      <p className="weight-verdict">
        {subject} weigh {mass}: they fit {payload}, with {spare} to spare.
      </p>
    );
  }
  if (check.verdict === 'just-fits') {
    return (
      <p className="weight-verdict">
        <strong>Only just:</strong> {subject} weigh {mass}: they fit {payload}, with only {spare} to
        spare.
      </p>
    );
  }
  const fitsNone = check.ratings.every((rating) => !rating.fits);
  return (
    <p className="weight-verdict">
      <strong className="weight-over">Too heavy:</strong> {subject} weigh {mass},{' '}
      {fitsNone
        ? 'more than any container’s payload.'
        : `${formatMass(-check.spareKg)} more than ${payload}.`}
    </p>
  );
}
