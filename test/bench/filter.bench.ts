// Node benchmark of the load pipeline and the filter engine on the 5,000-actor,
// 200,000-relation generated dataset. Run: npm run bench
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { readJsonDataset } from '../../src/io/json';
import { buildFilterIndex } from '../../src/model/filterIndex';
import { FilterEngine, recomputeAll } from '../../src/model/filterEngine';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { groupRelations } from '../../src/model/groups';
import { daysFromCivil } from '../../src/model/dates';
import { generateDataset } from './generate';
import { median } from './chromium';

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

const text = JSON.stringify(generateDataset({ actors: 5000, relations: 200_000 }));
console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}`);
console.log(`dataset: 5000 actors, 200000 relations, ${(text.length / 1e6).toFixed(1)} MB of JSON`);

// warm up both paths once, then take the best of three
const parseTimes: number[] = [];
const loadTimes: number[] = [];
let loaded: ReturnType<typeof load> | null = null;
function load() {
  const v = readJsonDataset(text);
  if (!v.ok) throw new Error(`generated dataset is invalid: ${v.errors[0]?.message}`);
  const grouping = groupRelations(v.dataset.relations, v.types);
  return { v, grouping, index: buildFilterIndex(v.dataset, v.types, v.intervals, grouping) };
}
for (let run = 0; run < 4; run++) {
  const [, tp] = time(() => JSON.parse(text));
  const [l, tl] = time(load);
  loaded = l;
  if (run > 0) {
    parseTimes.push(tp);
    loadTimes.push(tl);
  }
}
const bestParse = Math.min(...parseTimes);
const bestLoad = Math.min(...loadTimes);
console.log(`JSON.parse alone: ${bestParse.toFixed(0)} ms`);
console.log(
  `parse + validate + index: ${bestLoad.toFixed(0)} ms (${(bestLoad / bestParse).toFixed(2)}x JSON.parse; target <= 3x)`,
);

const { index } = loaded!;
const engine = new FilterEngine(index);
const windowDays = 30;
const stepDays = 7;
const first = daysFromCivil(2006, 1, 1);
const steps = 400;
engine.apply({ ...DEFAULT_FILTERS, from: first, to: first + windowDays - 1 });
const stepTimes: number[] = [];
const fullTimes: number[] = [];
for (let k = 1; k <= steps; k++) {
  const from = first + k * stepDays;
  const filters = { ...DEFAULT_FILTERS, from, to: from + windowDays - 1 };
  stepTimes.push(time(() => engine.apply(filters))[1]);
  fullTimes.push(time(() => recomputeAll(index, filters))[1]);
}
console.log(
  `filter step (30-day window moved by 7 days, ${steps} steps): median ${median(stepTimes).toFixed(3)} ms, p95 ${percentile(stepTimes, 95).toFixed(3)} ms (target median <= 2 ms)`,
);
console.log(
  `full recompute, no changed sets (same steps): median ${median(fullTimes).toFixed(3)} ms, p95 ${percentile(fullTimes, 95).toFixed(3)} ms`,
);
