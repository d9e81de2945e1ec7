import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './view/App';
import { ErrorBoundary } from './view/ErrorBoundary';
import { drawStats } from './view/graph/drawStats';
import './view/app.css';

// A read-only handle on the live renderer for browser tests and page scripts.
Object.defineProperty(window, 'faultlinesDebug', { value: drawStats });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="app" stillWorks="Reload the page to start again; your files were not changed.">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
