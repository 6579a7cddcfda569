import { formatApprox, formatFixed } from '../../i18n/format';
import type { share } from '../../i18n/messages/en/share';
import type { Results } from '../../model/results';

/**
 * The headline as one short sentence to go with a shared link:
 * "About 3.0 million shells: 9.9 months of Russian fire."
 */
export function shareSentence(
  results: Pick<Results, 'totalShells' | 'monthsOfFire'>,
  words: Pick<typeof share, 'shareText'>,
  lang: string,
): string {
  return words.shareText(
    formatApprox(results.totalShells, lang),
    formatFixed(results.monthsOfFire, lang, 1),
  );
}
