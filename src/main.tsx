import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore, type FilterChoices } from './state/store';
import { App } from './view/App';
import { ErrorBoundary } from './view/ErrorBoundary';
import { drawStats } from './view/graph/drawStats';
import './view/app.css';

// A handle for browser tests, benchmarks and page scripts: the live renderer, and
// the store's filter action (what the timeline's controls call).
Object.defineProperty(window, 'faultlinesDebug', {
  value: Object.assign(drawStats, {
    setFilters: (patch: Partial<FilterChoices>) => useStore.getState().setFilters(patch),
  }),
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="app" stillWorks="Reload the page to start again; your files were not changed.">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
