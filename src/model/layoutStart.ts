// Where ForceAtlas2 starts: each community in a place of its own, so the
// layout spends its iterations settling communities rather than untangling a
// random start, which on a thousand actors it does not finish (a hairball).
// Seeded: the same actors start in the same places.

/** Room per actor in start units; ForceAtlas2 finds its own scale from there. */
const SPACING = 10;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Start positions, x and y of actor k at [2k] and [2k + 1]: communities on a
 * sunflower spiral, largest in the middle, each member at a random point of a
 * disc whose area follows the community's size; actors with no community
 * (community -1) on a ring around them all.
 */
export function communityStart(community: Int32Array, rng: () => number): Float64Array {
  const n = community.length;
  const sizes = new Map<number, number>();
  for (const c of community) if (c >= 0) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const order = [...sizes.keys()].sort((a, b) => (sizes.get(b) as number) - (sizes.get(a) as number) || a - b);
  const centre = new Map<number, { x: number; y: number; r: number }>();
  let before = 0;
  order.forEach((c, i) => {
    const size = sizes.get(c) as number;
    // the spiral's radius grows with the area taken by the communities before, so they do not overlap much
    const r = Math.sqrt(before + size / 2) * SPACING * 1.3;
    before += size;
    centre.set(c, {
      x: r * Math.cos(i * GOLDEN_ANGLE),
      y: r * Math.sin(i * GOLDEN_ANGLE),
      r: Math.sqrt(size) * SPACING * 0.5,
    });
  });
  const ring = Math.sqrt(Math.max(1, before)) * SPACING * 1.3 + SPACING;
  const xy = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const angle = rng() * 2 * Math.PI;
    const spot = centre.get(community[k]);
    // a uniform point of the disc: radius by the square root of a uniform draw
    const r = spot ? spot.r * Math.sqrt(rng()) : ring + rng() * SPACING;
    xy[2 * k] = (spot?.x ?? 0) + r * Math.cos(angle);
    xy[2 * k + 1] = (spot?.y ?? 0) + r * Math.sin(angle);
  }
  return xy;
}
