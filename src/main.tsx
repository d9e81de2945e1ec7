import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './state/boot';
import { useStore } from './state/store';
import { App } from './view/App';
import { debugHandle } from './view/debugHandle';
import { ErrorBoundary } from './view/ErrorBoundary';
import { keepOwnPage } from './view/export/briefingFile';
import { RendererContext, RendererRegistry } from './view/graph/rendererRegistry';
import './view/styles/base.css';
import './view/styles/layout.css';
import './view/styles/graph.css';
import './view/styles/toolbar.css';
import './view/styles/timeline.css';
import './view/styles/panels.css';
import './view/styles/analysis.css';
import './view/styles/briefing.css';

const registry = new RendererRegistry();
Object.defineProperty(window, 'faultlinesDebug', { value: debugHandle(registry, useStore) });

// a single-file page is the source of its own briefing files: kept before anything changes it
keepOwnPage(document);
// the dataset starts loading in its worker at once, while the page renders
void boot();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary what="app" stillWorks="Reload the page to start again; your files were not changed.">
      <RendererContext.Provider value={registry}>
        <App />
      </RendererContext.Provider>
    </ErrorBoundary>
  </StrictMode>,
);
