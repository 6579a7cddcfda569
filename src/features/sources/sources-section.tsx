import { CONFLICTS } from '../../facts/conflicts';
import { CONTEXT_FIGURES } from '../../facts/context';
import { FIRE_RATES } from '../../facts/daily-fire';
import { PHYSICAL_FIGURES } from '../../facts/physical';
import { FACTS_REVIEWED } from '../../facts/reviewed';
import { formatDate, formatExact, formatTonnes, numberFormat } from '../../i18n/format';
import { fireRateCitation, outletName } from '../../i18n/statement-text';
import { useLang, useLaterMessages } from '../../store/store';
import { CitationLink, OutletName } from '../../ui/citation-link';
import { SourceRef } from '../../ui/source-ref';
import type { Lang } from '../../url/view-options';
import { DATASET_FILES } from './dataset-files';
import { StatementsTable } from './statements-table';
import './sources.css';

/** A rate of fire in figures: "10,000", or a span "27,000–28,000". */
function perDayText(perDay: number | { low: number; high: number }, lang: Lang): string {
  return typeof perDay === 'number'
    ? formatExact(perDay, lang)
    : numberFormat(lang, {}).formatRange(perDay.low, perDay.high);
}

/** A physical figure as the source gives it: "43.56 kg", "74,000 t". */
function physicalText(value: number, unit: 'kg' | 't', lang: Lang): string {
  return unit === 't'
    ? formatTonnes(value * 1000, lang)
    : numberFormat(lang, { style: 'unit', unit: 'kilogram' }).format(value);
}

/** How the numbers are made, where they come from, and where the sources disagree. */
export function SourcesSection() {
  const words = useLaterMessages().sources;
  const { facts } = useLaterMessages();
  const lang = useLang();
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="section-title">
        {words.title}
      </h2>
      <p className="reviewed">{facts.reviewed(formatDate(FACTS_REVIEWED, lang))}</p>

      <h3>{words.methodTitle}</h3>
      <ul className="method">
        {words.method.map((rule) => (
          <li key={rule}>
            {rule
              .split('**')
              .map((part, index) => (index % 2 === 1 ? <strong key={index}>{part}</strong> : part))}
          </li>
        ))}
      </ul>

      <h3>{words.conflictsTitle}</h3>
      <dl className="conflicts">
        {CONFLICTS.map((conflict) => (
          <div key={conflict.en.title}>
            <dt>{conflict[lang].title}</dt>
            <dd>
              <OutletName name={conflict[lang].body} lang={lang} />
            </dd>
          </div>
        ))}
      </dl>

      <h3>{words.countsTitle}</h3>
      <StatementsTable />
      <p className="dataset">
        {words.datasetNote}{' '}
        {DATASET_FILES.map(({ format, path }) => (
          <a key={format} className="action-button" href={path} download>
            {words.downloadAll(format)}
          </a>
        ))}
      </p>

      <h3>{words.fireTitle}</h3>
      <p>{words.fireCaveat}</p>
      <ul className="plain-list">
        {FIRE_RATES.map((rate) => (
          <li key={rate.id}>
            <strong>{words.perDay(perDayText(rate.perDay, lang), rate.words[lang].label)}</strong>:{' '}
            <OutletName name={rate.words[lang].note} lang={lang} />{' '}
            <CitationLink citation={fireRateCitation(rate, lang)} lang={lang} />
            {rate.sources.slice(1).map((also) => (
              <span key={also.url}>
                {' '}
                · {words.also}{' '}
                <a href={also.url} target="_blank" rel="noopener noreferrer">
                  <OutletName name={outletName(also.outlet, lang)} lang={lang} />
                </a>
              </span>
            ))}
          </li>
        ))}
      </ul>

      <h3>{words.weightsTitle}</h3>
      <ul className="plain-list">
        {PHYSICAL_FIGURES.map((figure) => {
          const text: { label: string; detail?: string } = figure.words[lang];
          return (
            <li key={figure.id}>
              <strong>
                <OutletName name={text.label} lang={lang} />
              </strong>
              : {physicalText(figure.value, figure.unit, lang)}
              {text.detail === undefined ? null : ` (${text.detail})`} ·{' '}
              <SourceRef
                source={outletName(figure.source.outlet, lang)}
                url={figure.source.url}
                lang={lang}
              />
            </li>
          );
        })}
      </ul>
      <p>{words.packagingNote}</p>

      <h3>{words.contextTitle}</h3>
      <ul className="plain-list">
        {CONTEXT_FIGURES.map((figure) => {
          const text: { text: string; note?: string } = figure.words[lang];
          return (
            <li key={figure.id}>
              <OutletName name={text.text} lang={lang} />
              {figure.sources.map((source) => (
                <span key={source.url}>
                  {' '}
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
                </span>
              ))}
              {text.note === undefined ? null : <span className="muted"> {text.note}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
