/**
 * The embedded calculator's side of CONTRACT §5: tells the host page its content height and its
 * results, and takes the host's `shell-count:set` requests through the URL's validation.
 */
import { hasRanges } from '../model/ranges';
import { computeResults } from '../model/results';
import { samplingKey } from '../store/sampled-slice';
import { startService } from '../store/service';
import { useStore } from '../store/store';
import { stringifyQuery } from '../url/query';
import {
  applySetParams,
  heightMessages,
  isHeightRequest,
  readSetMessage,
  resultsMessage,
  sameResults,
  withMedians,
  type ResultsMessage,
} from './messages';

/** Runs an event handler's work; nothing it throws may reach the browser's event loop. */
function guarded(work: () => void): void {
  try {
    work();
  } catch {
    // A broken measurement or a detached parent must not break the page itself.
  }
}

/**
 * Starts talking to `win.parent` and returns the function that stops it. Meant for the embed
 * (`embed=1`) inside a frame; in a top-level window it does nothing.
 *
 * - Height: the content's height, `Math.ceil(documentElement.getBoundingClientRect().height)`
 *   (not `scrollHeight`, which is never less than the frame's own height and so could never let it
 *   shrink), posted as the three messages of `heightMessages` whenever it changes, never while the
 *   document is hidden (the latest is sent when it is shown again), never twice the same, never 0.
 * - Results: posted once at start and after every change of the results.
 * - `shell-count:set` from the parent (and only from it) is loaded as a query string, as a link
 *   would be, and answered with exactly one results message, even when nothing changed.
 * - `shell-count:get-height` from the parent (embed.js, which may have started listening after
 *   the height was sent) is answered with the height messages, even when the height is the same.
 *
 * Everything goes to the parent with target origin `*`: the page cannot know who embeds it, and
 * what it sends is public.
 */
export function startEmbedBridge(win: Window = window): () => void {
  if (win.parent === win) return () => undefined;
  return startService('embed bridge', () => talkToParent(win));
}

function talkToParent(win: Window): () => void {
  const doc = win.document;

  const post = (message: unknown): void => {
    try {
      win.parent.postMessage(message, '*');
    } catch {
      // A detached or closed parent: nobody is listening.
    }
  };

  let lastHeight: number | undefined;
  const sendHeight = (): void => {
    if (doc.hidden) return;
    const height = Math.ceil(doc.documentElement.getBoundingClientRect().height);
    if (!Number.isFinite(height) || height <= 0 || height === lastHeight) return;
    lastHeight = height;
    for (const message of heightMessages(height, win.location.href)) post(message);
  };

  let lastSent: unknown;
  let lastResults: ResultsMessage | undefined;
  let resultsPosted = 0;
  const sendResults = (always: boolean): void => {
    const { inputs, ranges } = useStore.getState();
    let results = computeResults(inputs);
    let basis: unknown = inputs;
    if (hasRanges(ranges)) {
      // With ranges the page shows the sampled medians: wait for the sampling of these inputs.
      const sampled = useStore.getState().sampled.page;
      if (sampled?.key !== samplingKey(inputs, ranges)) return;
      results = withMedians(results, sampled.results);
      basis = sampled;
    }
    if (!always && basis === lastSent) return;
    lastSent = basis;
    const message = resultsMessage(results);
    if (!always && lastResults !== undefined && sameResults(message, lastResults)) return;
    lastResults = message;
    resultsPosted += 1;
    post(message);
  };

  const onMessage = (event: MessageEvent): void => {
    guarded(() => {
      // `null === null` when the frame is detached: a message without a source is never the parent's.
      if (event.source === null || event.source !== win.parent) return;
      if (isHeightRequest(event.data)) {
        // Hidden, nothing is sent now; being unset, the height is sent when the page is shown.
        lastHeight = undefined;
        sendHeight();
        return;
      }
      const set = readSetMessage(event.data);
      if (set === null) return;
      const state = useStore.getState();
      const postedBefore = resultsPosted;
      state.actions.loadQuery(applySetParams(stringifyQuery(state), set.params));
      // The store's subscriber has already answered when the results changed.
      if (resultsPosted === postedBefore) sendResults(true);
    });
  };
  const onHeightChange = (): void => {
    guarded(sendHeight);
  };

  const Observer = (win as Window & typeof globalThis).ResizeObserver as
    typeof ResizeObserver | undefined;
  const observer = Observer === undefined ? undefined : new Observer(onHeightChange);
  observer?.observe(doc.documentElement);
  // The body is null only in a document without one (not the app's); the type does not say so.
  const body = doc.body as HTMLElement | null;
  if (body) observer?.observe(body);
  // Without ResizeObserver (very old browsers), a change of the frame's width is the best hint.
  if (observer === undefined) win.addEventListener('resize', onHeightChange);
  doc.addEventListener('visibilitychange', onHeightChange);
  win.addEventListener('message', onMessage);
  const onChange = () => {
    guarded(() => {
      sendResults(false);
    });
  };
  const unsubscribe = useStore.subscribe(onChange);

  guarded(sendHeight);
  guarded(() => {
    sendResults(true);
  });

  return () => {
    unsubscribe();
    observer?.disconnect();
    win.removeEventListener('resize', onHeightChange);
    doc.removeEventListener('visibilitychange', onHeightChange);
    win.removeEventListener('message', onMessage);
  };
}
