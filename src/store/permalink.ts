import { permalinkOf } from '../url/permalink';
import { stringifyQuery } from '../url/query';
import { useStore } from './store';

/**
 * The full calculator's link to what the page shows now, read when asked (a download's click), not
 * subscribed to: a subscription would redraw a chart within every keystroke.
 */
export function currentPermalink(): string {
  return permalinkOf(stringifyQuery({ ...useStore.getState(), embed: false }));
}
