import { formatApprox, formatFixed } from '../../i18n/format';
import type { Results } from '../../model/results';

/** The name a shared link carries. */
export const SHARE_TITLE = 'Shell Count';

/**
 * The headline as one short sentence to go with a shared link:
 * "About 3.0 million shells: 9.9 months of Russian fire."
 */
export function shareSentence(
  results: Pick<Results, 'totalShells' | 'monthsOfFire'>,
  locale: string,
): string {
  return `About ${formatApprox(results.totalShells, locale)} shells: ${formatFixed(results.monthsOfFire, locale, 1)} months of Russian fire.`;
}
