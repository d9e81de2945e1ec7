// Keeps the URL hash and the store in step: the hash mirrors the view, and
// opening a link (or going back and forward) restores it. Discrete changes push a
// history entry; continuous ones (a moving date, the camera) replace it.

import type { LoadedDataset } from './loaded';
import { useStore, type Store } from './store';
import { decodeView, encodeView, type UrlView } from './urlCodec';

export function viewOfStore(s: Store): UrlView {
  return {
    data: s.dataUrl ?? undefined,
    fingerprint: s.loaded?.fingerprint,
    dateMode: s.dateMode,
    from: s.from,
    to: s.to,
    asOf: s.asOf,
    includeUndated: s.includeUndated,
    showIsolated: s.showIsolated,
    hiddenTypes: [...s.hiddenTypes],
    hiddenKinds: [...s.hiddenKinds],
    hiddenStatuses: [...s.hiddenStatuses],
    minSources: s.minSources,
    reportedBy: s.reportedBy,
    selection: s.selection,
    focusHops: s.focusHops,
    camera: s.camera,
    embed: s.embed,
    analysis: s.analysisOpen
      ? {
          ...s.analysisSettings,
          path: s.pathQuery.from !== null || s.pathQuery.to !== null ? { ...s.pathQuery } : null,
          compare: s.compareQuery,
          diffShown: s.compareQuery !== null && s.diffShown,
        }
      : null,
  };
}

/** Drops what the open dataset does not have, naming each. */
function cleanAgainstData(view: UrlView, loaded: LoadedDataset): { view: UrlView; notices: string[] } {
  const notices: string[] = [];
  const types = loaded.valid.types;
  const hiddenTypes = view.hiddenTypes.filter((t) => {
    if (types.has(t)) return true;
    notices.push(`ignored the type "${t}": this dataset has no such type`);
    return false;
  });
  let selection = view.selection;
  if (selection?.kind === 'actor' && !loaded.actorsById.has(selection.id)) {
    notices.push(`ignored the selected actor "${selection.id}": it is not in this dataset`);
    selection = null;
  } else if (selection?.kind === 'edge' && !loaded.groupByKey.has(selection.key)) {
    notices.push('ignored the selected line: it is not in this dataset');
    selection = null;
  }
  let analysis = view.analysis;
  if (analysis?.path) {
    const ends = [analysis.path.from, analysis.path.to].map((id) => {
      if (id === null || loaded.actorsById.has(id)) return id;
      notices.push(`ignored the path's end "${id}": it is not in this dataset`);
      return null;
    });
    const path = ends[0] === null && ends[1] === null ? null : { ...analysis.path, from: ends[0], to: ends[1] };
    analysis = { ...analysis, path };
  }
  const fp = loaded.fingerprint;
  if (view.fingerprint !== undefined && view.fingerprint !== fp) {
    notices.push(
      `this link was made on different data (fingerprint ${view.fingerprint}; the open dataset is ${fp}): what you see may differ from what the sender saw`,
    );
  }
  return {
    view: { ...view, hiddenTypes, selection, focusHops: selection?.kind === 'actor' ? view.focusHops : 0, analysis },
    notices,
  };
}

/** Applies a hash to the store (after the dataset it names is open). */
export function applyHash(hash: string): void {
  const s = useStore.getState();
  const decoded = decodeView(hash);
  if (!s.loaded) return;
  const { view, notices } = cleanAgainstData(decoded.view, s.loaded);
  s.applyView(view, [...decoded.notices, ...notices]);
}

const CONTINUOUS: (keyof UrlView)[] = ['from', 'to', 'asOf', 'camera'];

/** Mirrors the store in the hash from now on; returns a function that stops it. */
export function startUrlSync(): () => void {
  // compared in normal form, so a link written differently is not rewritten on opening
  let lastView = viewOfStore(useStore.getState());
  let last = encodeView(lastView);
  let restoring = false;
  const unsubscribe = useStore.subscribe((s) => {
    if (!s.loaded || s.applyingView || restoring) return;
    const view = viewOfStore(s);
    const hash = encodeView(view);
    if (hash === last) return;
    const changed = (Object.keys(view) as (keyof UrlView)[]).filter(
      (k) => JSON.stringify(view[k]) !== JSON.stringify(lastView[k]),
    );
    const continuous = changed.every((k) => CONTINUOUS.includes(k)) || s.playing;
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    if (continuous) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    last = hash;
    lastView = view;
  });
  // back and forward: restore the view the entry holds, without writing history
  const onPop = () => {
    restoring = true;
    try {
      applyHash(location.hash);
    } finally {
      restoring = false;
    }
    lastView = viewOfStore(useStore.getState());
    last = encodeView(lastView);
  };
  window.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPop);
  };
}
