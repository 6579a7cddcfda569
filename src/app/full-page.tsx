import type { ComponentType } from 'react';
import { HeadlineResults } from '../features/results/headline-results';
import { useFirstMessages } from '../store/store';
import {
  AssumptionsPanel,
  CompareSection,
  Deferred,
  Dek,
  DownloadsSection,
  LanguageSwitch,
  RangedHeadline,
  ResultDetails,
  ScenarioPicker,
  ScenarioSource,
  SharePanel,
  SiteFooter,
  SolverPanel,
  SourcesSection,
  SpreadSection,
  TimelineSection,
  UrlNotices,
  WeightCheckSection,
  WhatMattersMost,
  WorkingLine,
} from './deferred';
import { FeatureBoundary, type PagePart } from './feature-boundary';
import { Loading } from './loading';

/** The sections between the chart and the sources, in page order: grid area and part. */
const BELOW_CHART: readonly (readonly [area: PagePart, Part: ComponentType])[] = [
  ['spread', SpreadSection],
  ['matters', WhatMattersMost],
  ['solve', SolverPanel],
  ['weight', WeightCheckSection],
  ['compare', CompareSection],
  ['share', SharePanel],
  ['downloads', DownloadsSection],
];

/** The full calculator: the statement, the results, the assumptions, the chart, the analysis. */
export function FullPage() {
  const { page } = useFirstMessages();
  return (
    <div className="page">
      <header className="masthead">
        <div className="masthead-top">
          <p className="kicker">{page.kicker}</p>
          <div className="language-slot">
            <Deferred part="language">
              <LanguageSwitch />
            </Deferred>
          </div>
        </div>
        <h1>{page.title}</h1>
        <Deferred part="dek" placeholder={<p className="dek dek-placeholder" />}>
          <Dek />
        </Deferred>
      </header>
      <Deferred part="notices">
        <UrlNotices />
      </Deferred>
      <main className="layout">
        <div className="layout-picker">
          <Deferred part="picker" placeholder={<div className="picker-placeholder" />}>
            <ScenarioPicker />
          </Deferred>
        </div>
        <div className="layout-source">
          <Deferred part="source" placeholder={<Loading what="source" />}>
            <ScenarioSource />
          </Deferred>
        </div>
        <div className="layout-results">
          <section className="results" aria-labelledby="results-heading">
            <h2 id="results-heading" className="visually-hidden">
              {page.resultsHeading}
            </h2>
            <FeatureBoundary part="results">
              <HeadlineResults rangedView={<RangedHeadline />} />
            </FeatureBoundary>
            <Deferred part="working" placeholder={<div className="working-placeholder" />}>
              <WorkingLine />
            </Deferred>
            <Deferred part="details" placeholder={<Loading what="details" />}>
              <ResultDetails />
            </Deferred>
          </section>
        </div>
        <div className="layout-inputs">
          <Deferred part="inputs" placeholder={<Loading what="inputs" />}>
            <AssumptionsPanel />
          </Deferred>
        </div>
        <div className="layout-chart">
          <Deferred part="chart" placeholder={<Loading what="chart" />}>
            <TimelineSection />
          </Deferred>
        </div>
        {BELOW_CHART.map(([area, Part]) => (
          <div className={`layout-${area}`} key={area}>
            <Deferred part={area}>
              <Part />
            </Deferred>
          </div>
        ))}
        <div className="layout-sources">
          <Deferred part="sources" placeholder={<Loading what="sources" />}>
            <SourcesSection />
          </Deferred>
        </div>
      </main>
      <Deferred part="footer">
        <SiteFooter />
      </Deferred>
    </div>
  );
}
