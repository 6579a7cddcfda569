import { formatDate, formatExact } from '../../i18n/format';
import type { Interval } from '../../model/ranges';
import type { Timeline, TimelineMark } from './timeline-data';

const LOCALE = 'en';

const MARK_LABELS: Record<TimelineMark, string> = {
  start: 'first delivery',
  count: 'date of the count',
  'stock-out': 'last day of supply at this rate',
};

function shellsText(shells: number): string {
  return formatExact(Math.round(shells), LOCALE);
}

/** A 90% range cell, one number when the range has no width yet (on the first day). */
function RangeCell({ range }: { range: Interval | undefined }) {
  if (range === undefined) return <td />;
  const { low, high } = range;
  return (
    <td className="range-cell">
      {low === high ? shellsText(low) : `${shellsText(low)}–${shellsText(high)}`}
    </td>
  );
}

/**
 * The chart's figures as tables: the two lines read over time, each with its 90% range when the
 * chart has a band for it, then the published counts.
 */
export function TimelineTable({ timeline }: { timeline: Timeline }) {
  const deliveredBand = timeline.bands.delivered.length > 0;
  const firedBand = timeline.bands.fired.length > 0;
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>Cumulative shells, your assumptions</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Delivered by North Korea</th>
            {deliveredBand ? <th scope="col">Delivered, 90% range</th> : null}
            <th scope="col">Fired by Russia</th>
            {firedBand ? <th scope="col">Fired, 90% range</th> : null}
          </tr>
        </thead>
        <tbody>
          {timeline.rows.map((row) => (
            <tr key={row.date} className={row.mark ? 'row-mark' : undefined}>
              <th scope="row">
                {formatDate(row.date, LOCALE, 'medium')}
                {row.mark ? <span className="row-note"> ({MARK_LABELS[row.mark]})</span> : null}
              </th>
              <td>{shellsText(row.delivered)}</td>
              {deliveredBand ? <RangeCell range={row.deliveredRange} /> : null}
              <td>{shellsText(row.fired)}</td>
              {firedBand ? <RangeCell range={row.firedRange} /> : null}
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
