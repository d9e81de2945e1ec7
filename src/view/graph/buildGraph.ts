// The graphology graph sigma draws: one node per actor, one edge per edge group,
// at the positions computed once per dataset.

import { MultiDirectedGraph } from 'graphology';
import { indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { LoadedDataset } from '../../state/loaded';
import { KIND_COLOURS, typeColour, withAlpha } from '../palette';
import { GENERIC_TYPE } from '../../model/relationTypes';
import { edgeAlpha, type DrawingSettings } from './drawingSettings';

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
  curvature: number;
  directed: boolean;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ActorGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraph(loaded: LoadedDataset, settings: DrawingSettings): ActorGraph {
  const graph: ActorGraph = new MultiDirectedGraph();
  const { actors, relations } = loaded.valid.dataset;
  const { grouping } = loaded;
  const alpha = edgeAlpha(settings, grouping.groupCount);
  actors.forEach((actor, ordinal) => {
    const p = loaded.positions.get(actor.id) ?? { x: 0, y: 0 };
    graph.addNode(actor.id, {
      x: p.x,
      y: p.y,
      label: actor.short ?? actor.label,
      size: 6,
      color: KIND_COLOURS[actor.kind],
      ordinal,
    });
  });
  for (let group = 0; group < grouping.groupCount; group++) {
    const r = relations[grouping.first[group]];
    const type = loaded.valid.types.get(r.type);
    const directed = type?.directed ?? true;
    const colour = type ? typeColour(type) : '#999999';
    graph.addEdgeWithKey(loaded.edgeKeys[group], r.source, r.target, {
      group,
      size: 1,
      color: alpha < 1 ? withAlpha(colour, alpha) : colour,
      typeColour: colour,
      generic: r.type === GENERIC_TYPE,
      from: loaded.index.actorOrdinal.get(r.source) ?? 0,
      type: directed ? 'arrow' : 'straight',
      curvature: 0,
      directed,
    });
  }
  // Parallel groups between one pair are curved apart; a lone group stays straight,
  // since curves cost far more to draw.
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' });
  graph.forEachEdge((edge, attr) => {
    if (attr.parallelIndex === null || attr.parallelIndex === undefined) return;
    const max = attr.parallelMaxIndex ?? 1;
    graph.mergeEdgeAttributes(edge, {
      type: attr.directed ? 'curvedArrow' : 'curved',
      curvature: DEFAULT_EDGE_CURVATURE + (3 * DEFAULT_EDGE_CURVATURE * attr.parallelIndex) / Math.max(1, max),
    });
  });
  return graph;
}
