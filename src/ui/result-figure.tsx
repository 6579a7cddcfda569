import { useId, useState, type ReactNode } from 'react';
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
  /** With ranges: the 5th and 95th percentiles, for `data-low` and `data-high` (CONTRACT §4). */
  spread?: { low: number | string; high: number | string } | null | undefined;
}

/** The contract's data attributes of a figure: value, and with ranges its 90% interval. */
function dataAttributes(
  exact: ResultFigureProps['exact'],
  spread: ResultFigureProps['spread'],
): Record<string, string> {
  if (exact === null) return {};
  return spread
    ? {
        'data-value': String(exact),
        'data-low': String(spread.low),
        'data-high': String(spread.high),
      }
    : { 'data-value': String(exact) };
}

/**
 * One result as the contract marks it: `data-result` always, `data-value` only when there is a
 * value. With a detail, the figure takes focus and shows the exact value on hover and focus.
 */
export function ResultFigure({
  resultKey,
  exact,
  display,
  detail,
  className,
  spread,
}: ResultFigureProps) {
  const detailId = useId();
  // Escape closes the exact value shown on hover and focus, until focus or the pointer leaves.
  const [dismissed, setDismissed] = useState(false);
  const valueAttributes = dataAttributes(exact, spread);
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
