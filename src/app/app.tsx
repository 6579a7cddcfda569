import { AssumptionsPanel } from '../features/assumptions/assumptions-panel';
import { UrlNotices } from '../features/notices/url-notices';
import { HeadlineResults } from '../features/results/headline-results';
import { ResultDetails } from '../features/results/result-details';
import { ScenarioCredit } from '../features/scenario/scenario-credit';
import { ScenarioPicker } from '../features/scenario/scenario-picker';
import { ScenarioSource } from '../features/scenario/scenario-source';
import { SourcesSection } from '../features/sources/sources-section';
import { TimelineSection } from '../features/timeline/timeline-section';
import { WorkingLine } from '../features/working/working-line';
import { useCalculatorStore } from '../store/calculator-store';
import { stringifyQuery } from '../url/query';
import { SiteFooter } from './site-footer';
import { useDocumentSettings } from './use-document-settings';

/** The page: the full calculator, or its compact embedded view with `embed=1`. */
export function App() {
  useDocumentSettings();
  const embed = useCalculatorStore((state) => state.embed);
  return embed ? <EmbeddedPage /> : <FullPage />;
}

function FullPage() {
  return (
    <div className="page">
      <header className="masthead">
        <p className="kicker">North Korea · Russia · Artillery</p>
        <h1>How many shells has North Korea sent Russia, and how long do they last?</h1>
        <p className="dek">
          Seoul counted about 6,700 containers of munitions by February 2024 and at least 10,000 by
          June. Every total built on those counts rests on assumptions. Here you can see them, and
          change them.
        </p>
      </header>
      <UrlNotices />
      <main className="layout">
        <div className="layout-picker">
          <ScenarioPicker />
        </div>
        <div className="layout-source">
          <ScenarioSource />
        </div>
        <div className="layout-results">
          <section className="results" aria-labelledby="results-heading">
            <h2 id="results-heading" className="visually-hidden">
              Results
            </h2>
            <HeadlineResults />
            <WorkingLine />
            <ResultDetails />
          </section>
        </div>
        <div className="layout-inputs">
          <AssumptionsPanel />
        </div>
        <div className="layout-chart">
          <TimelineSection />
        </div>
        <div className="layout-sources">
          <SourcesSection />
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}

function EmbeddedPage() {
  const fullLink = useCalculatorStore((state) => stringifyQuery({ ...state, embed: false }));
  return (
    <div className="page page-embed">
      <UrlNotices />
      <main>
        <section className="results" aria-label="Results">
          <ScenarioCredit />
          <HeadlineResults />
          <WorkingLine />
        </section>
        <TimelineSection />
        <AssumptionsPanel />
      </main>
      <footer className="embed-footer">
        <span>
          Shell Count · figures from South Korean, US and Ukrainian officials and analysts
        </span>
        <a href={`./${fullLink}`} target="_blank" rel="noopener">
          Open full calculator
        </a>
      </footer>
    </div>
  );
}
