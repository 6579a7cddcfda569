import { useId } from 'react';
import { FACTS_REVIEWED } from '../../facts/reviewed';
import { formatDate } from '../../i18n/format';
import { provenanceText } from '../../i18n/provenance-text';
import { useLang, useLaterMessages, useStore } from '../../store/store';
import { currentCsvHeading } from '../../store/csv-heading';
import { useEvaluation } from '../../store/use-evaluation';
import { stringifyQuery } from '../../url/query';
import { CsvButton } from '../../ui/chart-downloads';
import { permalinkOf } from '../../url/permalink';
import { inputsCsvRows, resultFigures, resultsCsvRows } from './csv-rows';
import './downloads.css';

/** Today as `YYYY-MM-DD`, in the reader's own calendar day. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Downloads: the results and the assumptions as CSV (exactly the page's `data-value` figures), and
 * printing the methodology sheet, which carries the permalink written out.
 */
export function DownloadsSection() {
  const headingId = useId();
  const { downloads: words, assumptions, statements, facts } = useLaterMessages();
  const lang = useLang();
  const inputs = useStore((state) => state.inputs);
  const ranges = useStore((state) => state.ranges);
  const scenarioId = useStore((state) => state.scenarioId);
  const query = useStore(stringifyQuery);
  const { evaluation, ranged, final } = useEvaluation();
  const waiting = !final;
  const permalink = permalinkOf(query);

  return (
    <section className="downloads" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {words.title}
      </h2>
      <p className="downloads-intro">{words.intro}</p>
      <div className="downloads-row">
        <CsvButton
          heading={currentCsvHeading}
          fileName="shell-count-results.csv"
          label={words.resultsCsvName}
          disabled={waiting}
          rows={() => resultsCsvRows(resultFigures(inputs, ranges, evaluation), ranged, words)}
        >
          {words.resultsCsv}
        </CsvButton>
        <CsvButton
          heading={currentCsvHeading}
          fileName="shell-count-assumptions.csv"
          label={words.inputsCsvName}
          rows={() =>
            inputsCsvRows(
              { scenarioId, inputs, ranges },
              { downloads: words, assumptions },
              (provenance) => provenanceText(provenance, statements, facts, lang),
              facts.provenance.classes,
            )
          }
        >
          {words.inputsCsv}
        </CsvButton>
        <span className="downloads-note">{words.csvNote}</span>
      </div>
      <p className="downloads-note" role="status">
        {waiting ? words.waiting : null}
      </p>
      <div className="downloads-row">
        <button
          type="button"
          className="action-button"
          onClick={() => {
            window.print();
          }}
        >
          {words.print}
        </button>
        <span className="downloads-note">{words.printNote}</span>
      </div>
      <p className="print-only print-permalink">
        {words.permalink} <a href={permalink}>{permalink}</a>{' '}
        {words.printedOn(formatDate(today(), lang))}{' '}
        {facts.reviewed(formatDate(FACTS_REVIEWED, lang))}
      </p>
    </section>
  );
}
