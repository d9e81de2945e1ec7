// Shortest chains of relations between two actors: how x reaches y in the fewest
// hops, over any tie or, for a "chain of support", only over cooperative ones.

import { UndirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted';
import { tieSign, type TieList } from './signedTies';

export interface ActorPath {
  /** actor ordinals from x to y */
  readonly actors: number[];
  /** the tie of each hop: ties[i] joins actors[i] and actors[i + 1] */
  readonly ties: number[];
}

export interface PathOptions {
  /** keep only ties that net positive */
  readonly cooperativeOnly?: boolean;
  /** most paths to return; 12 by default */
  readonly limit?: number;
}

export interface ShortestPaths {
  /** hops from x to y; -1 when unreachable, 0 when x is y */
  readonly length: number;
  /** every shortest path up to the limit, in lexicographic order of actor ordinals */
  readonly paths: ActorPath[];
  /** true when there were more than the limit */
  readonly more: boolean;
}

export const DEFAULT_PATH_LIMIT = 12;

export function shortestPaths(ties: TieList, from: number, to: number, options: PathOptions = {}): ShortestPaths {
  for (const v of [from, to]) {
    if (!Number.isInteger(v) || v < 0 || v >= ties.actorCount) throw new RangeError(`no actor ${v}`);
  }
  const limit = options.limit ?? DEFAULT_PATH_LIMIT;
  if (from === to) return { length: 0, paths: limit > 0 ? [{ actors: [from], ties: [] }] : [], more: limit < 1 };

  const graph = new UndirectedGraph<Record<string, never>, { tie: number }>();
  graph.addNode(String(from));
  graph.addNode(String(to));
  for (let t = 0; t < ties.count; t++) {
    if (options.cooperativeOnly && tieSign(ties, t) <= 0) continue;
    const a = String(ties.a[t]);
    const b = String(ties.b[t]);
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.addEdge(a, b, { tie: t });
  }
  const fromStart = singleSourceLength(graph, String(from));
  const length = fromStart[String(to)];
  if (length === undefined) return { length: -1, paths: [], more: false };
  const toEnd = singleSourceLength(graph, String(to));

  // Walk only the hops u -> v on some shortest path (dist(x,u) + 1 + dist(v,y) = length),
  // so every branch ends at y; smaller ordinals first gives lexicographic order.
  const onPath = (u: number, depth: number): [v: number, tie: number][] => {
    const key = String(u);
    const next: [v: number, tie: number][] = [];
    graph.forEachEdge(key, (_edge, attributes, source, target) => {
      const v = source === key ? target : source;
      if (fromStart[v] === depth && toEnd[v] === length - depth) next.push([Number(v), attributes.tie]);
    });
    return next.sort((p, q) => p[0] - q[0]);
  };
  const paths: ActorPath[] = [];
  let more = false;
  // depth-first without recursion: a chain can be thousands of hops long
  const actors = [from];
  const hops: number[] = [];
  const frames = [{ next: onPath(from, 1), i: 0 }];
  while (frames.length > 0 && !more) {
    const frame = frames[frames.length - 1];
    if (frame.i === frame.next.length) {
      frames.pop();
      actors.pop();
      hops.pop();
      continue;
    }
    const [v, tie] = frame.next[frame.i++];
    if (v === to) {
      if (paths.length < limit) paths.push({ actors: [...actors, v], ties: [...hops, tie] });
      else more = true;
      continue;
    }
    actors.push(v);
    hops.push(tie);
    frames.push({ next: onPath(v, actors.length), i: 0 });
  }
  return { length, paths, more };
}
