import { formatDate, formatExact } from '../../i18n/format';
import type { Interval } from '../../model/ranges';
import { useLang, useLaterMessages } from '../../store/store';
import type { Lang } from '../../url/view-options';
import type { Timeline } from './timeline-data';

function shellsText(shells: number, lang: Lang): string {
  return formatExact(Math.round(shells), lang);
}

/** A 90% range cell, one number when the range has no width yet (on the first day). */
function RangeCell({ range, lang }: { range: Interval | undefined; lang: Lang }) {
  if (range === undefined) return <td />;
  const { low, high } = range;
  return (
    <td className="range-cell">
      {low === high ? shellsText(low, lang) : `${shellsText(low, lang)}–${shellsText(high, lang)}`}
    </td>
  );
}

/**
 * The chart's figures as tables: the two lines read over time, each with its 90% range when the
 * chart has a band for it, then the published counts.
 */
export function TimelineTable({ timeline }: { timeline: Timeline }) {
  const { timeline: words, facts } = useLaterMessages();
  const { kinds } = facts;
  const lang = useLang();
  const deliveredBand = timeline.bands.delivered.length > 0;
  const firedBand = timeline.bands.fired.length > 0;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{words.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.date}</th>
            <th scope="col">{words.delivered}</th>
            {deliveredBand ? <th scope="col">{words.deliveredRange}</th> : null}
            <th scope="col">{words.fired}</th>
            {firedBand ? <th scope="col">{words.firedRange}</th> : null}
          </tr>
        </thead>
        <tbody>
          {timeline.rows.map((row) => (
            <tr key={row.date} className={row.mark ? 'row-mark' : undefined}>
              <th scope="row">
                <time dateTime={row.date}>{formatDate(row.date, lang)}</time>
                {row.mark ? (
                  <span className="row-note">{words.mark(words.marks[row.mark])}</span>
                ) : null}
              </th>
              <td>{shellsText(row.delivered, lang)}</td>
              {deliveredBand ? <RangeCell range={row.deliveredRange} lang={lang} /> : null}
              <td>{shellsText(row.fired, lang)}</td>
              {firedBand ? <RangeCell range={row.firedRange} lang={lang} /> : null}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>{words.estimatesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.statement}</th>
            <th scope="col">{words.reported}</th>
            <th scope="col">{words.kind}</th>
            <th scope="col">{words.plottedAt}</th>
          </tr>
        </thead>
        <tbody>
          {timeline.estimates.map((estimate) => (
            <tr key={estimate.id}>
              <th scope="row">{estimate.label}</th>
              <td className="text-cell">{estimate.reported}</td>
              <td className="text-cell" data-kind={estimate.kind}>
                {kinds[estimate.kind]}
              </td>
              <td>{formatExact(estimate.shells, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
