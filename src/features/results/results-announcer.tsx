import { useEffect, useRef, useState } from 'react';
import type { FirstMessages } from '../../i18n/catalogue';
import { formatApprox, formatDate, formatFixed } from '../../i18n/format';
import type { Results } from '../../model/results';
import type { Lang } from '../../url/view-options';

/** How long the headline results must stay still before they are read out. */
export const ANNOUNCE_DELAY_MS = 600;

/**
 * The headline results as one sentence to hear: "About 3.0 million working shells, 9.9 months of
 * Russian fire, lasting until July 9, 2024." (`words` is the `headline` namespace of `lang`).
 */
export function resultsSentence(
  results: Pick<Results, 'totalShells' | 'monthsOfFire' | 'lastsUntil'>,
  words: FirstMessages['headline'],
  lang: Lang,
): string {
  return words.announce(
    formatApprox(results.totalShells, lang),
    formatFixed(results.monthsOfFire, lang, 1),
    results.lastsUntil.ok ? formatDate(results.lastsUntil.value, lang) : null,
  );
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
