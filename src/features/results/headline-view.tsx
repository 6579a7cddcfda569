import { explainResultReason } from '../../i18n/explain-result';
import { formatApprox } from '../../i18n/format';
import { mediansOf } from '../../model/evaluate';
import type { Reason } from '../../model/reason';
import { useFirstMessages, useLang } from '../../store/store';
import { useReportShown } from '../../store/settled';
import { useEvaluation } from '../../store/use-evaluation';
import { ResultFigure } from '../../ui/result-figure';
import { fillSlot } from './fill-slot';
import { ResultsAnnouncer } from './results-announcer';
import './results.css';

/** One headline figure as shown: its text, its contract attributes and, with ranges, its range. */
export interface HeadlineFigure {
  display: string;
  /** `data-value`; null while the figure is not yet known for the inputs on screen. */
  exact: number | string | null;
  spread?: { low: number | string; high: number | string } | null;
  detail?: string;
  /** With ranges: the 90% range in words, or the line saying it is being worked out. */
  range?: string;
}

export interface HeadlineData {
  total: HeadlineFigure;
  months: HeadlineFigure;
  days: HeadlineFigure;
  /** The last day, or why there is none. */
  lastsUntil: HeadlineFigure | Reason;
  /** Russia's daily fire in words: "10,000" or "10,000–44,500". */
  daily: string;
  /** The number the words of `daily` agree with (its high end for a range). */
  dailyCount: number;
  /** The results as one sentence, read out politely after they change. */
  announcement: string;
  /** A line under the figures on how they were worked out (with ranges). */
  note?: string;
  /** CONTRACT §6 "Flags": the rounds were used as fast as they came (days of fire ≤ delivery days). */
  usedAsFast: boolean;
  /** The inputs and ranges (`samplingKey`) the figures are final for; null while they are not. */
  shownKey: string | null;
}

function RangeLine({ text }: { text: string | undefined }) {
  if (text === undefined) return null;
  return <span className="headline-range">{text}</span>;
}

/**
 * With a calibre mix, the 122 mm rockets besides the shells, at the median with ranges: "plus
 * about 250,000 122 mm rockets" (CONTRACT §6); nothing when every container holds shells.
 */
function RocketsLine() {
  const count = mediansOf(useEvaluation().evaluation).totalRockets;
  const { headline } = useFirstMessages();
  const lang = useLang();
  if (!(count > 0)) return null;
  return (
    <span className="headline-sub">{headline.plusRockets(count, formatApprox(count, lang))}</span>
  );
}

function isFigure(value: HeadlineFigure | Reason): value is HeadlineFigure {
  return 'display' in value;
}

/**
 * The three figures a reader came for, as given: total shells, how long they last, and until
 * when. The exact results and the sampled ranges both render through this one view.
 */
export function HeadlineView({
  total,
  months,
  days,
  lastsUntil,
  daily,
  dailyCount,
  announcement,
  note,
  usedAsFast,
  shownKey,
}: HeadlineData) {
  const { headline } = useFirstMessages();
  const lang = useLang();
  useReportShown('headline', shownKey);
  return (
    <>
      <dl className="headline-results">
        <div className="headline">
          <dt>{headline.total}</dt>
          <dd>
            <ResultFigure className="headline-figure" resultKey="totalShells" {...total} />
            <RangeLine text={total.range} />
            <RocketsLine />
          </dd>
        </div>
        <div className="headline">
          <dt>{headline.months}</dt>
          <dd>
            <ResultFigure className="headline-figure" resultKey="monthsOfFire" {...months} />
            <RangeLine text={months.range} />
            <span className="headline-sub">
              {fillSlot(
                headline.daysAt(dailyCount, daily),
                '{days}',
                <ResultFigure resultKey="daysOfFire" {...days} />,
              )}
            </span>
          </dd>
        </div>
        <div className="headline">
          <dt>{headline.lastsUntil}</dt>
          <dd>
            {isFigure(lastsUntil) ? (
              <>
                <ResultFigure
                  className="headline-figure headline-date"
                  resultKey="lastsUntil"
                  {...lastsUntil}
                />
                <RangeLine text={lastsUntil.range} />
              </>
            ) : (
              <ResultFigure
                className="headline-figure headline-date"
                resultKey="lastsUntil"
                exact={null}
                display={explainResultReason(lastsUntil, headline.reasons, lang)}
              />
            )}
            {usedAsFast ? (
              <span className="headline-sub headline-flag" data-flag="lastsUntil">
                {headline.usedAsFast}
              </span>
            ) : (
              <span className="headline-sub">{headline.fromFirst}</span>
            )}
          </dd>
        </div>
      </dl>
      {note ? <p className="headline-note">{note}</p> : null}
      <ResultsAnnouncer message={announcement} />
    </>
  );
}
