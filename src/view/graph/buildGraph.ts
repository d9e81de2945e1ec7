// The graphology graph sigma draws: one node per actor, one edge per edge group,
// at the positions computed once per dataset.

import { MultiDirectedGraph } from 'graphology';
import { indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { LoadedDataset } from '../../state/loaded';
import { KIND_COLOURS } from '../palette';
import type { DrawingSettings } from './drawingSettings';
import { lineColours } from './lineColours';
import { nodeKey } from './nodeKeys';

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
  /** index into the filter index's actors */
  ordinal: number;
}

export interface EdgeAttributes {
  /** index of the edge group */
  group: number;
  size: number;
  /** the type's colour as drawn: see-through on large graphs */
  color: string;
  /** the type's colour, opaque: the sign's marks (a comparison) start from it */
  typeColour: string;
  /** a line of no known type (most imports): it takes its source actor's colour, as in Gephi */
  generic: boolean;
  /** ordinal of the source actor */
  from: number;
  type: 'straight' | 'arrow' | 'curved' | 'curvedArrow';
  /** a contested line: dashed where it is straight (lineProgram.ts) */
  dashed?: boolean;
  /** a line of no act (intentions, offers, threats, conditional statements): dotted where it is straight */
  dotted?: boolean;
  curvature: number;
  directed: boolean;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ActorGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** The actors, and a line per edge group unless `lines` is false (a large graph: bulkLineLayer.ts draws them). */
export function buildGraph(loaded: LoadedDataset, settings: DrawingSettings, lines = true): ActorGraph {
  const graph: ActorGraph = new MultiDirectedGraph();
  loaded.valid.dataset.actors.forEach((actor, ordinal) => {
    const p = loaded.positions.get(actor.id) ?? { x: 0, y: 0 };
    graph.addNode(nodeKey(actor.id), {
      x: p.x,
      y: p.y,
      label: actor.short ?? actor.label,
      size: 6,
      color: KIND_COLOURS[actor.kind],
      ordinal,
    });
  });
  if (lines) addLines(graph, loaded, settings);
  return graph;
}

/** A line per edge group; parallel ones curved apart where there are few lines. */
export function addLines(graph: ActorGraph, loaded: LoadedDataset, settings: DrawingSettings): void {
  const { relations } = loaded.valid.dataset;
  const { grouping } = loaded;
  for (let group = 0; group < grouping.groupCount; group++) {
    const r = relations[grouping.first[group]];
    const ends = [nodeKey(r.source), nodeKey(r.target)] as const;
    graph.addEdgeWithKey(loaded.edgeKeys[group], ends[0], ends[1], lineAttributes(loaded, settings, group));
  }
  // Parallel groups between one pair are curved apart; a lone group stays straight,
  // since curves cost far more to draw; on a dense graph all stay straight.
  if (grouping.groupCount > settings.curvedEdges) return;
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.forEachEdge((edge, attr) => {
    if (attr.parallelIndex === null || attr.parallelIndex === undefined) return;
    const max = attr.parallelMaxIndex ?? 1;
    graph.mergeEdgeAttributes(edge, {
      type: attr.directed ? 'curvedArrow' : 'curved',
      curvature: DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * attr.parallelIndex) / Math.max(1, max),
    });
  });
}

/** What a group's line starts from, before the reducers: its type's colours and direction, straight. */
export function lineAttributes(loaded: LoadedDataset, settings: DrawingSettings, group: number): EdgeAttributes {
  const r = loaded.valid.dataset.relations[loaded.grouping.first[group]];
  const directed = loaded.valid.types.get(r.type)?.directed ?? true;
  const colours = lineColours(loaded, settings, r.type);
  return {
    group,
    size: 1,
    color: colours.drawn,
    typeColour: colours.opaque,
    generic: colours.generic,
    from: loaded.index.actorOrdinal.get(r.source) ?? 0,
    type: directed ? 'arrow' : 'straight',
    curvature: 0,
    directed,
  };
}

/** An actor and its neighbours that are shown: what a hover leaves undimmed. */
export function visibleNeighbours(graph: ActorGraph, actorVisible: Uint8Array, node: string): Set<string> {
  const out = new Set<string>([node]);
  for (const n of graph.neighbors(node)) if (actorVisible[graph.getNodeAttribute(n, 'ordinal')]) out.add(n);
  return out;
}
