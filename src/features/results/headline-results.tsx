import { Suspense, type ReactNode } from 'react';
import { formatApprox, formatDate, formatExact, formatFixed, plural } from '../../i18n/format';
import { hasRanges } from '../../model/ranges';
import type { Results } from '../../model/results';
import { useCalculatorStore } from '../../store/calculator-store';
import { useResults } from '../../store/use-results';
import { HeadlineView, type HeadlineData } from './headline-view';
import { resultsSentence } from './results-announcer';

const LOCALE = 'en';

/** "300 days": whole days, with the plural the locale wants. */
export function daysText(days: number, locale: string): string {
  const whole = Math.round(days);
  return `${formatExact(whole, locale)} ${plural(whole, locale, { one: 'day', other: 'days' })}`;
}

/**
 * The headline of exact inputs. `known` false leaves out every `data-value`: the figures shown
 * are the inputs' centres while their ranges are being sampled.
 */
function exactHeadline(results: Results, daily: number, known: boolean): HeadlineData {
  const value = <T,>(exact: T) => (known ? exact : null);
  return {
    total: {
      display: formatApprox(results.totalShells, LOCALE),
      exact: value(results.totalShells),
      detail: `Exactly ${formatExact(results.totalShells, LOCALE)} shells`,
    },
    months: {
      display: formatFixed(results.monthsOfFire, LOCALE, 1),
      exact: value(results.monthsOfFire),
      detail: `${formatExact(results.monthsOfFire, LOCALE)} months of 30.44 days`,
    },
    days: {
      display: daysText(results.daysOfFire, LOCALE),
      exact: value(results.daysOfFire),
      detail: `${formatExact(results.daysOfFire, LOCALE)} days`,
    },
    lastsUntil: results.lastsUntil.ok
      ? {
          display: formatDate(results.lastsUntil.value, LOCALE),
          exact: value(results.lastsUntil.value),
        }
      : results.lastsUntil.reason,
    daily: formatExact(daily, LOCALE),
    announcement: resultsSentence(results, LOCALE),
  };
}

/**
 * The three figures a reader came for. With ranges, `rangedView` (loaded after the first screen)
 * shows the sampled medians and 90% ranges; until it arrives, the figures of the ranges' centres
 * show without `data-value`.
 */
export function HeadlineResults({ rangedView }: { rangedView?: ReactNode }) {
  const results = useResults();
  const daily = useCalculatorStore((state) => state.inputs.daily);
  const isRanged = useCalculatorStore((state) => hasRanges(state.ranges));
  if (!isRanged) return <HeadlineView {...exactHeadline(results, daily, true)} />;
  return (
    <Suspense fallback={<HeadlineView {...exactHeadline(results, daily, false)} />}>
      {rangedView}
    </Suspense>
  );
}
