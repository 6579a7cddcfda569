import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/app.css';
import { useCalculatorStore } from './store/calculator-store';
import { startUrlSync } from './store/url-sync';

useCalculatorStore.getState().actions.loadQuery(window.location.search);
startUrlSync();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
