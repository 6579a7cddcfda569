import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import './result-figure.css';

/**
 * Whether every figure writes its exact value under it: the page's "Show exact values" switch.
 * Off, the exact value shows on hover (and stays in `data-value`); the figures are never Tab stops.
 */
export const ExactValues = createContext(false);

interface ResultFigureProps {
  /** The contract's result key, written to `data-result`. */
  resultKey: string;
  /** The exact value for `data-value`, or null when the result cannot be computed. */
  exact: number | string | boolean | null;
  /** What the reader sees: rounded honestly, or the reason there is no value. */
  display: ReactNode;
  /** The exact value in words, shown on hover or with exact values on; omitted when display is exact. */
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

/** Escape closes what the pointer opened (WCAG 1.4.13) until the pointer leaves: while `on`. */
function useEscape(on: boolean, close: () => void): void {
  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') close();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
    };
  }, [on, close]);
}

/**
 * One result as the contract marks it: `data-result` always, `data-value` only when there is a
 * value. With a detail, the exact value shows on hover, and under the figure while exact values
 * are on; a figure does nothing on focus, so it is not a Tab stop.
 */
export function ResultFigure({
  resultKey,
  exact,
  display,
  detail,
  className,
  spread,
}: ResultFigureProps) {
  const showExact = useContext(ExactValues);
  const [hovered, setHovered] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  useEscape(hovered && !dismissed && !showExact, () => {
    setDismissed(true);
  });
  const valueAttributes = dataAttributes(exact, spread);
  if (detail === undefined) {
    return (
      <span className={className} data-result={resultKey} {...valueAttributes}>
        {display}
      </span>
    );
  }
  const state = showExact ? ' shows-exact' : dismissed ? ' detail-dismissed' : '';
  return (
    <span
      className={`${className ?? ''} has-detail${state}`}
      data-result={resultKey}
      {...valueAttributes}
      onMouseEnter={() => {
        setHovered(true);
      }}
      onMouseLeave={() => {
        setHovered(false);
        setDismissed(false);
      }}
    >
      {display}
      {/* On hover a copy of what the page's exact values show: read as text only when they are on. */}
      <span className="figure-detail" aria-hidden={showExact ? undefined : true}>
        {detail}
      </span>
    </span>
  );
}
