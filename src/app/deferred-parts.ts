/**
 * The parts of the page that can follow the first results by a moment: they come in one chunk,
 * requested as soon as the first results render. What the first screen needs (the headline
 * figures, the statement picker, the working) stays in the main bundle; see `npm run bench`.
 */
export { AssumptionsPanel } from '../features/assumptions/assumptions-panel';
export { UrlNotices } from '../features/notices/url-notices';
export { RangedHeadline } from '../features/results/ranged-headline';
export { ResultDetails } from '../features/results/result-details';
export { ScenarioSource } from '../features/scenario/scenario-source';
export { SharePanel } from '../features/share/share-panel';
export { DownloadsSection } from '../features/downloads/downloads-section';
export { CompareSection } from '../features/compare/compare-section';
export { TimelineSection } from '../features/timeline/timeline-section';
export { SourcesSection } from '../features/sources/sources-section';
export { SolverPanel, SpreadSection, WeightCheckSection, WhatMattersMost } from './analysis-parts';
export { SiteFooter } from './site-footer';
export { ResultsBar } from './results-bar';
export { WorkingLine } from '../features/working/working-line';
export { ScenarioPicker } from '../features/scenario/scenario-picker';
export { LanguageSwitch } from './language-switch';
export { Dek } from './dek';
