import { SYRSKYI_SERIES } from '../../facts/daily-fire';
import { formatDate, formatExact, formatPercent } from '../../i18n/format';
import { seriesShare } from '../../model/fire-series';
import { useFirstMessages, useLang, useLaterMessages, useStore } from '../../store/store';
import { mediansOf } from '../../model/evaluate';
import { useEvaluation } from '../../store/use-evaluation';

/**
 * Under the published rates: the deliveries as a share of Russian fire by Syrskyi's dated series,
 * over the days of the delivery period it covers.
 */
export function SeriesShareLine() {
  const start = useStore((state) => state.inputs.start);
  const results = mediansOf(useEvaluation().evaluation);
  const { assumptions } = useLaterMessages();
  const { headline } = useFirstMessages();
  const lang = useLang();
  const share =
    results.deliveryDays.ok && results.deliveredPerDay.ok
      ? seriesShare(
          start,
          results.deliveryDays.value,
          results.deliveredPerDay.value,
          SYRSKYI_SERIES,
        )
      : null;
  return (
    <p className="field-caveat series-share" data-series-share={share ? share.percent : undefined}>
      {share
        ? assumptions.seriesShare(
            formatPercent(share.percent, lang),
            share.atMost,
            formatDate(share.from, lang),
            formatDate(share.to, lang),
            headline.days(share.coveredDays, formatExact(share.coveredDays, lang)),
          )
        : assumptions.seriesNone}
    </p>
  );
}
