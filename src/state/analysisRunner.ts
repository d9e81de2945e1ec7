// Runs the analysis panel's questions on what the filters show, in the analysis
// worker: again after each filter step or setting change (debounced, so a dragged
// slider or Play does not queue runs), with a stale run terminated as soon as a
// newer one starts. Ties are computed here, on the page: the answers point into them.

import type { AnalysisMessage, AnalysisRequest } from '../model/analysisProtocol';
import { campChanges, diffViews, groupDiff } from '../model/compare';
import type { DayRange } from '../model/dayRangeText';
import { FilterEngine } from '../model/filterEngine';
import { sameStaticFilters } from '../model/filters';
import { signedTies, type SignedTies, type TieList } from '../model/signedTies';
import { createAnalysisWorker } from './createAnalysisWorker';
import type { LoadedDataset } from './loaded';
import { weightsFor } from './tieWeights';
import { currentFilters, useStore, type Store } from './store';

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

/** Runs one request in a worker of its own; resolves null when a newer request on the channel cancelled it. */
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

/** The ties alone, without the relation lists the worker does not need. */
function tieList(ties: SignedTies): TieList {
  const { actorCount, count, a, b, positive, negative } = ties;
  return { actorCount, count, a, b, positive, negative };
}

let tieCache: { step: Store['step']; weights: Float64Array; ties: SignedTies } | null = null;

/** The ties of what is shown now. */
function currentTies(s: Store, loaded: LoadedDataset, engine: FilterEngine): SignedTies {
  const weights = weightsFor(s, loaded);
  if (tieCache && tieCache.step === s.step && tieCache.weights === weights) return tieCache.ties;
  const ties = signedTies(loaded.index, engine.visible, weights);
  tieCache = { step: s.step, weights, ties };
  return ties;
}

async function analyse(): Promise<void> {
  const s = useStore.getState();
  if (!s.loaded || !s.engine) return;
  const ties = currentTies(s, s.loaded, s.engine);
  s.publishAnalysis({ analysisProgress: { stage: 'starting', fraction: 0 }, analysisError: null });
  const m = await run(
    'analysis',
    { type: 'analyse', ties: tieList(ties), options: { k: s.analysisSettings.k } },
    (stage, fraction) => useStore.getState().publishAnalysis({ analysisProgress: { stage, fraction } }),
  );
  if (!m) return;
  const publish = useStore.getState().publishAnalysis;
  if (m.type === 'analysed') publish({ analysis: { ties, analysis: m.analysis }, analysisProgress: null });
  else publish({ analysisError: m.type === 'failed' ? m.message : 'unexpected answer', analysisProgress: null });
}

async function findPath(): Promise<void> {
  const s = useStore.getState();
  const query = s.pathQuery;
  const x = query.from === null ? undefined : s.loaded?.index.actorOrdinal.get(query.from);
  const y = query.to === null ? undefined : s.loaded?.index.actorOrdinal.get(query.to);
  if (!s.loaded || !s.engine || x === undefined || y === undefined) {
    cancel('path');
    if (s.path) s.publishAnalysis({ path: null });
    return;
  }
  const ties = currentTies(s, s.loaded, s.engine);
  const options = { cooperativeOnly: query.cooperativeOnly };
  const m = await run('path', { type: 'path', ties: tieList(ties), from: x, to: y, options });
  if (!m) return;
  const publish = useStore.getState().publishAnalysis;
  if (m.type === 'path') publish({ path: { query, ties, paths: m.paths } });
  else publish({ analysisError: m.type === 'failed' ? m.message : 'unexpected answer' });
}

/** Which relations a range shows under the other current filters (Focus included). */
function visibleIn(s: Store, loaded: LoadedDataset, range: DayRange): Uint8Array {
  const engine = new FilterEngine(loaded.index);
  engine.apply({ ...currentFilters(s), from: range.from, to: range.to });
  return engine.visible;
}

async function compare(): Promise<void> {
  const s = useStore.getState();
  const query = s.compareQuery;
  if (!s.loaded || !query) {
    cancel('compare');
    return;
  }
  const { loaded } = s;
  const weights = weightsFor(s, loaded);
  const visibleA = visibleIn(s, loaded, query.a);
  const visibleB = visibleIn(s, loaded, query.b);
  const tiesA = signedTies(loaded.index, visibleA, weights);
  const tiesB = signedTies(loaded.index, visibleB, weights);
  const groups = groupDiff(loaded.index, visibleA, visibleB);
  const actors = new Uint8Array(loaded.index.actorCount);
  for (let i = 0; i < loaded.index.relationCount; i++) {
    if (!visibleA[i] && !visibleB[i]) continue;
    actors[loaded.index.source[i]] = 1;
    actors[loaded.index.target[i]] = 1;
  }
  const comparison = {
    query,
    tiesA,
    tiesB,
    diff: diffViews(visibleA, visibleB, tiesA, tiesB),
    groups,
    actors,
    blocs: null,
    camps: null,
  };
  s.publishAnalysis({ comparison });
  const k = s.analysisSettings.k;
  const m = await run('compare', { type: 'compare', a: tieList(tiesA), b: tieList(tiesB), k });
  if (!m) return;
  const publish = useStore.getState().publishAnalysis;
  if (m.type === 'compared') {
    publish({ comparison: { ...comparison, blocs: m.blocs, camps: campChanges(m.blocs[0], m.blocs[1]).changes } });
  } else publish({ analysisError: m.type === 'failed' ? m.message : 'unexpected answer' });
}

function cancelAll(): void {
  for (const channel of [...jobs.keys()]) cancel(channel);
}

/** Keeps the analyses in step with the view while the panel is open; returns the stop. */
export function followAnalysis(): () => void {
  let timer = 0;
  const schedule = (delay: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      void analyse();
      void findPath();
    }, delay);
  };
  schedule(0);
  if (useStore.getState().compareQuery) void compare();
  const unsubscribe = useStore.subscribe((s, p) => {
    if (s.loaded !== p.loaded) cancelAll();
    const settingsChanged =
      s.analysisSettings.k !== p.analysisSettings.k || s.analysisSettings.claimed !== p.analysisSettings.claimed;
    if (s.step !== p.step || settingsChanged) schedule(DEBOUNCE_MS);
    else if (s.pathQuery !== p.pathQuery) void findPath();
    // a comparison has its own dates: only the other filters, the settings and the dataset redo it
    const otherFilters = () => {
      const [a, b] = [currentFilters(s), currentFilters(p)];
      return !sameStaticFilters(a, b) || a.focus?.actor !== b.focus?.actor || a.focus?.hops !== b.focus?.hops;
    };
    if (
      s.compareQuery &&
      (s.compareQuery !== p.compareQuery || settingsChanged || s.loaded !== p.loaded || otherFilters())
    ) {
      void compare();
    } else if (!s.compareQuery && p.compareQuery) cancel('compare');
  });
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
    cancelAll();
    useStore.getState().publishAnalysis({ analysisProgress: null });
  };
}
