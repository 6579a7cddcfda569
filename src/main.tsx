// The shared styles come first, so that each feature's own styles follow them in the cascade.
import './app/theme.css';
import './app/app.css';
import './app/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { FeatureBoundary } from './app/feature-boundary';
import { useCalculatorStore } from './store/calculator-store';
import { startLanguageSync } from './store/language-store';

useCalculatorStore.getState().actions.loadQuery(window.location.search);

// Embedded in a page (`embed=1` inside a frame): report height and results to the host, take its
// `shell-count:set` requests (CONTRACT §5). Loaded on demand: only embeds in a frame need it, and
// the host script asks for the height again once it is listening.
if (useCalculatorStore.getState().embed && window.parent !== window) {
  void import('./embed/embed-bridge').then(({ startEmbedBridge }) => startEmbedBridge());
}

// English is in this bundle; Korean and Ukrainian wait for their first-screen words, so the page
// never flashes English at a reader who asked for another language. If they cannot load, English.
const { ready } = startLanguageSync();
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
  ready.then(render, render);
}
