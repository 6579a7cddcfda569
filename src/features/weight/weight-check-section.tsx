import { Fragment, useId, type ReactNode } from 'react';
import { physicalFigure, type PhysicalFigure } from '../../facts/physical';
import type { LaterMessages } from '../../i18n/catalogue';
import { formatExact, formatTonnes, numberFormat } from '../../i18n/format';
import { weightCheck, type WeightCheck } from '../../model/weight-check';
import { useStore, useLang, useLaterMessages } from '../../store/store';
import { outletName } from '../../i18n/statement-text';
import { ResultFigure } from '../../ui/result-figure';
import { SourceRef } from '../../ui/source-ref';
import type { Lang } from '../../url/view-options';
import './weight.css';

type WeightWords = LaterMessages['weight'];

const RATINGS = (['payload-20ft', 'payload-20ft-old', 'payload-40ft'] as const).map((id) => ({
  id,
  figure: physicalFigure(id),
}));

const MODEL_RATINGS = RATINGS.map(({ figure }) => ({ id: figure.id, payloadKg: figure.value }));

const ROUNDS = (['shell-152mm', 'rocket-122mm'] as const).map((id) => ({
  id,
  figure: physicalFigure(id),
}));

const VOLUME_SOURCE = physicalFigure('payload-20ft');
const VOLUME_CUBIC_METRES = 33.2;

/** A figure's source, named in the language on screen (a Latin name is marked English). */
function Source({ figure }: { figure: PhysicalFigure }) {
  const lang = useLang();
  return (
    <SourceRef
      source={outletName(figure.source.outlet, lang)}
      url={figure.source.url}
      lang={lang}
    />
  );
}

/** The words for masses and percentages in the language on screen. */
function massWords(words: WeightWords, lang: Lang) {
  const kg = (value: number) => words.kg(formatExact(value, lang));
  return {
    kg,
    /** Masses in tonnes, small ones in kilograms so that a near miss never reads "0 t". */
    mass: (value: number) =>
      Math.abs(value) < 1000 ? kg(Math.round(value)) : formatTonnes(value, lang),
    percent: (value: number) =>
      numberFormat(lang, { style: 'percent', maximumFractionDigits: 3 }).format(value / 100),
  };
}

/** Whether one container's rounds fit its payload, and the largest count that would. */
export function WeightCheckSection() {
  const headingId = useId();
  const { weight: words, sources } = useLaterMessages();
  const lang = useLang();
  const perContainer = useStore((state) => state.inputs.perContainer);
  const shellKg = useStore((state) => state.inputs.shellKg);
  const packaging = useStore((state) => state.inputs.packaging);
  const payloadKg = useStore((state) => state.inputs.payloadKg);
  const range = useStore((state) => state.ranges.perContainer);

  const { kg, mass, percent } = massWords(words, lang);
  const check = weightCheck({ perContainer, shellKg, packaging, payloadKg }, MODEL_RATINGS, range);
  const round = ROUNDS.find(({ figure }) => figure.value === shellKg);
  const noun = words.rounds[round?.id ?? 'other'];
  const chosen = RATINGS.find(({ figure }) => figure.value === payloadKg);
  const payload = chosen
    ? words.ratings[chosen.id].payload(kg(payloadKg))
    : words.payloadYouSet(kg(payloadKg));
  const subject = words.subject(
    formatExact(perContainer, lang),
    noun(perContainer),
    kg(shellKg),
    range !== undefined,
    packaging > 0 ? percent(packaging) : null,
  );
  const most = (
    <ResultFigure
      className="weight-figure"
      resultKey="maxPerContainer"
      exact={check.maxPerContainer}
      display={formatExact(check.maxPerContainer, lang)}
    />
  );

  return (
    <section className="weight-check" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {words.title}
      </h2>
      <Verdict
        check={check}
        subject={subject}
        payload={payload}
        spread={range ? { low: range.low, high: range.high } : null}
      />
      <p className="weight-line">
        {parts(
          words.most(
            most,
            noun(check.maxPerContainer),
            payload,
            packaging > 0 ? kg(check.packedKgPerRound) : null,
          ),
        )}
      </p>
      {range && check.highEnd ? (
        <p className="weight-line">
          {(check.highEnd.fits ? words.highEndFits : words.highEndOver)(
            formatExact(range.high, lang),
            noun(range.high),
            mass(check.highEnd.packedMassKg),
            payload,
          )}
        </p>
      ) : null}

      <div className="table-scroll">
        <table className="data-table weight-table">
          <caption>{words.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.columns.container}</th>
              <th scope="col">{words.columns.payload}</th>
              <th scope="col">{words.columns.rounds}</th>
              <th scope="col">{words.columns.most}</th>
            </tr>
          </thead>
          <tbody>
            {RATINGS.map((rating, index) => {
              const row = check.ratings[index];
              if (!row) return null;
              const isChosen = rating === chosen;
              return (
                <tr key={rating.id} className={isChosen ? 'row-mark' : undefined}>
                  <th scope="row">
                    {words.ratings[rating.id].name}
                    {isChosen ? <span className="row-note"> {words.yourChoice}</span> : null}
                    <br />
                    <Source figure={rating.figure} />
                  </th>
                  <td>{kg(row.payloadKg)}</td>
                  <td className={`text-cell ${row.fits ? 'weight-fits' : 'weight-over'}`}>
                    {row.fits ? words.fit(mass(row.spareKg)) : words.over(mass(-row.spareKg))}
                  </td>
                  <td>{formatExact(row.maxCount, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <p className="weight-line">
        <strong>{words.packagingAllowance(percent(packaging))}</strong> {sources.packagingNote}
      </p>
      <p className="weight-note">
        {words.massOfRound(kg(shellKg))}{' '}
        {round ? (
          <>
            {round.figure.words[lang].label} · <Source figure={round.figure} />
          </>
        ) : (
          words.yourFigure
        )}
        .
      </p>
      <p className="weight-note">
        {words.volume(formatExact(VOLUME_CUBIC_METRES, lang))} <Source figure={VOLUME_SOURCE} />.
      </p>
    </section>
  );
}

/** A sentence's parts around its marked figure, keyed for React. */
function parts(pieces: readonly ReactNode[]): ReactNode {
  return pieces.map((piece, index) =>
    typeof piece === 'string' ? piece : <Fragment key={index}>{piece}</Fragment>,
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
  const words = useLaterMessages().weight;
  const lang = useLang();
  const { mass } = massWords(words, lang);
  const figure = (
    <ResultFigure
      className="weight-figure"
      resultKey="packedMassKg"
      exact={check.packedMassKg}
      display={mass(check.packedMassKg)}
      spread={
        spread && {
          low: spread.low * check.packedKgPerRound,
          high: spread.high * check.packedKgPerRound,
        }
      }
    />
  );
  const spare = mass(check.spareKg);
  if (check.verdict === 'fits') {
    return <p className="weight-verdict">{parts(words.fits(subject, figure, payload, spare))}</p>;
  }
  if (check.verdict === 'just-fits') {
    return (
      <p className="weight-verdict">
        <strong>{words.onlyJust}</strong> {parts(words.justFits(subject, figure, payload, spare))}
      </p>
    );
  }
  const fitsNone = check.ratings.every((rating) => !rating.fits);
  return (
    <p className="weight-verdict">
      <strong className="weight-over">{words.tooHeavy}</strong>{' '}
      {parts(
        fitsNone
          ? words.tooHeavyForAll(subject, figure)
          : words.tooHeavyFor(subject, figure, mass(-check.spareKg), payload),
      )}
    </p>
  );
}
