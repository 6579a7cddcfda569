/**
 * The parts of the embedded view (`embed=1`) that follow its first results: only what that view
 * shows, in a chunk of their own, so that an article's reader does not download the full page's
 * sharing, comparison, sources and analysis panels (`npm run bench` measures it).
 */
export { CompactAssumptionsPanel } from '../features/assumptions/assumptions-panel';
export { UrlNotices } from '../features/notices/url-notices';
export { RangedHeadline } from '../features/results/ranged-headline';
export { ScenarioCredit } from '../features/scenario/scenario-credit';
export { TimelineSection } from '../features/timeline/timeline-section';
export { WorkingLine } from '../features/working/working-line';
