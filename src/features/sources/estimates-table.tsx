import { SCENARIOS } from '../../facts/scenarios';
import { formatDate } from '../../i18n/format';

/** Every published container and shell count, as reported, with our implied per-container figure. */
export function EstimatesTable() {
  return (
    <div className="table-scroll">
      <table className="data-table sources-table">
        <caption>Published estimates, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Statement</th>
            <th scope="col">Period counted</th>
            <th scope="col">Containers</th>
            <th scope="col">Shells</th>
            <th scope="col">Per container (our division)</th>
          </tr>
        </thead>
        <tbody>
          {SCENARIOS.map((scenario) => (
            <tr key={scenario.id}>
              <th scope="row">
                <time dateTime={scenario.citation.date}>
                  {formatDate(scenario.citation.date, 'en', 'medium')}
                </time>
                <br />
                {scenario.citation.speaker}
                <br />
                <a href={scenario.citation.url} target="_blank" rel="noopener noreferrer">
                  {scenario.citation.outlet}
                </a>
                {scenario.alsoReportedBy.map((also) => (
                  <span key={also.url}>
                    {', '}
                    <a href={also.url} target="_blank" rel="noopener noreferrer">
                      {also.outlet}
                    </a>
                  </span>
                ))}
              </th>
              <td>{scenario.period}</td>
              <td>{scenario.containers.text}</td>
              <td>{scenario.shells.text}</td>
              <td>{scenario.impliedPerContainer}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
