import { STATEMENTS } from '../../facts/all-statements';
import { formatDate } from '../../i18n/format';
import {
  capitalised,
  hedgedContainers,
  outletName,
  perContainerText,
  whoSaid,
} from '../../i18n/statement-text';
import { useLang, useLaterMessages } from '../../store/store';
import { OutletName } from '../../ui/citation-link';

/**
 * Every published statement (FACTS.md §1), oldest first: who said it and where, what kind of
 * figure it is, the containers and rounds as reported with their hedges, our division per
 * container, and the period counted.
 */
export function StatementsTable() {
  const { sources: words, statements, facts } = useLaterMessages();
  const lang = useLang();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={words.tableCaption}>
      <table className="data-table sources-table">
        <caption>{words.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.statement}</th>
            <th scope="col">{words.kind}</th>
            <th scope="col">{words.containers}</th>
            <th scope="col">{words.shells}</th>
            <th scope="col">{words.perContainer}</th>
            <th scope="col">{words.period}</th>
          </tr>
        </thead>
        <tbody>
          {STATEMENTS.map((statement) => {
            const text = statements[statement.id];
            if (!text) return null;
            return (
              <tr key={statement.id} id={`statement-${statement.id}`} data-statement={statement.id}>
                <th scope="row">
                  <time dateTime={statement.date}>{formatDate(statement.date, lang)}</time>
                  <br />
                  <OutletName name={whoSaid(statement, text, facts, lang)} lang={lang} />
                  <br />
                  {statement.sources.map((source, index) => (
                    <span key={source.url}>
                      {index === 0 ? null : ', '}
                      <a href={source.url} target="_blank" rel="noopener noreferrer">
                        <OutletName name={outletName(source.outlet, lang)} lang={lang} />
                      </a>
                    </span>
                  ))}
                </th>
                <td>
                  <span
                    className={`kind kind-${statement.kind}`}
                    title={facts.kindNotes[statement.kind]}
                  >
                    {capitalised(facts.kinds[statement.kind], lang)}
                  </span>
                </td>
                <td>
                  {statement.containers ? hedgedContainers(statement.containers, facts, lang) : '—'}
                  {text.containersNote === undefined ? null : (
                    <span className="muted">
                      {' '}
                      (<OutletName name={text.containersNote} lang={lang} />)
                    </span>
                  )}
                </td>
                <td>
                  {text.rounds === undefined ? '—' : <OutletName name={text.rounds} lang={lang} />}
                </td>
                <td>{perContainerText(statement, facts, lang) ?? '—'}</td>
                <td>
                  <OutletName name={text.period} lang={lang} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
