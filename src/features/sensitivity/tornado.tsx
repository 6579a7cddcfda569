import { memo, useMemo, type CSSProperties } from 'react';
import { PUBLISHED_SPANS } from '../../facts/published-spans';
import { formatAxisTick, formatExact, formatFixed, formatPercent } from '../../i18n/format';
import { INPUT_LABELS } from '../../i18n/input-labels';
import type { Inputs } from '../../model/inputs';
import type { Interval, Ranges } from '../../model/ranges';
import { monthsSwings, type Sensitivity, type Swing, type SwingKey } from '../../model/sensitivity';
import './sensitivity.css';

const LOCALE = 'en';

/** Each assumption as the subject of a sentence. */
const SUBJECTS: Record<SwingKey, string> = {
  containers: 'The number of containers',
  perContainer: 'The number of shells per container',
  share: 'The share of containers holding shells',
  usable: 'The share of shells that work',
  daily: "Russia's daily fire",
};

/** The unit after a span of values; percentages carry their sign instead. */
const SPAN_UNITS: Record<SwingKey, string> = {
  containers: ' containers',
  perContainer: ' shells a container',
  share: '',
  usable: '',
  daily: ' shells a day',
};

/** Why an assumption was not varied: so far only for want of a published figure. */
const UNVARIED_REASON = 'no published figure';

function valueText(key: SwingKey, value: number): string {
  return key === 'share' || key === 'usable'
    ? formatPercent(value, LOCALE)
    : formatExact(value, LOCALE);
}

function spanText(key: SwingKey, { low, high }: Interval): string {
  return `${valueText(key, low)} to ${valueText(key, high)}${SPAN_UNITS[key]}`;
}

function monthsText(months: number): string {
  return formatFixed(months, LOCALE, 1);
}

/** The one sentence naming the assumption that matters most, or null when nothing was varied. */
function leadSentence({ months, swings }: Sensitivity): string | null {
  const top = swings[0];
  if (!top) return null;
  if (top.monthsAtLow === top.monthsAtHigh) {
    return `None of these assumptions moves months of fire from ${monthsText(months)}.`;
  }
  return `${SUBJECTS[top.key]} matters most: from ${spanText(top.key, top.interval)}, months of fire go from ${monthsText(top.monthsAtLow)} to ${monthsText(top.monthsAtHigh)}.`;
}

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
  axisMax: number;
  currentAt: string;
}

function SwingRow({ swing, axisMax, currentAt }: SwingRowProps) {
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
        {INPUT_LABELS[key]}
        <span className="tornado-span">
          {spanText(key, interval)},{' '}
          {swing.source === 'range' ? 'your 90% range' : 'published figures'}
        </span>
      </th>
      <td className="tornado-cell">
        <span className="visually-hidden">
          {monthsText(monthsAtLow)} months at {valueText(key, interval.low)},{' '}
          {monthsText(monthsAtHigh)} months at {valueText(key, interval.high)}
        </span>
        <span className="tornado-track" aria-hidden="true">
          <span className="tornado-bar" style={barStyle}>
            <span className="tornado-end tornado-end-left">
              <b>{monthsText(left.months)}</b>
              <span>at {valueText(key, left.at)}</span>
            </span>
            <span className="tornado-end tornado-end-right">
              <b>{monthsText(right.months)}</b>
              <span>at {valueText(key, right.at)}</span>
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
}

/**
 * "What matters most": each assumption moved alone across its range or its published span, as a
 * table whose bars share one axis of months of fire, largest swing first, with the current months
 * marked; one sentence names the assumption that matters most.
 */
export const Tornado = memo(function Tornado({ inputs, ranges }: TornadoProps) {
  const sensitivity = useMemo(
    () => monthsSwings(inputs, ranges, PUBLISHED_SPANS),
    [inputs, ranges],
  );
  const { months, swings, unvaried } = sensitivity;
  const ends = swings.flatMap((swing) => [swing.monthsAtLow, swing.monthsAtHigh]);
  const ticks = axisTicks(Math.max(months, ...ends));
  const axisMax = ticks.at(-1) ?? 1;
  const currentAt = percentOf(months, axisMax);
  const lead = leadSentence(sensitivity);

  return (
    <section className="sensitivity" aria-labelledby="sensitivity-heading">
      <h2 id="sensitivity-heading" className="section-title">
        What matters most
      </h2>
      <p className="section-dek">
        Each assumption moved alone from the lowest to the highest published figure (or across your
        own range), the others held where they are. The dark line marks months of fire now:{' '}
        {monthsText(months)}.
      </p>
      {lead ? <p className="sensitivity-lead">{lead}</p> : null}
      <div className="table-scroll">
        <table className="data-table tornado">
          <caption className="visually-hidden">
            Months of fire with one assumption at each end of its span
          </caption>
          <thead>
            <tr>
              <th scope="col">Assumption, span tried</th>
              <th scope="col">Months of fire (now {monthsText(months)})</th>
            </tr>
          </thead>
          <tbody>
            {swings.map((swing) => (
              <SwingRow key={swing.key} swing={swing} axisMax={axisMax} currentAt={currentAt} />
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
                      {formatAxisTick(tick, LOCALE)}
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
          Not varied:{' '}
          {unvaried.map((key) => `${INPUT_LABELS[key]} (${UNVARIED_REASON})`).join('; ')}.
        </p>
      ) : null}
    </section>
  );
});
