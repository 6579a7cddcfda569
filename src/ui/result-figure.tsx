import { useId, useState, type ReactNode } from 'react';
import { explainReason } from '../i18n/explain';
import type { Outcome } from '../model/reason';
import './result-figure.css';

interface ResultFigureProps {
  /** The contract's result key, written to `data-result`. */
  resultKey: string;
  /** The exact value for `data-value`, or null when the result cannot be computed. */
  exact: number | string | boolean | null;
  /** What the reader sees: rounded honestly, or the reason there is no value. */
  display: ReactNode;
  /** The exact value in words, shown on hover and focus; omitted when display is already exact. */
  detail?: string | undefined;
  className?: string | undefined;
}

/**
 * One result as the contract marks it: `data-result` always, `data-value` only when there is a
 * value. With a detail, the figure takes focus and shows the exact value on hover and focus.
 */
export function ResultFigure({ resultKey, exact, display, detail, className }: ResultFigureProps) {
  const detailId = useId();
  // Escape closes the exact value shown on hover and focus, until focus or the pointer leaves.
  const [dismissed, setDismissed] = useState(false);
  const valueAttributes = exact === null ? {} : { 'data-value': String(exact) };
  if (detail === undefined) {
    return (
      <span className={className} data-result={resultKey} {...valueAttributes}>
        {display}
      </span>
    );
  }
  return (
    <span
      className={`${className ?? ''} has-detail${dismissed ? ' detail-dismissed' : ''}`}
      data-result={resultKey}
      {...valueAttributes}
      tabIndex={0}
      aria-describedby={detailId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setDismissed(true);
      }}
      onBlur={() => {
        setDismissed(false);
      }}
      onMouseLeave={() => {
        setDismissed(false);
      }}
    >
      {display}
      {/* Hidden from the accessible name, still read as the description: heard once, not twice. */}
      <span className="figure-detail" id={detailId} aria-hidden="true">
        {detail}
      </span>
    </span>
  );
}

interface OutcomeFigureProps<T extends number | string> {
  resultKey: string;
  /** A result that may not be computable, with the reason when it is not. */
  outcome: Outcome<T>;
  format: (value: T) => string;
  detail?: ((value: T) => string) | undefined;
  className?: string | undefined;
}

/**
 * A result that may be missing: its value formatted, or the reason in words with no `data-value`
 * (CONTRACT §4). `deliveryDays` with end before start → "Must be after the first delivery (…)".
 */
export function OutcomeFigure<T extends number | string>({
  outcome,
  format,
  detail,
  ...figure
}: OutcomeFigureProps<T>) {
  return outcome.ok ? (
    <ResultFigure
      {...figure}
      exact={outcome.value}
      display={format(outcome.value)}
      detail={detail?.(outcome.value)}
    />
  ) : (
    <ResultFigure {...figure} exact={null} display={explainReason(outcome.reason)} />
  );
}
