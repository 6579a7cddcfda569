import { formatApprox, formatDate, formatExact, formatFixed } from '../../i18n/format';
import { formatApproxRange, formatDateRange } from '../../i18n/format-range';
import type { Spread } from '../../model/distribution';
import type { Reason } from '../../model/reason';
import { useCalculatorStore } from '../../store/calculator-store';
import { useResults } from '../../store/use-results';
import { useSampledResults } from '../../store/use-sampled';
import { daysText } from './headline-results';
import { HeadlineView, type HeadlineFigure } from './headline-view';
import { resultsSentence } from './results-announcer';

const LOCALE = 'en';

/**
 * A figure from a spread: the median shown, and `data-value`/`data-low`/`data-high` only once the
 * sampling is for the inputs on screen. Until the first sampling, the exact result of the ranges'
 * centres stands in, without attributes.
 */
function spreadFigure(
  spread: Spread | undefined,
  fallback: number,
  current: boolean,
  format: (value: number) => string,
  rangeText: (low: number, high: number) => string,
): HeadlineFigure & { median: number } {
  const median = spread?.median ?? fallback;
  return {
    median,
    display: format(median),
    exact: current && spread ? median : null,
    spread: current && spread ? spread : null,
    range: spread ? `90% range ${rangeText(spread.low, spread.high)}` : null,
  };
}

/** The headline figures with ranges: medians and 90% ranges from the seeded sampling. */
export function RangedHeadline() {
  const results = useResults();
  const daily = useCalculatorStore((state) => state.inputs.daily);
  const dailyRange = useCalculatorStore((state) => state.ranges.daily);
  const view = useSampledResults();
  const sampled = view.kind === 'ready' ? view.results : undefined;
  const current = view.kind === 'ready' && view.current;
  const approxRange = (low: number, high: number) => formatApproxRange(low, high, LOCALE);

  const total = spreadFigure(
    sampled?.totalShells,
    results.totalShells,
    current,
    (value) => formatApprox(value, LOCALE),
    approxRange,
  );
  total.detail = `Median ${formatExact(total.median, LOCALE)} shells`;
  const months = spreadFigure(
    sampled?.monthsOfFire,
    results.monthsOfFire,
    current,
    (value) => formatFixed(value, LOCALE, 1),
    approxRange,
  );
  months.detail = `Median ${formatExact(months.median, LOCALE)} months of 30.44 days`;
  const days = spreadFigure(
    sampled?.daysOfFire,
    results.daysOfFire,
    current,
    (value) => daysText(value, LOCALE),
    approxRange,
  );
  days.detail = `Median ${formatExact(days.median, LOCALE)} days; ${days.range ?? ''}`;
  // The days' range is in their detail; the months' range is the one shown.
  Reflect.deleteProperty(days, 'range');

  const dates = sampled?.lastsUntil;
  let lastsUntil: HeadlineFigure | Reason;
  if (dates && !dates.ok) lastsUntil = dates.reason;
  else if (!results.lastsUntil.ok) lastsUntil = results.lastsUntil.reason;
  else {
    const median = dates?.value.median ?? results.lastsUntil.value;
    lastsUntil = {
      display: formatDate(median, LOCALE),
      exact: current && dates ? median : null,
      spread: current && dates ? dates.value : null,
      range: dates
        ? `90% range ${formatDateRange(dates.value.low, dates.value.high, LOCALE)}`
        : null,
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
          ? formatApproxRange(dailyRange.low, dailyRange.high, LOCALE)
          : formatExact(daily, LOCALE)
      }
      note="Medians and 90% ranges of 10,000 samples of your ranges, always drawn the same way. The working below uses the middle of each range."
      announcement={resultsSentence(
        {
          totalShells: total.median,
          monthsOfFire: months.median,
          lastsUntil:
            typeof lastsUntil === 'object' && 'display' in lastsUntil && dates?.ok
              ? { ok: true, value: dates.value.median }
              : results.lastsUntil,
        },
        LOCALE,
      )}
    />
  );
}
