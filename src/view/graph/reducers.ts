// How each actor and line is drawn, from the engine's arrays, the selection, the
// hovered actor and the analysis marks: sigma's reducers, O(1) per item (they
// read arrays and sets computed once per change).

import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { GROUP_ABSENT, GROUP_FLIPPED, GROUP_GONE, GROUP_NEW } from '../../model/compare';
import type { FilterEngine } from '../../model/filterEngine';
import type { LoadedDataset } from '../../state/loaded';
import type { Selection } from '../../state/viewFields';
import {
  CONTESTED_EDGE,
  DIMMED_EDGE,
  DIMMED_NODE,
  FLIPPED_EDGE,
  GONE_EDGE,
  KEPT_EDGE,
  NEW_EDGE,
  PATH_EDGE,
} from '../palette';
import type { AnalysisOverlay } from './analysisOverlay';
import type { EdgeAttributes, NodeAttributes } from './buildGraph';
import { contestedLabel } from './contested';
import { edgeSize, nodeSize, type DrawingSettings } from './drawingSettings';

/** What the reducers read: replaced or mutated by the renderer as the view changes. */
export interface DrawState {
  readonly loaded: LoadedDataset;
  readonly engine: FilterEngine;
  readonly settings: DrawingSettings;
  /** node sizes shrink in small panes (an embed at 400x300) */
  sizeScale: number;
  selection: Selection | null;
  hovered: string | null;
  hoveredNeighbours: ReadonlySet<string>;
  /** what the analysis panel marks: blocs, measures, paths, a comparison */
  overlay: AnalysisOverlay;
}

export function reduceNode(node: string, data: NodeAttributes, s: DrawState): Partial<NodeDisplayData> {
  const a = data.ordinal;
  const o = s.overlay;
  if (!(o.diffActors ? o.diffActors[a] : s.engine.actorVisible[a])) return { ...data, hidden: true };
  const size = o.nodeMeasure
    ? (s.settings.nodeBase + s.settings.nodePerMeasure * Math.sqrt(o.nodeMeasure[a])) * s.sizeScale
    : nodeSize(s.settings, s.engine.degree[a], s.sizeScale);
  const out: Partial<NodeDisplayData> = { ...data, size };
  const colour = o.nodeColour?.[a];
  if (colour) out.color = colour;
  const tag = o.nodeTag?.[a];
  if (tag) {
    // membership in words on the label, so it never rests on colour alone
    out.label = `${data.label} [${tag}]`;
    if (o.diffActors) out.forceLabel = true;
  }
  if (o.pathActors) {
    if (o.pathActors[a]) {
      out.forceLabel = true;
      out.zIndex = 1;
      out.highlighted = true;
    } else if (!o.diffActors) out.color = DIMMED_NODE;
  }
  if (s.selection?.kind === 'actor' && s.selection.id === node) {
    out.highlighted = true;
    out.forceLabel = true;
    out.zIndex = 2;
  }
  if (s.hovered && !s.hoveredNeighbours.has(node)) {
    out.color = DIMMED_NODE;
    out.label = '';
    out.zIndex = 0;
  } else if (s.hovered) {
    out.forceLabel = true;
    out.zIndex = 1;
  }
  return out;
}

export function reduceEdge(edge: string, data: EdgeAttributes, s: DrawState): Partial<EdgeDisplayData> {
  const o = s.overlay;
  if (o.diffGroups) return reduceDiffEdge(data, o.diffGroups[data.group], s.settings);
  const count = s.engine.groupCounts[data.group];
  if (count === 0) return { ...data, hidden: true };
  const out: Partial<EdgeDisplayData> = { ...data, size: edgeSize(s.settings, count), label: null };
  if (o.pathGroups) {
    if (!o.pathGroups[data.group]) return { ...out, color: DIMMED_EDGE, zIndex: 0 };
    // the path: dark and thick, above the rest, and every other line faint
    const size = (out.size ?? 1) + s.settings.pathEdgeExtra;
    return { ...out, color: PATH_EDGE, size, zIndex: 2, label: 'path', forceLabel: true };
  }
  const mark = contestedLabel(s.engine, data.group);
  if (mark) {
    out.color = CONTESTED_EDGE;
    out.label = mark;
    // drawn even when its actors' labels are not, so the mark never depends on colour alone
    out.forceLabel = true;
  }
  if (s.selection?.kind === 'edge' && s.selection.key === edge) {
    out.size = (out.size ?? 1) + s.settings.selectedEdgeExtra;
    out.zIndex = 2;
    out.forceLabel = true;
  }
  if (s.hovered) {
    const first = s.loaded.valid.dataset.relations[s.loaded.grouping.first[data.group]];
    if (first.source !== s.hovered && first.target !== s.hovered) {
      out.color = DIMMED_EDGE;
      out.zIndex = 0;
    }
  }
  return out;
}

/**
 * A line in the comparison of two views, told apart by label and width as well as
 * colour: "flipped" thickest, "new" thick, "gone" medium and faint, kept thin.
 */
function reduceDiffEdge(data: EdgeAttributes, state: number, settings: DrawingSettings): Partial<EdgeDisplayData> {
  const sizes = settings.diffEdgeSizes;
  if (state === GROUP_ABSENT) return { ...data, hidden: true };
  if (state === GROUP_FLIPPED) {
    return { ...data, color: FLIPPED_EDGE, size: sizes.flipped, label: 'flipped', forceLabel: true, zIndex: 3 };
  }
  if (state === GROUP_NEW)
    return { ...data, color: NEW_EDGE, size: sizes.new, label: 'new', forceLabel: true, zIndex: 2 };
  if (state === GROUP_GONE) {
    return { ...data, color: GONE_EDGE, size: sizes.gone, label: 'gone', forceLabel: true, zIndex: 1 };
  }
  return { ...data, color: KEPT_EDGE, size: sizes.kept, label: null, zIndex: 0 };
}
