import { useLayoutEffect } from 'react';
import { hasRanges } from '../model/ranges';
import { samplingKey } from './sampled-slice';
import type { AppState, ResultPart } from './state';
import { useActions, useStore } from './store';

/**
 * Tells the store which inputs and ranges a part's figures are final for (`key`, as `samplingKey`
 * writes it), or null while they are not (the ranges' centres shown while the samples are drawn);
 * a part that goes away takes its report with it.
 */
export function useReportShown(part: ResultPart, key: string | null): void {
  const { reportShown } = useActions();
  useLayoutEffect(() => {
    reportShown(part, key);
  }, [part, key, reportShown]);
  useLayoutEffect(
    () => () => {
      reportShown(part, undefined);
    },
    [part, reportShown],
  );
}

/**
 * Whether every result on the page is final (CONTRACT §6 "Settled"): each of `parts` (those the
 * view shows) has loaded and shows the inputs on screen, every other part that reported does too,
 * and with ranges the samples drawn are for those inputs.
 * `settled(state, ['headline', 'details'])` → false while the details are still loading.
 */
function settled(state: AppState, parts: readonly ResultPart[]): boolean {
  const current = samplingKey(state.inputs, state.ranges);
  if (hasRanges(state.ranges) && state.sampled.page?.key !== current) return false;
  if (!parts.every((part) => state.shown[part] === current)) return false;
  return Object.values(state.shown).every((key) => key === current);
}

/** `settled` for the view on screen, re-rendering only when the answer changes. */
export function useSettled(parts: readonly ResultPart[]): boolean {
  return useStore((state) => settled(state, parts));
}
