import { useRef, useState, type CSSProperties } from 'react';
import { AnalysisPanel } from './analysis/AnalysisPanel';
import { useStore } from '../state/store';
import { Details } from './details/Details';
import { ErrorBoundary } from './ErrorBoundary';
import { FocusControls } from './FocusControls';
import { GraphView } from './graph/GraphView';
import { Legend } from './Legend';
import { EmbedView } from './EmbedView';
import { BriefingSection } from './briefing/BriefingPanel';
import { PresentView } from './briefing/PresentView';
import { LinkNotices } from './LinkNotices';
import { UntypedQuestion } from './UntypedQuestion';
import { EventsBar } from './EventsBar';
import { MappingDialog } from './MappingDialog';
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
import { SideGutter } from './layout/SideGutter';
import { SkipLinks } from './SkipLinks';
import { Splitter } from './layout/Splitter';
import { SIDE_MIN, TABLE_MIN, usePaneLimits } from './layout/usePaneLimits';
import type { LoadedDataset } from '../state/loaded';

export function App() {
  const loaded = useStore((s) => s.loaded);
  const embed = useStore((s) => s.embed);
  const opening = useStore((s) => s.loading !== null);

  const presenting = useStore((s) => s.presenting !== null);

  if (embed && loaded) return <EmbedView loaded={loaded} />;
  if (presenting && loaded) return <PresentView loaded={loaded} />;
  return (
    <div className="app">
      {loaded && <SkipLinks />}
      <header className="toolbar">
        <h1>Faultlines</h1>
        <OpenDataset />
        {loaded && <Toolbar loaded={loaded} />}
      </header>
      {/* however many messages, the workspace keeps its room: they scroll within a third of the window */}
      <div className="messages">
        <LoadingBar />
        <LoadErrors />
        <LinkNotices />
        {loaded && <UntypedQuestion loaded={loaded} />}
        {loaded && <EventsBar loaded={loaded} />}
      </div>
      <MappingDialog />
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
  const setPaneSizes = useStore((s) => s.setPaneSizes);
  return (
    <>
      <p className="dataset-title" title={titleTooltip(loaded)}>
        {loaded.valid.dataset.meta.title}
      </p>
      <div className="toolbar-tools">
        <SearchBox actors={loaded.valid.dataset.actors} />
        <FocusControls />
        <button type="button" aria-pressed={tableOpen} onClick={() => setTableOpen(!tableOpen)}>
          Table
        </button>
        <button
          type="button"
          aria-pressed={analysisOpen}
          onClick={() => {
            // the analysis lives in the side panel: opening it shows the panel
            if (!analysisOpen) setPaneSizes({ sideCollapsed: false });
            setAnalysisOpen(!analysisOpen);
          }}
        >
          Analysis
        </button>
        <ShareButton />
        <ExportMenu />
      </div>
    </>
  );
}

/** The full title (a narrow toolbar cuts it short), then the description. */
function titleTooltip(loaded: LoadedDataset): string {
  const { title, description } = loaded.valid.dataset.meta;
  return description ? `${title}\n${description}` : title;
}

function Workspace({ loaded }: { loaded: LoadedDataset }) {
  const tableOpen = useStore((s) => s.tableOpen);
  const analysisOpen = useStore((s) => s.analysisOpen);
  const sideCollapsed = useStore((s) => s.sideCollapsed);
  const sideWidth = useStore((s) => s.sideWidth);
  const tableHeight = useStore((s) => s.tableHeight);
  const setPaneSizes = useStore((s) => s.setPaneSizes);
  const workspace = useRef<HTMLElement>(null);
  const { sideMax, tableMax } = usePaneLimits(workspace);
  // fixed ids: the skip links (SkipLinks.tsx) point at them
  const sideId = 'side';
  const tableId = 'table';
  // what the user asked for, within what this window allows (their choice is kept for a larger window)
  const side = Math.max(SIDE_MIN, Math.min(sideWidth, sideMax));
  const table = Math.max(TABLE_MIN, Math.min(tableHeight, tableMax));
  const sizes = { '--side-width': `${side}px`, '--table-height': `${table}px` } as CSSProperties;
  const { warnings, warningCount } = loaded.valid;
  return (
    <main ref={workspace} className="workspace" style={sizes}>
      <div className="graph-area" id="graph">
        {/* the legend's headings (h3) are a key to the graph: they go under this one */}
        <h2 className="visually-hidden">Graph</h2>
        <ErrorBoundary
          what="graph drawing"
          stillWorks="Search, the Details panel and the Table (button above) still work."
          key={loaded.serial}
        >
          <GraphView loaded={loaded} />
        </ErrorBoundary>
      </div>
      <div className="under-graph" id="timeline">
        <ErrorBoundary what="timeline">
          <Timeline loaded={loaded} key={loaded.serial} />
        </ErrorBoundary>
        <Legend loaded={loaded} />
      </div>
      <SideGutter sideId={sideId} width={side} max={sideMax} />
      <aside id={sideId} className="side" tabIndex={0} aria-label="Side panel" hidden={sideCollapsed}>
        <BriefingSection loaded={loaded} />
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
        <>
          <Splitter
            orientation="horizontal"
            label="Resize table"
            controls={tableId}
            value={table}
            min={TABLE_MIN}
            max={tableMax}
            onResize={(tableHeight) => setPaneSizes({ tableHeight })}
          />
          <section id={tableId} className="table-panel" aria-label="Relations table" tabIndex={-1}>
            <ErrorBoundary what="table">
              <RelationsTable loaded={loaded} />
            </ErrorBoundary>
          </section>
        </>
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
