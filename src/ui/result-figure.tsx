import { useId, type ReactNode } from 'react';
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
      className={`${className ?? ''} has-detail`}
      data-result={resultKey}
      {...valueAttributes}
      tabIndex={0}
      aria-describedby={detailId}
    >
      {display}
      {/* Hidden from the accessible name, still read as the description: heard once, not twice. */}
      <span className="figure-detail" id={detailId} aria-hidden="true">
        {detail}
      </span>
    </span>
  );
}
