// The shared styles come first, so that each feature's own styles follow them in the cascade.
import './app/theme.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { FeatureBoundary } from './app/feature-boundary';
import { useCalculatorStore } from './store/calculator-store';
import { startEmbedBridge } from './embed/embed-bridge';
import { startUrlSync } from './store/url-sync';

useCalculatorStore.getState().actions.loadQuery(window.location.search);
startUrlSync();

// Embedded in a page (`embed=1` inside a frame): report height and results to the host, take its
// `shell-count:set` requests (CONTRACT §5). Bundled in, not loaded on demand: a chunk of its own
// would split the modules it shares with the page into a third chunk, costing more than it saves.
if (useCalculatorStore.getState().embed && window.parent !== window) startEmbedBridge();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <FeatureBoundary what="The calculator">
        <App />
      </FeatureBoundary>
    </StrictMode>,
  );
}
