import { useEffect, useMemo, useState } from 'react';
import { HeadlineResults } from '../features/results/headline-results';
import { Lagged } from '../store/lagged';
import { useFirstMessages, useStore } from '../store/store';
import { ExactValues } from '../ui/result-figure';
import { SectionLinks } from '../ui/section-links';
import {
  AssumptionsPanel,
  Deferred,
  Dek,
  LanguageSwitch,
  RangedHeadline,
  ResultDetails,
  ResultsBar,
  ScenarioPicker,
  ScenarioSource,
  SiteFooter,
  UrlNotices,
  WorkingLine,
} from './deferred';
import { ResultsSection } from '../features/results/results-section';
import { FeatureBoundary } from './feature-boundary';
import { Loading } from './loading';
import { FOLDED_SECTIONS, PAGE_SECTIONS } from './page-sections';
import { ScrollHere, SectionFold } from './section-fold';
import { SectionNav } from './section-nav';
import { useFolds } from './use-folds';

/** The parts of the full page that show results, each of which must be final to settle. */
const FULL_PAGE_PARTS = ['headline', 'details'] as const;

/**
 * The full calculator, phone first: the statement, the answer with its working and the
 * assumptions at the top (side by side on wide screens), then every other section folded to one
 * line, each a tap (or a `#id` link, or the table of contents) away.
 */
export function FullPage() {
  const first = useFirstMessages();
  const { page } = first;
  const later = useStore((state) => state.language.later);
  const links = useMemo(
    () => (later ? PAGE_SECTIONS.map(({ id, title }) => ({ id, title: title(first, later) })) : []),
    [first, later],
  );
  const folds = useFolds();
  const { setOpen } = folds;
  // A link with a comparison (or a comparison just started) shows it.
  const comparing = useStore((state) => state.compare !== null);
  useEffect(() => {
    if (comparing) setOpen('compare', true);
  }, [comparing, setOpen]);
  const [exact, setExact] = useState(false);
  return (
    <SectionLinks value={links}>
      <ExactValues value={exact}>
        <a className="skip-link" href="#results">
          {page.skipLink}
        </a>
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
            <SectionNav links={links} onReveal={folds.reveal} />
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
            <div className="layout-results" id="results">
              <ResultsSection
                className="results"
                aria-labelledby="results-heading"
                parts={FULL_PAGE_PARTS}
              >
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
                <button
                  type="button"
                  className="link-button exact-toggle"
                  aria-pressed={exact}
                  onClick={() => {
                    setExact(!exact);
                  }}
                >
                  {page.exactValues}
                </button>
              </ResultsSection>
            </div>
            <div className="layout-inputs" id="assumptions">
              <Deferred part="inputs" placeholder={<Loading what="inputs" />}>
                <ResultsBar />
                <AssumptionsPanel />
                {folds.landing === 'results' || folds.landing === 'assumptions' ? (
                  <ScrollHere id={folds.landing} />
                ) : null}
              </Deferred>
            </div>
            <div className="layout-folds">
              <Lagged>
                {FOLDED_SECTIONS.map((section) => (
                  <SectionFold
                    key={section.id}
                    section={section}
                    open={folds.isOpen(section.id)}
                    onToggle={folds.setOpen}
                    landing={folds.landing === section.id}
                  />
                ))}
              </Lagged>
            </div>
          </main>
          <Deferred part="footer">
            <SiteFooter />
          </Deferred>
        </div>
      </ExactValues>
    </SectionLinks>
  );
}
