// Positions of the actors, computed once per dataset on the whole graph, so that
// the map never moves when filters change (DESIGN.md, "Time semantics").

import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import type { Grouping } from './groups';
import { hashText, seededRandom } from './random';
import type { Actor, Relation } from './types';

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations; more settle large graphs better and cost linearly */
  iterations?: number;
}

/**
 * Curated x, y when every actor has them; otherwise ForceAtlas2 from a start
 * seeded by the actors' ids, so the same dataset always gives the same picture.
 */
export function layoutPositions(
  actors: readonly Actor[],
  relations: readonly Relation[],
  grouping: Grouping,
  options: LayoutOptions = {},
): Map<string, Position> {
  const positions = new Map<string, Position>();
  if (actors.length > 0 && actors.every((a) => a.x !== undefined && a.y !== undefined)) {
    for (const a of actors) positions.set(a.id, { x: a.x as number, y: a.y as number });
    return positions;
  }
  const rng = seededRandom(hashText(actors.map((a) => a.id).join('\n')));
  const graph = new UndirectedGraph();
  const spread = Math.sqrt(actors.length) * 10;
  for (const a of actors) graph.addNode(a.id, { x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread });
  for (let g = 0; g < grouping.groupCount; g++) {
    const { source, target } = relations[grouping.first[g]];
    if (source === target) continue;
    const weight = grouping.memberStart[g + 1] - grouping.memberStart[g];
    if (graph.hasEdge(source, target)) graph.updateEdgeAttribute(source, target, 'weight', (w) => (w ?? 0) + weight);
    else graph.addEdge(source, target, { weight });
  }
  const iterations = options.iterations ?? (actors.length > 2000 ? 100 : 300);
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: actors.length > 500 },
  });
  graph.forEachNode((id, attr) => positions.set(id, { x: attr.x as number, y: attr.y as number }));
  return positions;
}
