// What every exported picture says about itself: the dataset, the date range, a
// legend of what is drawn, and where the relations come from.

import type { FilterEngine } from '../../model/filterEngine';
import { ACTOR_KINDS } from '../../model/types';
import type { LoadedDataset } from '../../state/loaded';
import type { Store } from '../../state/store';
import { summariseView, summaryLine } from '../../state/viewSummary';
import { blocName, communityName } from '../analysis/blocNames';
import { colouringOf, communityRanks } from '../graph/nodeColours';
import { BLOC_COLOURS, COMMUNITY_COLOURS, KIND_COLOURS, typeColour, UNPLACED_NODE } from '../palette';

export interface Caption {
  title: string;
  range: string;
  legend: { colour: string; label: string; shape: 'node' | 'edge' | 'dashed' }[];
  attribution: string;
}

export function caption(loaded: LoadedDataset, engine: FilterEngine, s: Store): Caption {
  const { actors, relations } = loaded.valid.dataset;
  const summary = summariseView(loaded, engine, s);
  const kinds = new Set<number>();
  actors.forEach((_, a) => {
    if (engine.actorVisible[a]) kinds.add(loaded.index.actorKind[a]);
  });
  const types = new Set<string>();
  const publishers = new Set<string>();
  let contested = false;
  relations.forEach((r, i) => {
    if (!engine.visible[i]) return;
    types.add(r.type);
    if (r.status === 'denied' || r.status === 'disputed') contested = true;
    for (const e of r.evidence ?? []) {
      const src = loaded.sourcesById.get(e.source);
      if (src) publishers.add(src.publisher ?? src.title);
    }
  });
  const legend: Caption['legend'] = analysisLegend(s) ?? [];
  const colouring = colouringOf(loaded, s.appColours);
  if (legend.length === 0 && colouring === 'file') {
    legend.push({ colour: UNPLACED_NODE, label: "actors in the file's own colours", shape: 'node' });
  } else if (legend.length === 0 && colouring === 'community') {
    const { sizes } = communityRanks(loaded.communities);
    sizes.slice(0, COMMUNITY_COLOURS.length).forEach((n, r) => {
      legend.push({ colour: COMMUNITY_COLOURS[r], label: `community ${r + 1} (${n})`, shape: 'node' });
    });
  } else if (legend.length === 0) {
    ACTOR_KINDS.forEach((k, i) => {
      if (kinds.has(i)) legend.push({ colour: KIND_COLOURS[k], label: k.replace('-', ' '), shape: 'node' });
    });
  }
  for (const t of loaded.valid.types.values()) {
    if (types.has(t.id))
      legend.push({ colour: typeColour(t), label: `${t.label}${t.directed ? ' →' : ''}`, shape: 'edge' });
  }
  if (contested) legend.push({ colour: '#5f5f5f', label: 'dashed: denied or disputed', shape: 'dashed' });
  const list = [...publishers].sort();
  const shown = list.length > 6 ? `${list.slice(0, 6).join(', ')} and ${list.length - 6} more` : list.join(', ');
  return {
    title: loaded.valid.dataset.meta.title,
    range: `${summaryLine(summary)} · ${summary.counts}`,
    legend,
    attribution: `Sources: ${shown || 'none'} · made with Faultlines`,
  };
}

/** The actors' legend when the analysis panel colours them by bloc or community (as the graph draws them). */
function analysisLegend(s: Store): Caption['legend'] | null {
  const answer = s.analysis?.analysis;
  if (!s.analysisOpen || !answer || (s.diffShown && s.comparison)) return null;
  if (s.analysisSettings.colourBy === 'bloc') {
    return answer.blocs.sizes.map((n, b) => ({
      colour: BLOC_COLOURS[b],
      label: `bloc ${blocName(b)} (${n})`,
      shape: 'node' as const,
    }));
  }
  if (s.analysisSettings.colourBy === 'community') {
    const shown = Math.min(answer.communities.count, COMMUNITY_COLOURS.length);
    return Array.from({ length: shown }, (_, c) => ({
      colour: COMMUNITY_COLOURS[c],
      label: `community ${communityName(c)}${answer.communities.count > shown && c === shown - 1 ? ' and others' : ''}`,
      shape: 'node' as const,
    }));
  }
  return null;
}
