import { FACTS_REVIEWED } from '../facts/reviewed';
import { HeadlineResults } from '../features/results/headline-results';
import { ResultsSection } from '../features/results/results-section';
import { formatDate } from '../i18n/format';
import { useFirstMessages, useLang, useStore } from '../store/store';
import { permalinkOf } from '../url/permalink';
import { stringifyQuery } from '../url/query';
import { Deferred } from './deferred';
import {
  CompactAssumptionsPanel,
  RangedHeadline,
  ScenarioCredit,
  TimelineSection,
  UrlNotices,
  WorkingLine,
} from './embedded-deferred';
import { FeatureBoundary } from './feature-boundary';
import { Loading } from './loading';
import './embed.css';

/**
 * The full calculator's query for what the embed shows. Following its article (no `lang` in the
 * link), it names the language on screen, so that a reader of a Korean article gets the full
 * calculator in Korean too.
 */
function useFullQuery(): string {
  const shown = useLang();
  return useStore((state) =>
    stringifyQuery({
      ...state,
      embed: false,
      lang: state.lang ?? (state.articleLang === null ? null : shown),
    }),
  );
}

/** The part of the embedded view that shows results: the headline. */
const EMBED_PARTS = ['headline'] as const;

/**
 * The compact view for articles (`embed=1`, CONTRACT §5): results and chart first, no site chrome.
 * On paper (an article printed with the embed in it) it is a static summary that fits its box:
 * the headline, the working, each group of assumptions on one line, the date of the figures and
 * the permalink written out; `data-print-part` marks what is printed, for the print height the
 * embed bridge tells embed.js.
 */
export function EmbeddedPage() {
  const { page } = useFirstMessages();
  const lang = useLang();
  const fullQuery = useFullQuery();
  return (
    <div className="page page-embed">
      <Deferred part="notices">
        <UrlNotices />
      </Deferred>
      <main>
        <h1 className="visually-hidden">{page.embedTitle}</h1>
        <ResultsSection
          className="results"
          aria-label={page.resultsHeading}
          data-print-part=""
          parts={EMBED_PARTS}
        >
          <Deferred part="credit" placeholder={<p className="credit-placeholder" />}>
            <ScenarioCredit />
          </Deferred>
          <FeatureBoundary part="results">
            <HeadlineResults rangedView={<RangedHeadline />} />
          </FeatureBoundary>
          <Deferred part="working" placeholder={<div className="working-placeholder" />}>
            <WorkingLine />
          </Deferred>
        </ResultsSection>
        <div className="embed-chart">
          <Deferred part="chart" placeholder={<Loading what="chart" />}>
            <TimelineSection />
          </Deferred>
        </div>
        <Deferred part="inputs" placeholder={<Loading what="inputs" />}>
          <CompactAssumptionsPanel />
        </Deferred>
      </main>
      <footer className="embed-footer" data-print-part="">
        <span className="embed-credit">
          {page.embedCredit}
          <span className="embed-as-of">
            · {page.figuresAsOf(formatDate(FACTS_REVIEWED, lang))}
          </span>
        </span>
        <a href={`./${fullQuery}`} target="_blank" rel="noopener">
          {page.openFull}
        </a>
        <p className="embed-print-link">
          {page.printLink} <span className="embed-print-url">{permalinkOf(fullQuery)}</span>
        </p>
      </footer>
    </div>
  );
}
