import { CONTEXT_FIGURES, OTHER_STATEMENTS } from '../../facts/context';
import { DAILY_FIRE_ALSO_REPORTED, DAILY_FIRE_PRESETS } from '../../facts/daily-fire';
import { PHYSICAL_FIGURES } from '../../facts/physical';
import { dateFormat, formatDate, formatExact } from '../../i18n/format';
import { useLang, useLaterMessages } from '../../store/store';
import { OutletName } from '../../ui/citation-link';
import { SourceRef } from '../../ui/source-ref';
import type { Lang } from '../../url/view-options';
import { EstimatesTable } from './estimates-table';
import { SourceCitation } from './source-citation';
import './sources.css';

/** A statement's date: "Feb 23, 2024", or "March 2024" when only the month is known. */
function statementDate(date: string, lang: Lang): string {
  if (/^\d{4}-\d{2}$/.test(date)) {
    const month = new Date(`${date}-01T00:00:00Z`);
    return Number.isNaN(month.getTime())
      ? date
      : dateFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(month);
  }
  return formatDate(date, lang);
}

/** How the numbers are made, where they come from, and where the sources disagree. */
export function SourcesSection() {
  const words = useLaterMessages().sources;
  const lang = useLang();
  const { names } = words;
  return (
    <section className="sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="section-title">
        {words.title}
      </h2>

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
        {words.conflicts.map((conflict) => (
          <div key={conflict.title}>
            <dt>{conflict.title}</dt>
            <dd>{conflict.body}</dd>
          </div>
        ))}
      </dl>

      <h3>{words.countsTitle}</h3>
      <EstimatesTable />
      <h4>{words.otherTitle}</h4>
      <ul className="plain-list">
        {OTHER_STATEMENTS.map((statement, index) => {
          const text = words.other[index];
          return text === undefined ? null : (
            <li key={`${statement.who}-${statement.date}`}>
              <strong>
                <OutletName name={text.who} lang={lang} />
              </strong>
              , <time dateTime={statement.date}>{statementDate(statement.date, lang)}</time>:{' '}
              {text.text}
            </li>
          );
        })}
      </ul>

      <h3>{words.fireTitle}</h3>
      <p>{words.fireCaveat}</p>
      <ul className="plain-list">
        {DAILY_FIRE_PRESETS.map((preset) => {
          const text = words.dailyFire[preset.id];
          return (
            <li key={preset.id}>
              <strong>
                {words.perDay(
                  preset.shellsPerDay,
                  formatExact(preset.shellsPerDay, lang),
                  text.label,
                )}
              </strong>
              : <OutletName name={text.note} lang={lang} />{' '}
              <SourceCitation citation={preset.citation} names={names} lang={lang} />
              {DAILY_FIRE_ALSO_REPORTED[preset.id]?.map((also) => (
                <span key={also.url}>
                  {' '}
                  · {words.also} <SourceCitation citation={also} names={names} lang={lang} />
                </span>
              ))}
            </li>
          );
        })}
      </ul>

      <h3>{words.weightsTitle}</h3>
      <ul className="plain-list">
        {PHYSICAL_FIGURES.map((figure) => {
          const text = words.physical[figure.id];
          return (
            <li key={figure.id}>
              <strong>
                <OutletName name={text.label} lang={lang} />
              </strong>
              : <OutletName name={text.value} lang={lang} /> ·{' '}
              <SourceRef source={text.source} url={figure.url} lang={lang} />
            </li>
          );
        })}
      </ul>
      <p>{words.packagingNote}</p>

      <h3>{words.contextTitle}</h3>
      <ul className="plain-list">
        {CONTEXT_FIGURES.map((figure) => {
          const text = words.context[figure.id];
          return (
            <li key={figure.id}>
              <OutletName name={text.text} lang={lang} />{' '}
              {figure.sources.map((source) => (
                <SourceCitation
                  key={source.url}
                  citation={source}
                  names={names}
                  lang={lang}
                  withSpeaker={false}
                />
              ))}
              {text.note === undefined ? null : (
                <span className="muted">
                  {' '}
                  <OutletName name={text.note} lang={lang} />
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
