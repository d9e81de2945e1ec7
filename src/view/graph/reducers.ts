// How each actor and line is drawn, from the engine's arrays, the selection, the
// hovered actor and the analysis marks: sigma's reducers, O(1) per item (they
// read arrays and sets computed once per change).

import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { GROUP_ABSENT, GROUP_FLIPPED, GROUP_GONE, GROUP_NEW } from '../../model/compare';
import type { FilterEngine } from '../../model/filterEngine';
import type { LoadedDataset } from '../../state/loaded';
import type { Selection } from '../../state/viewFields';
import { DIMMED_EDGE, DIMMED_NODE, FLIPPED_EDGE, KEPT_EDGE, withAlpha } from '../palette';
import type { AnalysisOverlay } from './analysisOverlay';
import type { EdgeAttributes, NodeAttributes } from './buildGraph';
import { contestedLabel, markWord, MIXED_MODES, unacted, unactedWord } from './lineMarks';
import { edgeSize, measureSize, nodeSize, type DiscSizer, type DrawingSettings } from './drawingSettings';
import { faded, type Fresh } from './fadeIn';
import { actorOfKey } from './nodeKeys';

/** What the reducers read: replaced or mutated by the renderer as the view changes. */
export interface DrawState {
  readonly loaded: LoadedDataset;
  readonly engine: FilterEngine;
  readonly settings: DrawingSettings;
  /** disc radii for the pane's size and the number of actors */
  sizer: DiscSizer;
  /** each actor's colour when no analysis colours it: the file's, its community's or its kind's */
  nodeColours: readonly string[];
  /** per actor, the colour of the untyped lines it sends (nodeColours.ts lineTints); null: the type's grey */
  lineTints: readonly string[] | null;
  selection: Selection | null;
  hovered: string | null;
  hoveredNeighbours: ReadonlySet<string>;
  /** what the analysis panel marks: blocs, measures, paths, a comparison */
  overlay: AnalysisOverlay;
  /** what a story's step is fading in (fadeIn.ts); null when nothing fades */
  fresh: Fresh | null;
}

export function reduceNode(node: string, data: NodeAttributes, s: DrawState): Partial<NodeDisplayData> {
  const a = data.ordinal;
  const o = s.overlay;
  if (!(o.diffActors ? o.diffActors[a] : s.engine.actorVisible[a])) return { ...data, hidden: true };
  const size = o.nodeMeasure ? measureSize(s.sizer, o.nodeMeasure[a]) : nodeSize(s.sizer, s.engine.degree[a]);
  const out: Partial<NodeDisplayData> = { ...data, size, color: o.nodeColour?.[a] ?? s.nodeColours[a] };
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
  if (s.selection?.kind === 'actor' && s.selection.id === actorOfKey(node)) {
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
  if (s.fresh?.actors.has(a)) {
    out.color = faded(out.color, s.fresh.alpha);
    out.size = size * (0.4 + 0.6 * s.fresh.alpha);
  }
  return out;
}

/**
 * What a line is drawn as: sigma's display data, and its stroke (lineProgram.ts): dashed when contested,
 * dotted when none of its relations is an act, both (dash-dot) when both.
 */
export type EdgeDrawn = Partial<EdgeDisplayData> & { dashed?: boolean; dotted?: boolean };

export function reduceEdge(edge: string, data: EdgeAttributes, s: DrawState): EdgeDrawn {
  const o = s.overlay;
  if (o.diffGroups) return reduceDiffEdge(data, o.diffGroups[data.group], s.settings);
  const count = s.engine.groupCounts[data.group];
  if (count === 0) return { ...data, hidden: true };
  const out: EdgeDrawn = { ...data, size: edgeSize(s.settings, s.sizer, count), label: null };
  if (data.generic && s.lineTints) out.color = s.lineTints[data.from];
  if (o.pathGroups) {
    if (!o.pathGroups[data.group]) return { ...out, color: DIMMED_EDGE, zIndex: 0 };
    // the path: thick in its type's colour, named by its relation, above the rest, and every other line faint
    const size = (out.size ?? 1) + s.settings.pathEdgeExtra;
    const type = firstRelation(s, data.group).type;
    const label = s.loaded.valid.types.get(type)?.label ?? type;
    return { ...out, color: data.typeColour, size, zIndex: 2, label, forceLabel: true };
  }
  const contested = contestedLabel(s.engine, data.group);
  const notActed = unacted(s.engine, data.group);
  const selected = s.selection?.kind === 'edge' && s.selection.key === edge;
  if (contested || notActed) {
    // the type's colour kept (a denied attack, a threatened strike, is still red): dashed when contested,
    // dotted when nothing in it is an act, dash-dot when both, where the line is straight; a curve is faded
    if (data.type === 'straight' || data.type === 'arrow') {
      if (contested) out.dashed = true;
      if (notActed) out.dotted = true;
    } else out.color = withAlpha(data.typeColour, 0.5);
    // the word too, where it does not bury the picture (on a curve, the only mark besides the fading)
    out.forceLabel = s.loaded.grouping.groupCount <= s.settings.markedEdgeLabels;
    // the one mode ("offer") reads the group's relations: only for a line whose word is shown
    const mode = !notActed
      ? null
      : out.forceLabel || selected
        ? unactedWord(s.loaded.index, s.loaded.grouping, s.engine.visible, data.group)
        : MIXED_MODES;
    out.label = markWord(contested, mode);
  }
  if (selected) {
    out.size = (out.size ?? 1) + s.settings.selectedEdgeExtra;
    out.zIndex = 2;
    out.forceLabel = true;
  }
  if (s.hovered) {
    const first = firstRelation(s, data.group);
    if (first.source !== s.hovered && first.target !== s.hovered) {
      out.color = DIMMED_EDGE;
      out.zIndex = 0;
    }
  }
  if (s.fresh?.groups.has(data.group)) out.color = faded(out.color, s.fresh.alpha);
  return out;
}

/** The group's first relation: its ends and type stand for the group's (read only where a line needs them). */
function firstRelation(s: DrawState, group: number) {
  return s.loaded.valid.dataset.relations[s.loaded.grouping.first[group]];
}

/**
 * A line in the comparison of two views, told apart by label and width as well as
 * colour: "flipped" thickest, "new" thick in its sign's colour (a new hostile line
 * is red), "gone" medium and faint in its sign's colour, kept thin and grey.
 */
function reduceDiffEdge(data: EdgeAttributes, state: number, settings: DrawingSettings): EdgeDrawn {
  const sizes = settings.diffEdgeSizes;
  if (state === GROUP_ABSENT) return { ...data, hidden: true };
  if (state === GROUP_FLIPPED) {
    return { ...data, color: FLIPPED_EDGE, size: sizes.flipped, label: 'flipped', forceLabel: true, zIndex: 3 };
  }
  if (state === GROUP_NEW) {
    return { ...data, color: data.typeColour, size: sizes.new, label: 'new', forceLabel: true, zIndex: 2 };
  }
  if (state === GROUP_GONE) {
    const color = withAlpha(data.typeColour, 0.35);
    return { ...data, color, size: sizes.gone, label: 'gone', forceLabel: true, zIndex: 1 };
  }
  return { ...data, color: KEPT_EDGE, size: sizes.kept, label: null, zIndex: 0 };
}
