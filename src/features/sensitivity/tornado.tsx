import { memo, useMemo, type CSSProperties } from 'react';
import { doubtAbout, type Doubt } from '../../facts/doubt';
import { formatAxisTick } from '../../i18n/format';
import { SWING_KEYS, type Inputs, type SwingKey } from '../../model/inputs';
import type { Ranges } from '../../model/ranges';
import { monthsSwings, type Swing, type SwingSpans } from '../../model/sensitivity';
import { useLang, useLaterMessages } from '../../store/store';
import { endsText, leadSentence, monthsText, rowSpanText, valueText } from './tornado-words';
import './sensitivity.css';

/** Round ticks from 0 to at least `max`, six at most: 9.9 → 0, 2, 4, 6, 8, 10. */
function axisTicks(max: number): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/** A position on the shared axis, as a CSS percentage clamped to the axis. */
function percentOf(value: number, axisMax: number): string {
  return `${String(Math.min(100, Math.max(0, (value / axisMax) * 100)))}%`;
}

interface SwingRowProps {
  swing: Swing;
  doubt: Doubt;
  axisMax: number;
  currentAt: string;
}

function SwingRow({ swing, doubt, axisMax, currentAt }: SwingRowProps) {
  const later = useLaterMessages();
  const { sensitivity: words, assumptions } = later;
  const lang = useLang();
  const { key, interval, monthsAtLow, monthsAtHigh } = swing;
  const lowIsLeft = monthsAtLow <= monthsAtHigh;
  const left = {
    months: Math.min(monthsAtLow, monthsAtHigh),
    at: lowIsLeft ? interval.low : interval.high,
  };
  const right = {
    months: Math.max(monthsAtLow, monthsAtHigh),
    at: lowIsLeft ? interval.high : interval.low,
  };
  const barStyle: CSSProperties = {
    left: percentOf(left.months, axisMax),
    right: `calc(100% - ${percentOf(right.months, axisMax)})`,
  };
  return (
    <tr>
      <th scope="row">
        {assumptions.labels[key]}
        <span className="tornado-span">{rowSpanText(swing, doubt, later, lang)}</span>
      </th>
      <td className="tornado-cell">
        <span className="visually-hidden">{endsText(swing, words, lang)}</span>
        <span className="tornado-track" aria-hidden="true">
          <span className="tornado-bar" style={barStyle}>
            <span className="tornado-end tornado-end-left">
              <b>{monthsText(left.months, lang)}</b>
              <span>{words.at(valueText(key, left.at, lang))}</span>
            </span>
            <span className="tornado-end tornado-end-right">
              <b>{monthsText(right.months, lang)}</b>
              <span>{words.at(valueText(key, right.at, lang))}</span>
            </span>
          </span>
          <span className="tornado-now" style={{ left: currentAt }} />
        </span>
      </td>
    </tr>
  );
}

interface TornadoProps {
  /** The inputs to vary; pass deferred values, this is a memo component. */
  inputs: Inputs;
  ranges: Ranges;
  /** The statement whose doubt the bars span. */
  statementId: string;
}

/** The intervals of a statement's doubt, by assumption. */
function spansOf(doubt: Record<SwingKey, Doubt>): SwingSpans {
  return Object.fromEntries(SWING_KEYS.map((key) => [key, doubt[key].interval])) as SwingSpans;
}

/**
 * "What matters most": each assumption moved alone across its range or the doubt about the chosen
 * statement (never counts of other dates: `src/facts/doubt.ts`), as a
 * table whose bars share one axis of months of fire, largest swing first, with the current months
 * marked; one sentence names the assumption that matters most.
 */
export const Tornado = memo(function Tornado({ inputs, ranges, statementId }: TornadoProps) {
  const { sensitivity: words, assumptions } = useLaterMessages();
  const lang = useLang();
  const doubt = useMemo(() => doubtAbout(statementId), [statementId]);
  const sensitivity = useMemo(
    () => monthsSwings(inputs, ranges, spansOf(doubt)),
    [inputs, ranges, doubt],
  );
  const { months, swings, unvaried } = sensitivity;
  const ends = swings.flatMap((swing) => [swing.monthsAtLow, swing.monthsAtHigh]);
  const ticks = axisTicks(Math.max(months, ...ends));
  const axisMax = ticks.at(-1) ?? 1;
  const currentAt = percentOf(months, axisMax);
  const lead = leadSentence(sensitivity, words, lang);
  const now = monthsText(months, lang);

  return (
    <section className="sensitivity" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading" className="section-title">
        {words.title}
      </h2>
      <p className="section-dek">{words.dek(now)}</p>
      {lead ? <p className="sensitivity-lead">{lead}</p> : null}
      <div className="table-scroll">
        <table className="data-table tornado">
          <caption className="visually-hidden">{words.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.assumptionColumn}</th>
              <th scope="col">{words.monthsColumn(now)}</th>
            </tr>
          </thead>
          <tbody>
            {swings.map((swing) => (
              <SwingRow
                key={swing.key}
                swing={swing}
                doubt={doubt[swing.key]}
                axisMax={axisMax}
                currentAt={currentAt}
              />
            ))}
          </tbody>
          <tfoot aria-hidden="true">
            <tr>
              <td />
              <td className="tornado-cell">
                <span className="tornado-axis">
                  {ticks.map((tick) => (
                    <span
                      key={tick}
                      className="tornado-tick"
                      style={{ left: percentOf(tick, axisMax) }}
                    >
                      {formatAxisTick(tick, lang)}
                    </span>
                  ))}
                </span>
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {unvaried.length > 0 ? (
        <p className="tornado-note">
          {words.notVaried(
            unvaried.map((key) => {
              const reason = doubt[key];
              return {
                label: assumptions.labels[key],
                why: words.unvaried[reason.interval === null ? reason.why : 'unpublished'],
              };
            }),
          )}
        </p>
      ) : null}
    </section>
  );
});
