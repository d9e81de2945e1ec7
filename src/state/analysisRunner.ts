// Runs the analysis panel's questions on what the filters show, in the analysis
// worker. A filter step or setting change stops the runs under way at once (their
// answers would be for a view that is gone) and starts new ones when the view has
// rested (debounced, so a dragged slider or Play does not queue runs). The page
// only gathers columns; the worker builds the ties and answers with them.

import type { ViewColumns } from '../model/analysis';
import type { AnalysisMessage, AnalysisRequest } from '../model/analysisProtocol';
import { campChanges, renumberBlocs } from '../model/compare';
import { sameStaticFilters } from '../model/filters';
import { createAnalysisWorker } from './createAnalysisWorker';
import type { LoadedDataset } from './loaded';
import { selectFilters } from './selectors';
import { useStore, type Store } from './store';
import { weightsFor } from './tieWeights';

/** A step that rests this long starts a run: longer than a slider's steps, shorter than Play's. */
const DEBOUNCE_MS = 250;

type Channel = 'analysis' | 'path' | 'compare';

interface Job {
  worker: Worker;
  resolve(message: AnalysisMessage | null): void;
}

const jobs = new Map<Channel, Job>();

function cancel(channel: Channel): void {
  const job = jobs.get(channel);
  if (!job) return;
  jobs.delete(channel);
  job.worker.terminate();
  // marks for tests and the browser's performance panel: runs started, finished, cancelled
  performance.mark(`faultlines-${channel}-cancelled`);
  job.resolve(null);
}

/** Runs one request in a worker of its own; resolves null when it was cancelled. */
function run(
  channel: Channel,
  request: AnalysisRequest,
  onProgress: (stage: string, fraction: number) => void = () => {},
): Promise<AnalysisMessage | null> {
  cancel(channel);
  let worker: Worker;
  try {
    worker = createAnalysisWorker();
  } catch (e) {
    return Promise.resolve({ type: 'failed', message: `the analysis could not start: ${String(e)}` });
  }
  return new Promise((resolve) => {
    const job: Job = { worker, resolve };
    jobs.set(channel, job);
    performance.mark(`faultlines-${channel}-start`);
    const finish = (message: AnalysisMessage) => {
      if (jobs.get(channel) !== job) return;
      jobs.delete(channel);
      worker.terminate();
      performance.mark(`faultlines-${channel}-done`);
      resolve(message);
    };
    worker.onerror = (e) => finish({ type: 'failed', message: `the analysis failed: ${e.message}` });
    worker.onmessage = (event: MessageEvent<AnalysisMessage>) => {
      const m = event.data;
      if (m.type === 'progress') {
        if (jobs.get(channel) === job) onProgress(m.stage, m.fraction);
      } else finish(m);
    };
    worker.postMessage(request);
  });
}

let columnCache: { loaded: LoadedDataset; weights: Float64Array; columns: ViewColumns } | null = null;

/** The per-relation columns of the open dataset with the current weights (made once per change). */
function viewColumns(s: Store, loaded: LoadedDataset): ViewColumns {
  const weights = weightsFor(loaded, s.analysisSettings, s.reportedBy);
  if (columnCache && columnCache.loaded === loaded && columnCache.weights === weights) return columnCache.columns;
  const { actorCount, relationCount, groupCount, source, target, group } = loaded.index;
  const columns = { actorCount, relationCount, groupCount, source, target, group, weight: weights };
  columnCache = { loaded, weights, columns };
  return columns;
}

const failure = (m: AnalysisMessage) => (m.type === 'failed' ? m.message : `unexpected answer "${m.type}"`);

async function analyse(): Promise<void> {
  const s = useStore.getState();
  if (!s.loaded || !s.engine) return;
  const k = s.analysisSettings.k;
  s.publishAnalysis({ analysisProgress: { stage: 'starting', fraction: 0 }, analysisError: null });
  const request: AnalysisRequest = {
    type: 'analyse',
    columns: viewColumns(s, s.loaded),
    visible: s.engine.visible,
    options: { k },
  };
  const m = await run('analysis', request, (stage, fraction) =>
    useStore.getState().publishAnalysis({ analysisProgress: { stage, fraction } }),
  );
  if (!m) return;
  const now = useStore.getState();
  if (m.type !== 'analysed') {
    now.publishAnalysis({ analysisError: failure(m), analysisProgress: null });
    return;
  }
  // keep each bloc's letter (and colour) where it was, as far as the new split allows
  let { blocs } = m.analysis;
  const previous = now.analysis?.analysis.blocs;
  if (previous && previous.k === blocs.k) blocs = renumberBlocs(blocs, campChanges(previous, blocs).mapping);
  now.publishAnalysis({ analysis: { ties: m.ties, analysis: { ...m.analysis, blocs } }, analysisProgress: null });
}

