import { stringifyQuery } from '../url/query';
import { useCalculatorStore } from './calculator-store';

const WRITE_DELAY_MS = 120;

/**
 * Keeps the address bar equal to the state with `history.replaceState`, writing at most once per
 * 120 ms (browsers refuse floods of history calls). Returns the function that stops it.
 */
export function startUrlSync(win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastQuery = stringifyQuery(useCalculatorStore.getState());

  const write = (query: string) => {
    if (query === win.location.search || (query === '' && win.location.search === '')) return;
    const url = `${win.location.pathname}${query}${win.location.hash}`;
    try {
      win.history.replaceState(win.history.state, '', url);
    } catch {
      // A sandboxed or rate-limited history keeps the old address; the page itself is unaffected.
    }
  };

  write(lastQuery);
  const unsubscribe = useCalculatorStore.subscribe((state) => {
    const query = stringifyQuery(state);
    if (query === lastQuery) return;
    lastQuery = query;
    clearTimeout(timer);
    timer = setTimeout(() => {
      write(query);
    }, WRITE_DELAY_MS);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
