import type { ComponentType } from 'react';
import type { FirstMessages, LaterMessages } from '../i18n/catalogue';
import type { SectionId } from '../url/sections';
import {
  CompareSection,
  DownloadsSection,
  SharePanel,
  SolverPanel,
  SourcesSection,
  SpreadSection,
  TimelineSection,
  WeightCheckSection,
  WhatMattersMost,
} from './deferred';
import type { PagePart } from './feature-boundary';

/**
 * A section's title in the language on screen: the words of its own heading, so that each title is
 * written once, in its part's catalogue.
 */
type Title = (first: FirstMessages, later: LaterMessages) => string;

/** A section of the page: its public id (`#sources`) and its title. */
export interface PageSection {
  id: SectionId;
  title: Title;
}

/** A section below the answer and the assumptions: one line until opened, then its part. */
export interface FoldedSection extends PageSection {
  /** What the part is, for its error message. */
  part: PagePart;
  Content: ComponentType;
  /** Open as the page starts: on wide screens only (the chart), or never. */
  openAtFirst: 'wide' | 'never';
}

/** The answer and the assumptions: always open, at the top, beside each other on wide screens. */
const ON_TOP: readonly PageSection[] = [
  { id: 'results', title: (first) => first.page.resultsHeading },
  { id: 'assumptions', title: (_, later) => later.assumptions.title },
];

/**
 * Everything else, in page order, each one tap away. A new section is one entry here (its id in
 * `src/url/sections.ts`); its title is its own heading's.
 */
export const FOLDED_SECTIONS: readonly FoldedSection[] = [
  {
    id: 'timeline',
    part: 'chart',
    Content: TimelineSection,
    openAtFirst: 'wide',
    title: (_, later) => later.timeline.title,
  },
  {
    id: 'spread',
    part: 'spread',
    Content: SpreadSection,
    openAtFirst: 'never',
    title: (_, later) => later.spread.title,
  },
  {
    id: 'matters',
    part: 'matters',
    Content: WhatMattersMost,
    openAtFirst: 'never',
    title: (_, later) => later.sensitivity.title,
  },
  {
    id: 'solve',
    part: 'solve',
    Content: SolverPanel,
    openAtFirst: 'never',
    title: (_, later) => later.solver.title,
  },
  {
    id: 'weight',
    part: 'weight',
    Content: WeightCheckSection,
    openAtFirst: 'never',
    title: (_, later) => later.weight.title,
  },
  {
    id: 'compare',
    part: 'compare',
    Content: CompareSection,
    openAtFirst: 'never',
    title: (_, later) => later.compare.title,
  },
  {
    id: 'share',
    part: 'share',
    Content: SharePanel,
    openAtFirst: 'never',
    title: (_, later) => later.share.title,
  },
  {
    id: 'downloads',
    part: 'downloads',
    Content: DownloadsSection,
    openAtFirst: 'never',
    title: (_, later) => later.downloads.title,
  },
  {
    id: 'sources',
    part: 'sources',
    Content: SourcesSection,
    openAtFirst: 'never',
    title: (_, later) => later.sources.title,
  },
];

/** Every section in page order, for the table of contents. */
export const PAGE_SECTIONS: readonly PageSection[] = [...ON_TOP, ...FOLDED_SECTIONS];
