import type { ComponentType } from 'react';
import { HeadlineResults } from '../features/results/headline-results';
import { ScenarioPicker } from '../features/scenario/scenario-picker';
import { WorkingLine } from '../features/working/working-line';
import { useCalculatorStore } from '../store/calculator-store';
import { stringifyQuery } from '../url/query';
import {
  AssumptionsPanel,
  CompactAssumptionsPanel,
  Deferred,
  RangedHeadline,
  ResultDetails,
  ScenarioCredit,
  ScenarioSource,
  SharePanel,
  SolverPanel,
  SourcesSection,
  SpreadSection,
  TimelineSection,
  UrlNotices,
  WeightCheckSection,
  WhatMattersMost,
} from './deferred';
import { FeatureBoundary } from './feature-boundary';
import { SiteFooter } from './site-footer';
import { useDocumentSettings } from './use-document-settings';

/** The page: the full calculator, or its compact embedded view with `embed=1`. */
export function App() {
  useDocumentSettings();
  const embed = useCalculatorStore((state) => state.embed);
  return embed ? <EmbeddedPage /> : <FullPage />;
}

function Loading({ what, className }: { what: string; className: string }) {
  return <p className={`part-loading ${className}`}>Loading {what}…</p>;
}

/** The sections between the chart and the sources, in page order: grid area, name, part. */
const BELOW_CHART: readonly (readonly [area: string, what: string, Part: ComponentType])[] = [
  ['spread', 'How the answer spreads', SpreadSection],
  ['matters', 'What matters most', WhatMattersMost],
  ['solve', 'What would have to be true', SolverPanel],
  ['weight', 'The weight check', WeightCheckSection],
  ['share', 'Sharing', SharePanel],
];

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
      <Deferred what="The notice about the link">
        <UrlNotices />
      </Deferred>
      <main className="layout">
        <div className="layout-picker">
          <FeatureBoundary what="The list of statements">
            <ScenarioPicker />
          </FeatureBoundary>
        </div>
        <div className="layout-source">
          <Deferred
            what="The statement’s source"
            placeholder={<Loading what="the source" className="part-loading-source" />}
          >
            <ScenarioSource />
          </Deferred>
        </div>
        <div className="layout-results">
          <section className="results" aria-labelledby="results-heading">
            <h2 id="results-heading" className="visually-hidden">
              Results
            </h2>
            <FeatureBoundary what="The results">
              <HeadlineResults rangedView={<RangedHeadline />} />
            </FeatureBoundary>
            <FeatureBoundary what="The working">
              <WorkingLine />
            </FeatureBoundary>
            <Deferred
              what="The other results"
              placeholder={<Loading what="the other results" className="part-loading-details" />}
            >
              <ResultDetails />
            </Deferred>
          </section>
        </div>
        <div className="layout-inputs">
          <Deferred
            what="The assumptions"
            placeholder={<Loading what="the assumptions" className="part-loading-inputs" />}
          >
            <AssumptionsPanel />
          </Deferred>
        </div>
        <div className="layout-chart">
          <Deferred
            what="The timeline"
            placeholder={<Loading what="the chart" className="part-loading-chart" />}
          >
            <TimelineSection />
          </Deferred>
        </div>
        {BELOW_CHART.map(([area, what, Part]) => (
          <div className={`layout-${area}`} key={area}>
            <Deferred what={what}>
              <Part />
            </Deferred>
          </div>
        ))}
        <div className="layout-sources">
          <Deferred
            what="Sources and method"
            placeholder={<Loading what="the sources" className="part-loading-sources" />}
          >
            <SourcesSection />
          </Deferred>
        </div>
      </main>
      <FeatureBoundary what="The footer">
        <SiteFooter />
      </FeatureBoundary>
    </div>
  );
}

function EmbeddedPage() {
  const fullLink = useCalculatorStore((state) => stringifyQuery({ ...state, embed: false }));
  return (
    <div className="page page-embed">
      <Deferred what="The notice about the link">
        <UrlNotices />
      </Deferred>
      <main>
        <h1 className="visually-hidden">
          Shell Count: North Korean shells sent to Russia, in months of Russian fire
        </h1>
        <section className="results" aria-label="Results">
          <Deferred what="The source line">
            <ScenarioCredit />
          </Deferred>
          <FeatureBoundary what="The results">
            <HeadlineResults rangedView={<RangedHeadline />} />
          </FeatureBoundary>
          <FeatureBoundary what="The working">
            <WorkingLine />
          </FeatureBoundary>
        </section>
        <Deferred
          what="The timeline"
          placeholder={<Loading what="the chart" className="part-loading-chart" />}
        >
          <TimelineSection />
        </Deferred>
        <Deferred
          what="The assumptions"
          placeholder={<Loading what="the assumptions" className="part-loading-inputs" />}
        >
          <CompactAssumptionsPanel />
        </Deferred>
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
