import { HeadlineResults } from '../features/results/headline-results';
import { useFirstMessages, useStore } from '../store/store';
import { stringifyQuery } from '../url/query';
import {
  CompactAssumptionsPanel,
  Deferred,
  RangedHeadline,
  ScenarioCredit,
  TimelineSection,
  UrlNotices,
  WorkingLine,
} from './deferred';
import { FeatureBoundary } from './feature-boundary';
import { Loading } from './loading';

/** The compact view for articles (`embed=1`, CONTRACT §5): results and chart first, no site chrome. */
export function EmbeddedPage() {
  const { page } = useFirstMessages();
  const fullLink = useStore((state) => stringifyQuery({ ...state, embed: false }));
  return (
    <div className="page page-embed">
      <Deferred part="notices">
        <UrlNotices />
      </Deferred>
      <main>
        <h1 className="visually-hidden">{page.embedTitle}</h1>
        <section className="results" aria-label={page.resultsHeading}>
          <Deferred part="credit">
            <ScenarioCredit />
          </Deferred>
          <FeatureBoundary part="results">
            <HeadlineResults rangedView={<RangedHeadline />} />
          </FeatureBoundary>
          <Deferred part="working" placeholder={<div className="working-placeholder" />}>
            <WorkingLine />
          </Deferred>
        </section>
        <Deferred part="chart" placeholder={<Loading what="chart" />}>
          <TimelineSection />
        </Deferred>
        <Deferred part="inputs" placeholder={<Loading what="inputs" />}>
          <CompactAssumptionsPanel />
        </Deferred>
      </main>
      <footer className="embed-footer">
        <span>{page.embedCredit}</span>
        <a href={`./${fullLink}`} target="_blank" rel="noopener">
          {page.openFull}
        </a>
      </footer>
    </div>
  );
}
