import { useEffect, useRef, useState } from 'react';
import { formatApprox, formatDate, formatFixed } from '../../i18n/format';
import type { Results } from '../../model/results';

/** How long the headline results must stay still before they are read out. */
export const ANNOUNCE_DELAY_MS = 600;

/**
 * The headline results as one sentence to hear: "About 3.0 million working shells, 9.9 months of
 * Russian fire, lasting until July 9, 2024."
 */
export function resultsSentence(
  results: Pick<Results, 'totalShells' | 'monthsOfFire' | 'lastsUntil'>,
  locale: string,
): string {
  const shells = `About ${formatApprox(results.totalShells, locale)} working shells`;
  const months = `${formatFixed(results.monthsOfFire, locale, 1)} months of Russian fire`;
  return results.lastsUntil.ok
    ? `${shells}, ${months}, lasting until ${formatDate(results.lastsUntil.value, locale)}.`
    : `${shells}, ${months}.`;
}

/**
 * A polite live region that reads `message` out once it has stopped changing for
 * ANNOUNCE_DELAY_MS: silent on load (the results are on screen), silent while a slider is moving,
 * silent when the results come back to what was last heard.
 */
export function ResultsAnnouncer({ message }: { message: string }) {
  const [announced, setAnnounced] = useState('');
  // What the reader last had: the first results on screen, then each announcement.
  const heard = useRef(message);

  useEffect(() => {
    if (message === heard.current) return;
    const timer = setTimeout(() => {
      heard.current = message;
      setAnnounced(message);
    }, ANNOUNCE_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [message]);

  return (
    <p
      className="results-announcer visually-hidden"
      role="status"
      aria-live="polite"
      aria-atomic="true"
    >
      {announced}
    </p>
  );
}
