import { STATEMENTS } from '../../facts/all-statements';
import { estimateWording } from '../../i18n/estimate-wording';
import { formatExact, formatFixed } from '../../i18n/format';
import { MEAN_MONTH_DAYS } from '../../model/constants';
import { useLang, useLaterMessages } from '../../store/store';

interface Row {
  id: string;
  label: string;
  reported: string;
  low: number;
  high: number;
}

/**
 * Beside the results, the published estimates of rounds actually sent (FACTS.md kind EST, never a
 * capacity conversion), each in months of fire at the reader's daily rate, with the reader's own
 * total in its place among them: where a total of 3.0 million stands against Ukrainian
 * intelligence's 6.5 million by November 2025.
 */
export function EstimatesList({ total, daily }: { total: number; daily: number }) {
  const later = useLaterMessages();
  const words = later.results.estimates;
  const lang = useLang();
  const months = (rounds: number) => formatFixed(rounds / daily / MEAN_MONTH_DAYS, lang, 1);
  const span = (low: number, high: number, format: (value: number) => string) =>
    low === high ? format(low) : `${format(low)}–${format(high)}`;
  const published: Row[] = STATEMENTS.flatMap((statement) => {
    const [rounds] = statement.rounds;
    if (statement.kind !== 'estimate' || !rounds) return [];
    const wording = estimateWording(statement, later.statements[statement.id], later.facts, lang);
    return [{ id: statement.id, ...wording, low: rounds.low, high: rounds.high }];
  });
  const yours: Row = { id: 'yours', label: words.yours, reported: '', low: total, high: total };
  const rows = [...published, yours].sort((a, b) => a.high - b.high || a.low - b.low);
  return (
    <details className="estimates-list disclosure">
      <summary>{words.summary}</summary>
      <table className="data-table">
        <caption className="visually-hidden">{words.summary}</caption>
        <thead>
          <tr>
            <th scope="col">{words.statement}</th>
            <th scope="col">{words.rounds}</th>
            <th scope="col">{words.months(formatExact(daily, lang))}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.id === 'yours' ? 'estimates-yours' : undefined}>
              <th scope="row">{row.label}</th>
              <td className="text-cell">{row.reported || formatExact(Math.round(total), lang)}</td>
              <td>{span(row.low, row.high, months)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="detail-note">{words.note}</p>
    </details>
  );
}
