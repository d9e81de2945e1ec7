// The graphology graph sigma draws: one node per actor, one edge per edge group,
// at the positions computed once per dataset.

import { MultiDirectedGraph } from 'graphology';
import { indexParallelEdgesIndex, DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type { LoadedDataset } from '../../state/loaded';
import { KIND_COLOURS, typeColour } from '../palette';

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  /** index into grouping.groups */
  group: number;
  size: number;
  color: string;
  type: 'straight' | 'arrow' | 'curved' | 'curvedArrow';
  curvature: number;
  directed: boolean;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type ActorGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

export function buildGraph(loaded: LoadedDataset): ActorGraph {
  const graph: ActorGraph = new MultiDirectedGraph();
  for (const actor of loaded.valid.dataset.actors) {
    const p = loaded.positions.get(actor.id) ?? { x: 0, y: 0 };
    graph.addNode(actor.id, {
      x: p.x,
      y: p.y,
      label: actor.short ?? actor.label,
      size: 6,
      color: KIND_COLOURS[actor.kind],
    });
  }
  loaded.grouping.groups.forEach((g, group) => {
    const type = loaded.valid.types.get(g.type);
    const directed = type?.directed ?? true;
    graph.addEdgeWithKey(g.key, g.source, g.target, {
      group,
      size: 1,
      color: type ? typeColour(type) : '#999999',
      type: directed ? 'arrow' : 'straight',
      curvature: 0,
      directed,
    });
  });
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
