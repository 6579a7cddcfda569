import { SCENARIOS } from '../../facts/scenarios';
import { formatDate } from '../../i18n/format';
import { useLang, useLaterMessages } from '../../store/store';
import { OutletName } from '../../ui/citation-link';
import { nameIn } from './source-citation';

/** Every published container and shell count, as reported, with our implied per-container figure. */
export function EstimatesTable() {
  const words = useLaterMessages().sources;
  const lang = useLang();
  return (
    <div className="table-scroll">
      <table className="data-table sources-table">
        <caption>{words.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.statement}</th>
            <th scope="col">{words.period}</th>
            <th scope="col">{words.containers}</th>
            <th scope="col">{words.shells}</th>
            <th scope="col">{words.perContainer}</th>
          </tr>
        </thead>
        <tbody>
          {SCENARIOS.map((scenario) => {
            const text = words.scenarios[scenario.id];
            return (
              <tr key={scenario.id}>
                <th scope="row">
                  <time dateTime={scenario.citation.date}>
                    {formatDate(scenario.citation.date, lang)}
                  </time>
                  <br />
                  <OutletName name={nameIn(words.names, scenario.citation.speaker)} lang={lang} />
                  <br />
                  {[scenario.citation, ...scenario.alsoReportedBy].map((citation, index) => (
                    <span key={citation.url}>
                      {index === 0 ? null : ', '}
                      <a href={citation.url} target="_blank" rel="noopener noreferrer">
                        <OutletName name={nameIn(words.names, citation.outlet)} lang={lang} />
                      </a>
                    </span>
                  ))}
                </th>
                <td>
                  <OutletName name={text.period} lang={lang} />
                </td>
                <td>{text.containers}</td>
                <td>{text.shells}</td>
                <td>{text.perContainer}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
