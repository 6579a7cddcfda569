import { stringifyQuery } from '../url/query';
import { startService } from './service';
import { useStore } from './store';

const WRITE_DELAY_MS = 120;

/**
 * Keeps the address bar equal to the state with `history.replaceState`: at once (a link with
 * refused or unknown parameters is rewritten as the page shows it), then at most once per 120 ms
 * (browsers refuse floods of history calls). Returns the function that stops it.
 */
export function startUrlSync(win: Window = window, store = useStore): () => void {
  return startService('url sync', (named) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastQuery = stringifyQuery(store.getState());

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
    const unsubscribe = store.subscribe(
      named((state) => {
        const query = stringifyQuery(state);
        if (query === lastQuery) return;
        lastQuery = query;
        clearTimeout(timer);
        timer = setTimeout(
          named(() => {
            write(query);
          }),
          WRITE_DELAY_MS,
        );
      }),
    );
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  });
}