async function findPath(): Promise<void> {
  const s = useStore.getState();
  const query = s.pathQuery;
  const x = query.from === null ? undefined : s.loaded?.index.actorOrdinal.get(query.from);
  const y = query.to === null ? undefined : s.loaded?.index.actorOrdinal.get(query.to);
  if (!s.loaded || !s.engine || x === undefined || y === undefined) {
    cancel('path');
    return;
  }
  const request: AnalysisRequest = {
    type: 'path',
    columns: viewColumns(s, s.loaded),
    visible: s.engine.visible,
    from: x,
    to: y,
    options: { cooperativeOnly: query.cooperativeOnly },
  };
  const m = await run('path', request);
  if (!m) return;
  const now = useStore.getState();
  if (now.pathQuery !== query) return; // asked again meanwhile: that run answers
  if (m.type === 'path') now.publishAnalysis({ path: { query, ties: m.ties, paths: m.paths }, pathError: null });
  else now.publishAnalysis({ path: null, pathError: failure(m) });
}

async function compare(): Promise<void> {
  const s = useStore.getState();
  const query = s.compareQuery;
  if (!s.loaded || !s.engine || !query) {
    cancel('compare');
    return;
  }
  const { index } = s.loaded;
  const request: AnalysisRequest = {
    type: 'compare',
    // Focus aside: the date-independent filters, with each period's dates
    columns: {
      ...viewColumns(s, s.loaded),
      mask: s.engine.staticMask,
      start: index.start,
      end: index.end,
      undated: index.undated,
      once: index.once,
    },
    a: query.a,
    b: query.b,
    k: s.analysisSettings.k,
  };
  s.publishAnalysis({ compareError: null });
  const m = await run('compare', request);
  if (!m) return;
  const now = useStore.getState();
  if (now.compareQuery !== query) return;
  if (m.type === 'compared') now.publishAnalysis({ comparison: { ...m.answer, query } });
  else now.publishAnalysis({ compareError: failure(m) });
}

function cancelAll(): void {
  for (const channel of [...jobs.keys()]) cancel(channel);
}

/** Keeps the analyses in step with the view while the panel is open; returns the stop. */
export function followAnalysis(): () => void {
  let timer = 0;
  let compareDue = false;
  const schedule = (delay: number, withComparison: boolean) => {
    compareDue ||= withComparison;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      void analyse();
      void findPath();
      if (compareDue) void compare();
      compareDue = false;
    }, delay);
  };
  schedule(0, useStore.getState().compareQuery !== null);
  const unsubscribe = useStore.subscribe((s, p) => {
    if (s.loaded !== p.loaded) cancelAll();
    const settingsChanged =
      s.analysisSettings.k !== p.analysisSettings.k ||
      s.analysisSettings.claimed !== p.analysisSettings.claimed ||
      s.analysisSettings.contested !== p.analysisSettings.contested ||
      s.analysisSettings.unacted !== p.analysisSettings.unacted;
    // a comparison has its own dates: only the other filters, the settings and the dataset redo it
    const comparisonStale =
      s.compareQuery !== null &&
      (settingsChanged || s.loaded !== p.loaded || !sameStaticFilters(selectFilters(s), selectFilters(p)));
    if (s.step !== p.step || settingsChanged) {
      // what runs now answers for a view that is gone
      cancel('analysis');
      cancel('path');
      if (comparisonStale) cancel('compare');
      s.publishAnalysis({ analysisProgress: { stage: 'waiting', fraction: 0 } });
      schedule(DEBOUNCE_MS, comparisonStale);
    } else if (s.pathQuery !== p.pathQuery) void findPath();
    if (s.compareQuery !== p.compareQuery) {
      if (s.compareQuery) void compare();
      else cancel('compare');
    }
  });
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
    cancelAll();
    useStore.getState().publishAnalysis({ analysisProgress: null });
  };
}
