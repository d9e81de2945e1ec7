// Hand-built signed graphs for the analysis tests: a list of [a, b, net weight]
// becomes the TieList the analyses read (positive and negative parts from the sign).
import type { TieList } from '../../src/model/signedTies';

export type TieSpec = readonly [a: number, b: number, net: number];

export function tiesFromList(actorCount: number, list: readonly TieSpec[]): TieList {
  const sorted = list
    .map(([x, y, w]) => [Math.min(x, y), Math.max(x, y), w] as const)
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k][0] === sorted[k - 1][0] && sorted[k][1] === sorted[k - 1][1]) {
      throw new Error(`tie ${sorted[k][0]}-${sorted[k][1]} given twice`);
    }
  }
  return {
    actorCount,
    count: sorted.length,
    a: Int32Array.from(sorted, (p) => p[0]),
    b: Int32Array.from(sorted, (p) => p[1]),
    positive: Float64Array.from(sorted, (p) => Math.max(0, p[2])),
    negative: Float64Array.from(sorted, (p) => Math.max(0, -p[2])),
  };
}
