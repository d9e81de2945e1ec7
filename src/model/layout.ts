// Positions of the actors, computed once per dataset on the whole graph, so that
// the map never moves when filters change (DESIGN.md, "Time semantics"). A large
// dataset is drawn first from a quick layout (the seeded start, barely moved)
// while the rest of the same layout is computed.

import { UndirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { discScale, discShare } from './discSize';
import { normaliseToUnit } from './discSpacing';
import type { Grouping } from './groups';
import { settingsFor, settle } from './layoutSettle';
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

/** The pane's padding around the fitted graph, as a share of its shorter side (a small embed's 16 px of 300). */
const PADDING_SHARE = 0.05;

/**
 * One edge per pair of actors, weighted by the relations between them (self-loops pull nothing).
 * Nodes are keyed by actor ordinal, never by id: graphology keeps neighbours in plain objects,
 * where an id such as "__proto__" or "constructor" finds Object.prototype's members.
 */
function pairGraph(actors: readonly Actor[], relations: readonly Relation[], grouping: Grouping): UndirectedGraph {
  const ordinal = new Map(actors.map((a, k) => [a.id, String(k)]));
  const graph = new UndirectedGraph();
  for (const key of ordinal.values()) graph.addNode(key);
  for (let g = 0; g < grouping.groupCount; g++) {
    const r = relations[grouping.first[g]];
    const source = ordinal.get(r.source);
    const target = ordinal.get(r.target);
    if (source === undefined || target === undefined || source === target) continue;
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

/** A layout begun: a first picture at once, the final positions when asked (x, y of actor k at [2k], [2k + 1]). */
export interface LayoutRun {
  /**
   * The seeded start after QUICK_ITERATIONS of ForceAtlas2 (the start alone above QUICK_FORCES_UP_TO groups),
   * in the final layout's units (a box of side 1, or
   * the file's units around actors that have x, y): what is drawn while the final layout is computed.
   */
  quick(): Float64Array;
  /** The final positions, what layoutPositions gives: computed once (ask for quick first), a fresh copy each call. */
  finish(): Float64Array;
}

/** ForceAtlas2 iterations of the quick layout: communities drawn together a little, at a few per cent of the whole. */
const QUICK_ITERATIONS = 4;

/**
 * Edge groups above which the quick layout is the seeded start alone (communities apart): building the
 * pair graph for those iterations took 0.7 s of the 4.5 s before the first picture of 200,000 relations.
 */
const QUICK_FORCES_UP_TO = 20_000;

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
  const xy = beginLayout(actors, relations, grouping, options).finish();
  return new Map(actors.map((a, k) => [a.id, { x: xy[2 * k], y: xy[2 * k + 1] }]));
}

/** Whether the layout is computed: not every actor has x, y (an empty dataset is laid out, trivially). */
export function needsLayout(actors: readonly Actor[]): boolean {
  return actors.length === 0 || actors.some((a) => a.x === undefined || a.y === undefined);
}

/**
 * Begins the layout of layoutPositions: the seeded start is made now (from
 * `options.communities`, which may be transferred once this returns), the pair graph
 * when first needed (from a copy of `grouping`'s arrays); `quick` and `finish` each
 * work from that start, so the final positions do not depend on whether a quick
 * picture was asked for.
 */
export function beginLayout(
  actors: readonly Actor[],
  relations: readonly Relation[],
  grouping: Grouping,
  options: LayoutOptions = {},
): LayoutRun {
  if (!needsLayout(actors)) {
    const curated = Float64Array.from(actors.flatMap((a) => [a.x as number, a.y as number]));
    return { quick: () => curated.slice(), finish: () => curated.slice() };
  }
  const n = actors.length;
  const rng = seededRandom(hashText(actors.map((a) => a.id).join('\n')));
  const communities = options.communities ?? relationCommunities(relationEnds(actors, relations));
  const start = communityStart(communities, rng);
  // the pair graph is made when first needed: on a large graph the quick picture does without it; the
  // grouping's arrays it reads are copied, since they may be transferred once this returns
  const groups = { ...grouping, first: grouping.first.slice(), memberStart: grouping.memberStart.slice() };
  let pairs: UndirectedGraph | undefined;
  const graph = () => {
    if (pairs) return pairs;
    pairs = pairGraph(actors, relations, groups);
    for (let k = 0; k < n; k++) pairs.mergeNodeAttributes(String(k), { x: start[2 * k], y: start[2 * k + 1] });
    return pairs;
  };
  const radii = discRadii(actors, relations);
  const curated = actors.map((a) => a.x !== undefined && a.y !== undefined);
  const settings = settingsFor(n);
  let final: Float64Array | undefined;
  return {
    quick: () => {
      // a copy of the start moves: the graph keeps the start for finish
      let xy: Float64Array;
      if (grouping.groupCount > QUICK_FORCES_UP_TO) xy = start.slice();
      else {
        const moved = forceAtlas2(graph(), { iterations: QUICK_ITERATIONS, getEdgeWeight: 'weight', settings });
        xy = new Float64Array(2 * n);
        for (let k = 0; k < n; k++) [xy[2 * k], xy[2 * k + 1]] = [moved[k].x, moved[k].y];
      }
      if (!curated.some(Boolean)) {
        normaliseToUnit(xy);
        return xy;
      }
      const pinned = actors.flatMap((a, k) => (curated[k] ? [k] : []));
      const place = fitSimilarity(
        pinned.map((k) => ({ x: xy[2 * k], y: xy[2 * k + 1] })),
        pinned.map((k) => ({ x: actors[k].x as number, y: actors[k].y as number })),
      );
      actors.forEach((a, k) => {
        const p = curated[k] ? { x: a.x as number, y: a.y as number } : place({ x: xy[2 * k], y: xy[2 * k + 1] });
        xy[2 * k] = p.x;
        xy[2 * k + 1] = p.y;
      });
      return xy;
    },
    finish: () => (final ??= settle(actors, { start, graph, curated, radii, rng }, options.iterations)).slice(),
  };
}
