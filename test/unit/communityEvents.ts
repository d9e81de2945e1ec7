// A seeded event dataset shaped like ACLED's: actors in regions of uneven size,
// a few very active ones (state forces, "civilians") in each, most events between
// actors of one region, a few across regions or with international actors. The
// regions are planted communities, for judging a layout.

import { formatDay } from '../../src/model/dates';
import { seededRandom } from '../../src/model/random';
import { FORMAT, type Actor, type Dataset, type Relation } from '../../src/model/types';

export interface CommunityEvents {
  dataset: Dataset;
  /** the planted region of each actor, -1 for the international ones */
  region: Int32Array;
}

export function communityEvents(actors = 1000, events = 3500, seed = 7): CommunityEvents {
  const rng = seededRandom(seed);
  const international = Math.round(actors / 100);
  // regions of uneven size: 14 shares drawn from a skewed distribution
  const shares = Array.from({ length: 14 }, () => 0.3 + rng() * rng() * 3);
  const total = shares.reduce((s, x) => s + x, 0);
  const local = actors - international;
  const sizes = shares.map((s) => Math.max(8, Math.floor((s / total) * local)));
  sizes[0] += local - sizes.reduce((s, x) => s + x, 0);

  const list: Actor[] = [];
  const region = new Int32Array(actors).fill(-1);
  const members: number[][] = sizes.map(() => []);
  sizes.forEach((size, r) => {
    for (let k = 0; k < size; k++) {
      region[list.length] = r;
      members[r].push(list.length);
      list.push({ id: `r${r}-a${k}`, label: `Actor ${k} of region ${r}`, kind: k < 2 ? 'state' : 'armed-group' });
    }
  });
  for (let k = 0; k < international; k++) list.push({ id: `int-${k}`, label: `International ${k}`, kind: 'alliance' });

  // activity within a region falls as 1 / rank: two or three actors take part in most events
  const pickIn = (r: number): number => {
    const m = members[r];
    const weights = m.map((_, k) => 1 / (k + 1));
    let x = rng() * weights.reduce((s, w) => s + w, 0);
    for (let k = 0; k < m.length; k++) if ((x -= weights[k]) <= 0) return m[k];
    return m[m.length - 1];
  };
  const pickRegion = (): number => {
    let x = rng() * local;
    for (let r = 0; r < sizes.length; r++) if ((x -= sizes[r]) <= 0) return r;
    return sizes.length - 1;
  };

  const relations: Relation[] = [];
  const types = ['fights', 'fights', 'strikes', 'strikes', 'fights', 'accuses', 'meets'];
  for (let i = 0; i < events; i++) {
    // every actor takes part in some event (an actor list is made of who took part), then at random
    const first = i < actors ? (i < local ? i : local + ((i - local) % international)) : -1;
    const r = first < 0 ? pickRegion() : first < local ? region[first] : pickRegion();
    const a = first < 0 ? pickIn(r) : first;
    const roll = rng();
    let b: number;
    if (roll < 0.86) b = pickIn(r);
    else if (roll < 0.93) b = local + Math.floor(rng() * international);
    else b = pickIn((r + 1 + Math.floor(rng() * (sizes.length - 1))) % sizes.length);
    if (b === a) b = members[r][(members[r].indexOf(a) + 1) % members[r].length];
    const day = 18262 + Math.floor(rng() * 1826); // 2020 to 2024
    relations.push({
      id: `e${i}`,
      source: list[a].id,
      target: list[b].id,
      type: types[Math.floor(rng() * types.length)],
      start: formatDay(day),
    });
  }
  return {
    dataset: { format: FORMAT, meta: { title: 'community events' }, sources: [], actors: list, relations },
    region,
  };
}
