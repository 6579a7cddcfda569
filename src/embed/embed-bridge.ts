/**
 * The embedded calculator's side of CONTRACT §5: tells the host page its content height and its
 * results, and takes the host's `shell-count:set` requests through the URL's validation.
 */
import { FACTS_REVIEWED } from '../facts/reviewed';
import { mediansOf } from '../model/evaluate';
import { changedInputKeys } from '../store/calculator-slice';
import { startService } from '../store/service';
import type { AppState } from '../store/state';
import { useStore } from '../store/store';
import { evaluationView } from '../store/use-evaluation';
import { SCHEMA_VERSION } from '../url/migrations';
import { stringifyQuery } from '../url/query';
import {
  applySetParams,
  heightMessages,
  isHeightRequest,
  readArticleMessage,
  readSetMessage,
  resultsMessage,
  sameMessage,
  type PrintHeightMessage,
  type ResultsMessage,
  type TitleMessage,
} from './messages';

interface BridgeOptions {
  /**
   * The page's height on paper, in CSS px, for `shell-count:print-height`: embed.js gives the
   * frame that height while its article prints. Without it, no print height is sent.
   */
  printHeight?: (doc: Document) => number;
}

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
 * - Results: posted with their `meta` once final (sampled, in the language's own words) at start
 *   and after every change of them or of `meta`.
 * - `shell-count:set` from the parent (and only from it) is loaded as a query string, as a link
 *   would be, and answered with exactly one results message once final, even when nothing
 *   changed; a burst of sets made while samples are drawn gets one answer each, all telling the
 *   figures the page then shows.
 * - `shell-count:get-height` from the parent (embed.js, which may have started listening after
 *   the height was sent) is answered with the height messages, even when the height is the same,
 *   and the title message.
 * - Print height: `{ type: 'shell-count:print-height', height }`, the page's height on paper,
 *   after each height message when it has changed, for embed.js to size the frame while the
 *   article prints.
 * - Title: `{ type: 'shell-count:title', title, lang }`, the frame's name in the language on
 *   screen, at start and whenever the language changes; embed.js writes it on the iframe.
 * - `shell-count:article` from the parent (embed.js: the article's `<html lang>`) is followed
 *   when the link names no language.
 *
 * Everything goes to the parent with target origin `*`: the page cannot know who embeds it, and
 * what it sends is public.
 */
export function startEmbedBridge(
  win: Window = window,
  { printHeight }: BridgeOptions = {},
): () => void {
  if (win.parent === win) return () => undefined;
  return startService('embed bridge', () => talkToParent(win, printHeight));
}

/**
 * The results message for what the page shows, once it is final: null while the samples of the
 * inputs on screen are still being drawn, or the words of a new language are still loading.
 * With ranges, each value is the sampled median, as the page's `data-value`.
 */
function finalResults(state: AppState): ResultsMessage | null {
  if (state.pendingLang !== null) return null;
  const view = evaluationView(state);
  if (!view.final) return null;
  return resultsMessage(mediansOf(view.evaluation), {
    v: SCHEMA_VERSION,
    scenario: changedInputKeys(state).length === 0 ? state.scenarioId : null,
    factsReviewed: FACTS_REVIEWED,
    lang: state.language.lang,
  });
}

function talkToParent(win: Window, printHeight: BridgeOptions['printHeight']): () => void {
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
    sendPrintHeight();
  };

  let lastPrintHeight: number | undefined;
  const sendPrintHeight = (): void => {
    if (printHeight === undefined) return;
    const height = Math.ceil(printHeight(doc));
    if (!Number.isFinite(height) || height <= 0 || height === lastPrintHeight) return;
    lastPrintHeight = height;
    post({ type: 'shell-count:print-height', height } satisfies PrintHeightMessage);
  };

  let lastResults: ResultsMessage | undefined;
  // Accepted `set`s not answered yet: each gets exactly one results message, once final.
  let unanswered = 0;
  const sendResults = (): void => {
    const message = finalResults(useStore.getState());
    if (message === null) return;
    const changed = lastResults === undefined || !sameMessage(message, lastResults);
    const count = Math.max(unanswered, changed ? 1 : 0);
    unanswered = 0;
    lastResults = message;
    for (let sent = 0; sent < count; sent += 1) post(message);
  };

  // Unset, the title is sent as soon as the language on screen is final.
  let lastTitle: string | undefined;
  const sendTitle = (): void => {
    const { language, pendingLang } = useStore.getState();
    const title = language.first.page.embedTitle;
    if (pendingLang !== null || title === lastTitle) return;
    lastTitle = title;
    post({ type: 'shell-count:title', title, lang: language.lang } satisfies TitleMessage);
  };

  const onMessage = (event: MessageEvent): void => {
    guarded(() => {
      // `null === null` when the frame is detached: a message without a source is never the parent's.
      if (event.source === null || event.source !== win.parent) return;
      if (isHeightRequest(event.data)) {
        // Hidden, nothing is sent now; being unset, the height is sent when the page is shown.
        lastHeight = undefined;
        lastPrintHeight = undefined;
        sendHeight();
        lastTitle = undefined;
        sendTitle();
        return;
      }
      const article = readArticleMessage(event.data);
      if (article !== null) {
        useStore.getState().actions.followArticle(article);
        return;
      }
      const set = readSetMessage(event.data);
      if (set === null) return;
      const state = useStore.getState();
      // Counted first: the store's subscriber may answer it while the query loads.
      unanswered += 1;
      state.actions.loadQuery(applySetParams(stringifyQuery(state), set.params));
      sendResults();
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
    guarded(sendResults);
    guarded(sendTitle);
  };
  const unsubscribe = useStore.subscribe(onChange);

  guarded(sendHeight);
  guarded(sendResults);
  guarded(sendTitle);

  return () => {
    unsubscribe();
    observer?.disconnect();
    win.removeEventListener('resize', onHeightChange);
    doc.removeEventListener('visibilitychange', onHeightChange);
    win.removeEventListener('message', onMessage);
  };
}
