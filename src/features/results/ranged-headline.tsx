import { formatApprox, formatDate, formatExact, formatFixed } from '../../i18n/format';
import { formatApproxRange, formatDateRange } from '../../i18n/format-range';
import type { Spread } from '../../model/distribution';
import type { Reason } from '../../model/reason';
import { useStore, useFirstMessages, useLang, useLaterMessages } from '../../store/store';
import { flagsOf, usedAsFast } from '../../model/flags';
import { mediansOf } from '../../model/evaluate';
import { useEvaluation } from '../../store/use-evaluation';
import { daysText } from './headline-results';
import { HeadlineView, type HeadlineFigure } from './headline-view';
import { resultsSentence } from './results-announcer';

/**
 * A figure from a spread: the median shown, and `data-value`/`data-low`/`data-high` only once the
 * sampling is for the inputs on screen. Until the first sampling, the exact result of the ranges'
 * centres stands in, without attributes, and `pending` says the range is being worked out.
 */
function spreadFigure(
  spread: Spread | undefined,
  fallback: number,
  current: boolean,
  format: (value: number) => string,
  rangeText: (low: number, high: number) => string,
  pending: string,
): HeadlineFigure & { median: number } {
  const median = spread?.median ?? fallback;
  return {
    median,
    display: format(median),
    exact: current && spread ? median : null,
    spread: current && spread ? spread : null,
    range: spread ? rangeText(spread.low, spread.high) : pending,
  };
}

/** The headline figures with ranges: medians and 90% ranges from the seeded sampling. */
export function RangedHeadline() {
  const view = useEvaluation();
  // Until the first sampling, the exact results of the ranges' centres (`EvaluationView`).
  const results = mediansOf(view.evaluation);
  const daily = useStore((state) => state.inputs.daily);
  const dailyRange = useStore((state) => state.ranges.daily);
  const { headline } = useFirstMessages();
  const words = useLaterMessages().results;
  const lang = useLang();
  const sampled = view.sampled ? view.evaluation : undefined;
  const current = view.sampled && view.final;
  const approxRange = (low: number, high: number) =>
    words.range(formatApproxRange(low, high, lang));
  const exactly = (value: number) => formatExact(value, lang);

  const total = spreadFigure(
    sampled?.totalShells,
    results.totalShells,
    current,
    (value) => formatApprox(value, lang),
    approxRange,
    words.workingRange,
  );
  total.detail = words.medianShells(total.median, exactly(total.median));
  const months = spreadFigure(
    sampled?.monthsOfFire,
    results.monthsOfFire,
    current,
    (value) => formatFixed(value, lang, 1),
    approxRange,
    words.workingRange,
  );
  months.detail = words.medianMonths(months.median, exactly(months.median));
  const days = spreadFigure(
    sampled?.daysOfFire,
    results.daysOfFire,
    current,
    (value) => daysText(value, headline, lang),
    approxRange,
    words.workingRange,
  );
  days.detail = words.medianDays(days.median, exactly(days.median), days.range ?? '');
  // The days' range is in their detail; the months' range is the one shown.
  Reflect.deleteProperty(days, 'range');

  const dates = sampled?.lastsUntil;
  let lastsUntil: HeadlineFigure | Reason;
  if (dates && !dates.ok) lastsUntil = dates.reason;
  else if (!results.lastsUntil.ok) lastsUntil = results.lastsUntil.reason;
  else {
    const median = dates?.value.median ?? results.lastsUntil.value;
    lastsUntil = {
      display: formatDate(median, lang),
      exact: current && dates ? median : null,
      spread: current && dates ? dates.value : null,
      range: dates
        ? words.range(formatDateRange(dates.value.low, dates.value.high, lang))
        : words.workingRange,
    };
  }

  return (
    <HeadlineView
      total={total}
      months={months}
      days={days}
      lastsUntil={lastsUntil}
      daily={
        dailyRange
          ? formatApproxRange(dailyRange.low, dailyRange.high, lang)
          : formatExact(daily, lang)
      }
      dailyCount={dailyRange ? dailyRange.high : daily}
      note={words.rangedNote}
      usedAsFast={
        sampled && current
          ? flagsOf(sampled).lastsUntil
          : usedAsFast(results.daysOfFire, results.deliveryDays)
      }
      shownKey={current ? view.key : null}
      announcement={resultsSentence(
        {
          totalShells: total.median,
          monthsOfFire: months.median,
          lastsUntil:
            typeof lastsUntil === 'object' && 'display' in lastsUntil && dates?.ok
              ? { ok: true, value: dates.value.median }
              : results.lastsUntil,
        },
        headline,
        lang,
      )}
    />
  );
}
