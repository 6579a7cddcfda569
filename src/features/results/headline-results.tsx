import { Suspense, type ReactNode } from 'react';
import type { FirstMessages } from '../../i18n/catalogue';
import { formatApprox, formatDate, formatExact, formatFixed } from '../../i18n/format';
import { usedAsFast } from '../../model/flags';
import { mediansOf } from '../../model/evaluate';
import type { Results } from '../../model/results';
import { useStore, useFirstMessages, useLang } from '../../store/store';
import { useEvaluation } from '../../store/use-evaluation';
import type { Lang } from '../../url/view-options';
import { HeadlineView, type HeadlineData } from './headline-view';
import { resultsSentence } from './results-announcer';

type Words = FirstMessages['headline'];

/** "300 days": whole days, with the plural the language wants. */
export function daysText(days: number, words: Words, lang: Lang): string {
  const whole = Math.round(days);
  return words.days(whole, formatExact(whole, lang));
}

/**
 * The headline of exact inputs. `known` false leaves out every `data-value`: the figures shown
 * are the inputs' centres while their ranges are being sampled.
 */
function exactHeadline(
  results: Results,
  daily: number,
  shownKey: string | null,
  words: Words,
  lang: Lang,
): HeadlineData {
  const known = shownKey !== null;
  const value = <T,>(exact: T) => (known ? exact : null);
  const exactly = (count: number) => formatExact(count, lang);
  return {
    total: {
      display: formatApprox(results.totalShells, lang),
      exact: value(results.totalShells),
      detail: words.exactShells(results.totalShells, exactly(results.totalShells)),
    },
    months: {
      display: formatFixed(results.monthsOfFire, lang, 1),
      exact: value(results.monthsOfFire),
      detail: words.exactMonths(results.monthsOfFire, exactly(results.monthsOfFire)),
    },
    days: {
      display: daysText(results.daysOfFire, words, lang),
      exact: value(results.daysOfFire),
      detail: words.exactDays(results.daysOfFire, exactly(results.daysOfFire)),
    },
    lastsUntil: results.lastsUntil.ok
      ? {
          display: formatDate(results.lastsUntil.value, lang),
          exact: value(results.lastsUntil.value),
        }
      : results.lastsUntil.reason,
    daily: formatExact(daily, lang),
    dailyCount: daily,
    announcement: resultsSentence(results, words, lang),
    usedAsFast: usedAsFast(results.daysOfFire, results.deliveryDays),
    shownKey,
  };
}

/**
 * The three figures a reader came for. With ranges, `rangedView` (loaded after the first screen)
 * shows the sampled medians and 90% ranges; until it arrives, the figures of the ranges' centres
 * show without `data-value`.
 */
export function HeadlineResults({ rangedView }: { rangedView?: ReactNode }) {
  const { evaluation, ranged, key } = useEvaluation();
  const results = mediansOf(evaluation);
  const daily = useStore((state) => state.inputs.daily);
  const { headline } = useFirstMessages();
  const lang = useLang();
  if (!ranged) return <HeadlineView {...exactHeadline(results, daily, key, headline, lang)} />;
  return (
    <Suspense fallback={<HeadlineView {...exactHeadline(results, daily, null, headline, lang)} />}>
      {rangedView}
    </Suspense>
  );
}
