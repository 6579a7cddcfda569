import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useStore } from '../store/store';
import { FeatureBoundary, type PagePart } from './feature-boundary';
import './deferred.css';

type Parts = typeof import('./deferred-parts');

let parts: Promise<Parts> | undefined;
const loadParts = (): Promise<Parts> => (parts ??= import('./deferred-parts'));

/**
 * A part of `deferred-parts.ts` as a lazy component; every part shares the one chunk, and waits
 * for the later messages of the language on screen, which load beside it.
 */
function part(name: keyof Parts): ComponentType {
  return lazy(async () => {
    const [parts] = await Promise.all([loadParts(), useStore.getState().actions.ensureLater()]);
    return { default: parts[name] as ComponentType };
  });
}

export const AssumptionsPanel = part('AssumptionsPanel');
export const UrlNotices = part('UrlNotices');
export const RangedHeadline = part('RangedHeadline');
export const ResultDetails = part('ResultDetails');
export const ScenarioSource = part('ScenarioSource');
export const SharePanel = part('SharePanel');
export const DownloadsSection = part('DownloadsSection');
export const CompareSection = part('CompareSection');
export const TimelineSection = part('TimelineSection');
export const WhatMattersMost = part('WhatMattersMost');
export const SolverPanel = part('SolverPanel');
export const SpreadSection = part('SpreadSection');
export const WeightCheckSection = part('WeightCheckSection');

export const SourcesSection = part('SourcesSection');
export const SiteFooter = part('SiteFooter');
/** The phone's line of results over the assumptions: it comes with them. */
export const ResultsBar = part('ResultsBar');
export const WorkingLine = part('WorkingLine');
export const ScenarioPicker = part('ScenarioPicker');
export const LanguageSwitch = part('LanguageSwitch');
export const Dek = part('Dek');

interface DeferredProps {
  /** What the part is, for its error message: "The assumptions". */
  part: PagePart;
  /** Shown while the part loads; keep it about the part's size so nothing jumps. */
  placeholder?: ReactNode;
  children: ReactNode;
}

/** A part that loads after the first results, with its own error boundary. */
export function Deferred({ part, placeholder = null, children }: DeferredProps) {
  return (
    <FeatureBoundary part={part}>
      <Suspense fallback={placeholder}>{children}</Suspense>
    </FeatureBoundary>
  );
}
