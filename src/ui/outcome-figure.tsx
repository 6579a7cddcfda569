import type { Outcome, Reason } from '../model/reason';
import { ResultFigure } from './result-figure';

interface OutcomeFigureProps<T extends number | string> {
  resultKey: string;
  /** A result that may not be computable, with the reason when it is not. */
  outcome: Outcome<T>;
  format: (value: T) => string;
  /** The reason in words, in the page's language (`explainResultReason` with its words). */
  explain: (reason: Reason) => string;
  detail?: ((value: T) => string) | undefined;
  className?: string | undefined;
  /** With ranges: the 5th and 95th percentiles, for `data-low` and `data-high`. */
  spread?: { low: number; high: number } | null | undefined;
  /** False while the value is a stand-in (ranges still being sampled): no `data-value` yet. */
  known?: boolean | undefined;
}

/**
 * A result that may be missing: its value formatted, or the reason in words with no `data-value`
 * (CONTRACT §4). `deliveryDays` with end before start → "Must be after the first delivery (…)".
 */
export function OutcomeFigure<T extends number | string>({
  outcome,
  format,
  explain,
  detail,
  known = true,
  ...figure
}: OutcomeFigureProps<T>) {
  return outcome.ok ? (
    <ResultFigure
      {...figure}
      exact={known ? outcome.value : null}
      display={format(outcome.value)}
      detail={detail?.(outcome.value)}
    />
  ) : (
    <ResultFigure {...figure} exact={null} display={explain(outcome.reason)} />
  );
}
