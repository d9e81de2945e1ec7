// A seeded, ACLED-like event dataset for the legibility benchmark: about a
// thousand actors, mostly armed groups with a few states, in regional clusters
// (most events within a region, some across), heavy-tailed activity, one-day
// events from 2018 to 2024, and no positions, so the app's own layout runs.

import { daysFromCivil, formatDay } from '../../src/model/dates';
import { seededRandom } from '../../src/model/random';
import type { Actor, Dataset, Relation } from '../../src/model/types';

export interface EventOptions {
  actors?: number;
  events?: number;
  regions?: number;
  /** share of actors that are states, the rest armed groups */
  stateShare?: number;
  /** share of events whose two actors are in different regions */
  crossRegion?: number;
  sources?: number;
  seed?: number;
}

// fights and strikes dominate conflict event data; talk and backing are rarer
const EVENT_TYPES: [string, number][] = [
  ['fights', 0.38],
  ['strikes', 0.22],
  ['accuses', 0.14],
  ['meets', 0.09],
  ['negotiates-with', 0.08],
  ['backs', 0.09],
];
const SYLLABLES = ['ka', 'ru', 'mel', 'dor', 'za', 'ni', 'tan', 'bo', 'sha', 'lu', 'vek', 'ar', 'sol', 'mi', 'dun'];
const GROUP_KINDS = ['Militia', 'Brigade', 'Front', 'Movement', 'Forces', 'Battalion', 'Liberation Army', 'Guard'];

export function generateEvents({
  actors = 1000,
  events = 3500,
  regions = 6,
  stateShare = 0.03,
  crossRegion = 0.12,
  sources = 150,
  seed = 2018,
}: EventOptions = {}): Dataset {
  const rng = seededRandom(seed);
  const int = (n: number) => Math.floor(rng() * n);
  const word = (parts: number) => {
    let w = '';
    for (let k = 0; k < parts; k++) w += SYLLABLES[int(SYLLABLES.length)];
    return w[0].toUpperCase() + w.slice(1);
  };

  // Actor k's activity weight is 1 / (k + 1)^1.1 (Zipf-like), and actors are dealt
  // to regions in turn, so every region has its own few hubs and long tail.
  const weight = Array.from({ length: actors }, (_, k) => 1 / Math.pow(k + 1, 1.1));
  const region = Array.from({ length: actors }, (_, k) => k % regions);
  const members = Array.from({ length: regions }, (_, r) => region.flatMap((g, k) => (g === r ? [k] : [])));
  const cumulative = (ids: number[]) => {
    let total = 0;
    return ids.map((k) => (total += weight[k]));
  };
  const regionSums = members.map(cumulative);
  const all = Array.from({ length: actors }, (_, k) => k);
  const allSums = cumulative(all);
  const sample = (ids: number[], sums: number[]) => {
    const x = rng() * sums[sums.length - 1];
    let lo = 0;
    let hi = ids.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return ids[lo];
  };
  const partnerOf = (s: number) => {
    for (;;) {
      const r = rng() < crossRegion ? int(regions) : region[s];
      const t = sample(members[r], regionSums[r]);
      if (t !== s) return t;
    }
  };

  // states are spread over the activity ranks: some are hubs, some barely appear
  const states = Math.max(1, Math.round(actors * stateShare));
  const isState = new Set(Array.from({ length: states }, (_, i) => Math.floor((i * actors) / states) + (i % 3)));
  const regionNames = Array.from({ length: regions }, () => word(2));
  const actorList: Actor[] = all.map((k) => {
    if (isState.has(k)) {
      const name = word(2 + int(2));
      return { id: `actor-${k}`, label: `Military Forces of ${name}`, short: name, kind: 'state' };
    }
    const name = `${word(2)} ${GROUP_KINDS[int(GROUP_KINDS.length)]}`;
    // like ACLED's "... (Country)": the same name recurs in several regions
    return {
      id: `actor-${k}`,
      label: `${name} (${regionNames[region[k]]})`,
      short: name,
      kind: 'armed-group',
    };
  });

  const firstDay = daysFromCivil(2018, 1, 1);
  const span = daysFromCivil(2024, 12, 31) - firstDay + 1;
  const sourceList = Array.from({ length: sources }, (_, i) => ({
    id: `src-${i}`,
    title: `Incident report ${i}`,
    publisher: `Outlet ${i % 23}`,
    published: formatDay(firstDay + int(span)),
  }));
  const typeOf = () => {
    let x = rng();
    for (const [type, share] of EVENT_TYPES) if ((x -= share) < 0) return type;
    return EVENT_TYPES[0][0];
  };

  const relations: Relation[] = [];
  for (let i = 0; i < events; i++) {
    // every actor takes part at least once (as in event data, where an actor exists
    // because an event names it); after that, activity follows the weights
    const s = i < actors ? i : sample(all, allSums);
    const t = partnerOf(s);
    const status = rng() < 0.06 ? 'disputed' : rng() < 0.1 ? 'claimed' : undefined;
    // a disputed event has an account that disputes it, as the loader expects
    const items = Math.max(status === 'disputed' ? 2 : 1, 1 + Math.floor(rng() * rng() * 3));
    relations.push({
      id: `e-${i}`,
      source: `actor-${s}`,
      target: `actor-${t}`,
      type: typeOf(),
      start: formatDay(firstDay + int(span)),
      ...(status ? { status } : {}),
      evidence: Array.from({ length: items }, (_, k) => ({
        source: sourceList[int(sources)].id,
        quote: `Event ${i}, account ${k + 1}.`,
        stance: k > 0 && status === 'disputed' ? 'disputes' : 'supports',
      })),
    });
  }

  return {
    format: 'faultlines/1',
    meta: { title: `Generated events: ${actors} actors, ${events} events, ${regions} regions (seed ${seed})` },
    sources: sourceList,
    actors: actorList,
    relations,
  };
}
