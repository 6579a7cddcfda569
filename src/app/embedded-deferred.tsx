import { lazy, type ComponentType } from 'react';
import { useStore } from '../store/store';

type Parts = typeof import('./embedded-parts');

let parts: Promise<Parts> | undefined;
const loadParts = (): Promise<Parts> => (parts ??= import('./embedded-parts'));

/**
 * A part of `embedded-parts.ts` as a lazy component (as `deferred.tsx` makes the full page's):
 * every part shares the one chunk, and waits for the later messages of the language on screen.
 */
function part(name: keyof Parts): ComponentType {
  return lazy(async () => {
    const [loaded] = await Promise.all([loadParts(), useStore.getState().actions.ensureLater()]);
    return { default: loaded[name] as ComponentType };
  });
}

export const CompactAssumptionsPanel = part('CompactAssumptionsPanel');
export const UrlNotices = part('UrlNotices');
export const RangedHeadline = part('RangedHeadline');
export const ScenarioCredit = part('ScenarioCredit');
export const TimelineSection = part('TimelineSection');
export const WorkingLine = part('WorkingLine');
