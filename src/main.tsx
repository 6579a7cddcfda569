// The shared styles come first, so that each feature's own styles follow them in the cascade.
import './app/theme.css';
import './app/app.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { FeatureBoundary } from './app/feature-boundary';
import { printedHeight } from './app/embed-print';
import { articleLangOf } from './embed/article-lang';
import { startLanguageSync } from './store/language-sync';
import { startSampling } from './store/sampling-service';
import { useStore } from './store/store';
import { startUrlSync } from './store/url-sync';

const { actions } = useStore.getState();
actions.loadQuery(window.location.search);
// An embed that follows its article: embed.js wrote the article's language into the frame's
// address before it loaded, so that the first paint is in it (CONTRACT §6, "Embed code").
const articleLang = useStore.getState().embed ? articleLangOf(window.location.hash) : null;
if (articleLang !== null) actions.followArticle(articleLang);

// Every service the page runs, started here and stopped together (on a hot reload in development).
const stops: (() => void)[] = [startUrlSync(), startSampling()];

// Embedded in a page (`embed=1` inside a frame): report height and results to the host, take its
// `shell-count:set` requests (CONTRACT §5). Loaded on demand: only embeds in a frame need it, and
// the host script asks for the height again once it is listening.
if (useStore.getState().embed && window.parent !== window) {
  void import('./embed/embed-bridge').then(({ startEmbedBridge }) => {
    stops.push(startEmbedBridge(window, { printHeight: printedHeight }));
  });
}

// English is in this bundle; Korean and Ukrainian wait for their first-screen words, so the page
// never flashes English at a reader who asked for another language. If they cannot load, English.
const language = startLanguageSync();
stops.push(language.stop);

import.meta.hot?.dispose(() => {
  for (const stop of stops) stop();
});

const root = document.getElementById('root');
if (root) {
  const render = () => {
    createRoot(root).render(
      <StrictMode>
        <FeatureBoundary part="calculator">
          <App />
        </FeatureBoundary>
      </StrictMode>,
    );
  };
  language.ready.then(render, render);
}
