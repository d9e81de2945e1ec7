// A seeded generator of large, realistic datasets for benchmarks and browser
// tests: heavy-tailed actor activity (a few actors are in most relations), most
// relations one-off events, some long backing relations, twenty years of dates.

import { daysFromCivil, formatDay } from '../../src/model/dates';
import { seededRandom } from '../../src/model/random';
import { ACTOR_KINDS, type Dataset, type Relation } from '../../src/model/types';

export interface GenerateOptions {
  actors: number;
  relations: number;
  sources?: number;
  seed?: number;
}

const EVENT_TYPES = ['strikes', 'fights', 'accuses', 'opposes', 'meets', 'negotiates-with', 'pledges-support'];
const STATE_TYPES = ['backs', 'member-of', 'allied-with', 'deploys-to', 'fights'];
const STATUSES = ['reported', 'reported', 'reported', 'claimed', 'confirmed', 'denied', 'disputed'] as const;

export function generateDataset({ actors, relations, sources = 400, seed = 42 }: GenerateOptions): Dataset {
  const rng = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];

  // Zipf-like activity: actor k has weight 1 / (k + 1)^1.1; sample by binary search on the cumulative sum.
  const cumulative = new Float64Array(actors);
  let total = 0;
  for (let k = 0; k < actors; k++) cumulative[k] = total += 1 / Math.pow(k + 1, 1.1);
  const sampleActor = (): number => {
    const x = rng() * total;
    let lo = 0;
    let hi = actors - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const firstDay = daysFromCivil(2005, 1, 1);
  const lastDay = daysFromCivil(2024, 12, 31);
  const span = lastDay - firstDay;
  // activity grows over the years: the square root of a uniform draw leans late
  const sampleDay = () => firstDay + Math.floor(Math.sqrt(rng()) * span);

  const sourceList = Array.from({ length: sources }, (_, i) => ({
    id: `src-${i}`,
    title: `Report ${i}`,
    publisher: `Outlet ${i % 37}`,
    published: formatDay(sampleDay()),
    ...(i > 10 && rng() < 0.15 ? { derivedFrom: [`src-${Math.floor(rng() * (i - 1))}`] } : {}),
  }));

  const out: Relation[] = [];
  for (let i = 0; i < relations; i++) {
    const s = sampleActor();
    let t = sampleActor();
    if (t === s) t = (s + 1 + Math.floor(rng() * (actors - 1))) % actors;
    const start = sampleDay();
    const continuing = rng() < 0.08;
    const type = continuing ? pick(STATE_TYPES) : pick(EVENT_TYPES);
    const r: Relation = { id: `r-${i}`, source: `actor-${s}`, target: `actor-${t}`, type };
    const precision = rng();
    if (rng() < 0.01) {
      // undated
    } else if (continuing) {
      r.start = formatDay(start).slice(0, precision < 0.5 ? 4 : 7);
      const years = 1 + Math.floor(rng() * 8);
      const end = start + years * 365;
      r.end = end > lastDay || rng() < 0.3 ? 'ongoing' : formatDay(end).slice(0, 7);
    } else {
      r.start = formatDay(start);
      if (rng() < 0.1) r.end = formatDay(Math.min(start + 1 + Math.floor(rng() * 20), lastDay));
    }
    const status = pick(STATUSES);
    if (status !== 'reported') r.status = status;
    const items = 1 + Math.floor(rng() * rng() * 4);
    r.evidence = Array.from({ length: items }, (_, k) => ({
      source: sourceList[Math.floor(rng() * sources)].id,
      quote: `Quote ${i}.${k}`,
      stance: k > 0 && (status === 'denied' || status === 'disputed') ? 'disputes' : 'supports',
    }));
    out.push(r);
  }

  return {
    format: 'faultlines/1',
    meta: { title: `Generated: ${actors} actors, ${relations} relations (seed ${seed})` },
    sources: sourceList,
    actors: Array.from({ length: actors }, (_, k) => ({
      id: `actor-${k}`,
      label: `Actor ${k}`,
      short: `A${k}`,
      kind: ACTOR_KINDS[k < 50 ? 0 : 1 + (k % (ACTOR_KINDS.length - 1))],
    })),
    relations: out,
  };
}
