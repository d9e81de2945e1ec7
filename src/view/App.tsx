import { useState } from 'react';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { useStore } from '../state/store';
import { Details } from './details/Details';
import { ErrorBoundary } from './ErrorBoundary';
import { FocusControls } from './FocusControls';
import { GraphView } from './graph/GraphView';
import { Legend } from './Legend';
import { EmbedView } from './EmbedView';
import { LinkNotices } from './LinkNotices';
import { LoadingBar } from './LoadingBar';
import { LoadErrors, ProblemList } from './LoadProblems';
import { ShareButton } from './ShareDialog';
import { ExportMenu } from './export/ExportMenu';
import { OpenDataset } from './OpenDataset';
import { RelationsTable } from './RelationsTable';
import { SearchBox } from './SearchBox';
import { StatusBar } from './StatusBar';
import { FiltersPanel } from './filters/FiltersPanel';
import { Timeline } from './timeline/Timeline';
import type { LoadedDataset } from '../state/loaded';

export function App() {
  const loaded = useStore((s) => s.loaded);
  const embed = useStore((s) => s.embed);
  const opening = useStore((s) => s.loading !== null);

  if (embed && loaded) return <EmbedView loaded={loaded} />;
  return (
    <div className="app">
      <header className="toolbar">
        <h1>Faultlines</h1>
        <OpenDataset />
        {loaded && <Toolbar loaded={loaded} />}
      </header>
      <LoadingBar />
      <LoadErrors />
      <LinkNotices />
      {loaded ? (
        <Workspace loaded={loaded} />
      ) : (
        // while the first dataset opens, the loading bar above says so
        <main className="empty" aria-busy={opening}>
          {!opening && <p>No dataset is open. Open a faultlines/1 JSON file, or drop one on the page.</p>}
        </main>
      )}
    </div>
  );
}

function Toolbar({ loaded }: { loaded: LoadedDataset }) {
  const tableOpen = useStore((s) => s.tableOpen);
  const setTableOpen = useStore((s) => s.setTableOpen);
  const analysisOpen = useStore((s) => s.analysisOpen);
  const setAnalysisOpen = useStore((s) => s.setAnalysisOpen);
  return (
    <>
      <p className="dataset-title" title={loaded.valid.dataset.meta.description}>
        {loaded.valid.dataset.meta.title}
      </p>
      <SearchBox actors={loaded.valid.dataset.actors} />
      <FocusControls />
      <button type="button" aria-pressed={tableOpen} onClick={() => setTableOpen(!tableOpen)}>
        Table
      </button>
      <button type="button" aria-pressed={analysisOpen} onClick={() => setAnalysisOpen(!analysisOpen)}>
        Analysis
      </button>
      <ShareButton />
      <ExportMenu />
    </>
  );
}

function Workspace({ loaded }: { loaded: LoadedDataset }) {
  const tableOpen = useStore((s) => s.tableOpen);
  const analysisOpen = useStore((s) => s.analysisOpen);
  const { warnings, warningCount } = loaded.valid;
  return (
    <main className={tableOpen ? 'workspace with-table' : 'workspace'}>
      <div className="graph-area">
        <ErrorBoundary
          what="graph drawing"
          stillWorks="Search, the Details panel and the Table (button above) still work."
          key={loaded.serial}
        >
          <GraphView loaded={loaded} />
        </ErrorBoundary>
      </div>
      <div className="under-graph">
        <ErrorBoundary what="timeline">
          <Timeline loaded={loaded} key={loaded.serial} />
        </ErrorBoundary>
        <Legend loaded={loaded} />
      </div>
      <aside className="side" tabIndex={0} aria-label="Side panel">
        {analysisOpen && (
          <ErrorBoundary what="analysis panel">
            <AnalysisPanel loaded={loaded} />
          </ErrorBoundary>
        )}
        <FiltersSection loaded={loaded} />
        <ErrorBoundary what="details panel">
          <Details loaded={loaded} />
        </ErrorBoundary>
        {warningCount > 0 && (
          <section className="problems warnings" aria-label="Warnings">
            <h2>
              {warningCount} warning{warningCount === 1 ? '' : 's'} in {loaded.name}
            </h2>
            <ProblemList problems={warnings} total={warningCount} />
          </section>
        )}
      </aside>
      {tableOpen && (
        <section className="table-panel" aria-label="Relations table" tabIndex={-1}>
          <ErrorBoundary what="table">
            <RelationsTable loaded={loaded} />
          </ErrorBoundary>
        </section>
      )}
      <footer className="footer">
        <StatusBar loaded={loaded} />
      </footer>
    </main>
  );
}

/** The filters, counted only while their panel is open (counting scans the date range). */
function FiltersSection({ loaded }: { loaded: LoadedDataset }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="filters-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Filters</summary>
      {open && (
        <ErrorBoundary what="filters panel">
          <FiltersPanel loaded={loaded} />
        </ErrorBoundary>
      )}
    </details>
  );
}
