import { formatDate, formatExact } from '../../i18n/format';
import type { Timeline, TimelineMark } from './timeline-data';

const LOCALE = 'en';

const MARK_LABELS: Record<TimelineMark, string> = {
  start: 'first delivery',
  count: 'date of the count',
  'stock-out': 'last day of supply at this rate',
};

/** The chart's figures as tables: the two lines read over time, then the published counts. */
export function TimelineTable({ timeline }: { timeline: Timeline }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Cumulative shells, your assumptions</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Delivered by North Korea</th>
            <th scope="col">Fired by Russia</th>
          </tr>
        </thead>
        <tbody>
          {timeline.rows.map((row) => (
            <tr key={row.date} className={row.mark ? 'row-mark' : undefined}>
              <th scope="row">
                {formatDate(row.date, LOCALE, 'medium')}
                {row.mark ? <span className="row-note"> ({MARK_LABELS[row.mark]})</span> : null}
              </th>
              <td>{formatExact(Math.round(row.delivered), LOCALE)}</td>
              <td>{formatExact(Math.round(row.fired), LOCALE)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>Published estimates</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col">Shells, as reported</th>
            <th scope="col">Plotted at</th>
          </tr>
        </thead>
        <tbody>
          {timeline.estimates.map((estimate) => (
            <tr key={estimate.id}>
              <th scope="row">{estimate.label}</th>
              <td className="text-cell">{estimate.reported}</td>
              <td>{formatExact(estimate.shells, LOCALE)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
