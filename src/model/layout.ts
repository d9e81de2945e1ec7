// Positions of the actors, computed once per dataset on the whole graph, so that
// the map never moves when filters change (DESIGN.md, "Time semantics").

import { UndirectedGraph } from 'graphology';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { discScale, discShare } from './discSize';
import { spaceDiscs } from './discSpacing';
import type { Grouping } from './groups';
import { communityStart } from './layoutStart';
import { hashText, seededRandom } from './random';
import { relationCommunities, relationEnds } from './relationCommunities';
import { fitSimilarity } from './similarity';
import type { Actor, Relation } from './types';

export interface Position {
  x: number;
  y: number;
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations; more settle large graphs better and cost linearly */
  iterations?: number;
  /** each actor's community (relationCommunities), when the caller has them already */
  communities?: Int32Array;
}

/** ForceAtlas2 iterations and Noverlap rounds up to this many actors; fewer above, so a large dataset still opens in seconds. */
const FULL_WORK_UP_TO = 2000;
/** From a start by community, LinLog settles in a hundred iterations; more only blur communities (DESIGN.md, "Layout"). */
const ITERATIONS = 100;
const SPACING_ROUNDS = 200;
/** The pane's padding around the fitted graph, as a share of its shorter side (a small embed's 16 px of 300). */
const PADDING_SHARE = 0.05;

/**
 * Tuned on generated event data, arctic.gexf and the bundled dataset (DESIGN.md,
 * "Layout"). LinLog attraction pulls communities into groups apart from each
 * other; plain, weak gravity (not the strong kind forceAtlas2.inferSettings
 * picks) lets them stand apart; a low scaling ratio and no slow-down settle them
 * within the iterations; Barnes-Hut above 500 actors.
 */
function settingsFor(order: number): ForceAtlas2Settings {
  return {
    linLogMode: true,
    strongGravityMode: false,
    gravity: 0.5,
    scalingRatio: 1,
    slowDown: 1,
    barnesHutOptimize: order > 500,
  };
}

/** One edge per pair of actors, weighted by the relations between them (self-loops pull nothing). */
function pairGraph(actors: readonly Actor[], relations: readonly Relation[], grouping: Grouping): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const a of actors) graph.addNode(a.id);
  for (let g = 0; g < grouping.groupCount; g++) {
    const { source, target } = relations[grouping.first[g]];
    if (source === target) continue;
    const weight = grouping.memberStart[g + 1] - grouping.memberStart[g];
    if (graph.hasEdge(source, target)) graph.updateEdgeAttribute(source, target, 'weight', (w) => (w ?? 0) + weight);
    else graph.addEdge(source, target, { weight });
  }
  return graph;
}

/**
 * Each disc's radius as a share of the side of the centres' box, by the rule the
 * renderer draws with (discSize.ts: degree counted in relations, as the filter
 * engine counts it), enlarged because the fitted box is the pane less its padding.
 */
function discRadii(actors: readonly Actor[], relations: readonly Relation[]): Float64Array {
  const ordinal = new Map(actors.map((a, k) => [a.id, k]));
  const degree = new Int32Array(actors.length);
  for (const r of relations) {
    degree[ordinal.get(r.source) ?? 0]++;
    degree[ordinal.get(r.target) ?? 0]++;
  }
  const maxDegree = degree.reduce((m, d) => Math.max(m, d), 0);
  const scale = discScale(actors.length);
  const box = 1 - 2 * (PADDING_SHARE + scale.max);
  return Float64Array.from(degree, (d) => discShare(scale, d, maxDegree) / box);
}

/**
 * Curated x, y exactly as given when every actor has them. Otherwise ForceAtlas2
 * from a start seeded by the actors' ids (communities apart), with actors that
 * have x, y held fixed, then Noverlap so that no disc covers another: the same
 * dataset always gives the same picture.
 */
export function layoutPositions(
  actors: readonly Actor[],
  relations: readonly Relation[],
  grouping: Grouping,
  options: LayoutOptions = {},
): Map<string, Position> {
  const positions = new Map<string, Position>();
  const curated = actors.map((a) => a.x !== undefined && a.y !== undefined);
  if (actors.length > 0 && curated.every(Boolean)) {
    for (const a of actors) positions.set(a.id, { x: a.x as number, y: a.y as number });
    return positions;
  }
  const n = actors.length;
  const rng = seededRandom(hashText(actors.map((a) => a.id).join('\n')));
  const communities = options.communities ?? relationCommunities(relationEnds(actors, relations));
  const graph = pairGraph(actors, relations, grouping);
  const start = communityStart(communities, rng);
  actors.forEach((a, k) => graph.mergeNodeAttributes(a.id, { x: start[2 * k], y: start[2 * k + 1] }));
  // above FULL_WORK_UP_TO actors the work shrinks as the graph grows, so it takes about as long as at that size
  const share = Math.min(1, FULL_WORK_UP_TO / Math.max(1, n));
  const iterations = options.iterations ?? Math.max(30, Math.round(ITERATIONS * share));
  const settings = settingsFor(n);
  const anyCurated = curated.some(Boolean);
  // with positions from the file this first run only finds where to fit them: half the work
  const first = anyCurated ? Math.ceil(iterations / 2) : iterations;
  forceAtlas2.assign(graph, { iterations: first, getEdgeWeight: 'weight', settings });

  const pinned = actors.filter((_, k) => curated[k]);
  const own = pinned.map((a) => ({ x: a.x as number, y: a.y as number }));
  if (anyCurated) {
    // the file's positions are in units and a turn of their own: fitted onto where the free layout put
    // the same actors, then held fixed while the others settle around them
    const place = fitSimilarity(
      own,
      pinned.map((a) => graph.getNodeAttributes(a.id) as Position),
    );
    pinned.forEach((a, k) => graph.mergeNodeAttributes(a.id, { ...place(own[k]), fixed: true }));
    forceAtlas2.assign(graph, { iterations, getEdgeWeight: 'weight', settings });
  }

  const xy = new Float64Array(2 * n);
  actors.forEach((a, k) => {
    const p = graph.getNodeAttributes(a.id) as Position;
    xy[2 * k] = p.x;
    xy[2 * k + 1] = p.y;
  });
  const fixed = anyCurated ? Uint8Array.from(curated, Number) : undefined;
  spaceDiscs(xy, discRadii(actors, relations), rng, {
    fixed,
    rounds: Math.max(10, Math.round(SPACING_ROUNDS * share)),
  });

  const at = (k: number): Position => ({ x: xy[2 * k], y: xy[2 * k + 1] });
  if (!anyCurated) {
    actors.forEach((a, k) => positions.set(a.id, at(k)));
    return positions;
  }
  // back to the file's units: the held actors moved together by one similarity, which the fit undoes exactly
  const back = fitSimilarity(
    actors.flatMap((_, k) => (curated[k] ? [at(k)] : [])),
    own,
  );
  actors.forEach((a, k) => positions.set(a.id, curated[k] ? { x: a.x as number, y: a.y as number } : back(at(k))));
  return positions;
}
