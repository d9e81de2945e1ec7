// Opening datasets in headless Chromium (software WebGL), beside a floor: a bare
// page that draws two nodes with sigma and nothing else, measured the same way in
// the same run. Each open is a navigation in a fresh browser context (no cache), in
// a browser of its own warmed up by one open of the floor (see open() for why):
// the bundled dataset, arctic.gexf by a data= link, a generated 5,000-node /
// 100,000-edge GEXF and the 5,000-actor / 200,000-relation JSON of generate.ts,
// each 5 times, with a run of the floor before each run of the others so noise
// hits both. Per dataset: the first frame (the faultlines-graph-drawn mark of the
// requested dataset) and, where the build marks it, faultlines-graph-complete;
// the first frame over the floor's; the longest main-thread task until complete
// and the tasks over 50 ms; the page's JS heap after a GC at complete; and the
// workers alive then (a large dataset's load worker is still computing its final
// layout: it ends when that arrives, which nothing here waits for).
// Run: npx tsx test/bench/open.bench.ts
// OPEN_BENCH_DIST: the build folder to measure (default dist; it is copied, never written to);
// OPEN_BENCH_ONLY: a comma list of floor, bundled, arctic, gexf100k, json200k;
// OPEN_BENCH_TRACE=1: each step of each open on stderr.
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { build } from 'vite';
import { launchKillableChromium, median, serveDist } from './chromium';
import { generateDataset } from './generate';
import { generateGexf } from './generateGexf';

const DIST = process.env.OPEN_BENCH_DIST ?? 'dist';
const NAMES = ['floor', 'bundled', 'arctic', 'gexf100k', 'json200k'] as const;
type Name = (typeof NAMES)[number];
const only = process.env.OPEN_BENCH_ONLY?.split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const name of only ?? []) {
  if (!(NAMES as readonly string[]).includes(name))
    throw new Error(`OPEN_BENCH_ONLY: unknown "${name}"; expected ${NAMES.join(', ')}`);
}
const wanted = (name: Name) => !only || only.includes(name);

const VIEWPORT = { width: 1400, height: 900 };
const TIMEOUT = 120_000;
const RUNS = 5;
/** the folder, inside the served copy, that the generated and copied files go to */
const FOLDER = 'open-bench';

interface Case {
  name: Exclude<Name, 'floor'>;
  what: string;
  /** the link's hash: empty for the bundled dataset */
  hash: string;
  /** writes the file the link opens into the served folder */
  write?: (dir: string) => void;
  /** actors the drawn graph must have, so a link that failed (and fell back to the bundled dataset) is caught */
  actors?: number;
  /** the goal for first frame over the floor's */
  ratioGoal: number;
  heapGoalMb?: number;
  runs: number;
}

const link = (file: string) => `#data=${encodeURIComponent(`${FOLDER}/${file}`)}`;
const ALL_CASES: Case[] = [
  { name: 'bundled', what: 'the bundled dataset', hash: '', ratioGoal: 1.3, runs: RUNS },
  {
    name: 'arctic',
    what: 'arctic.gexf by link',
    hash: link('arctic.gexf'),
    write: (dir) => copyFileSync('test/fixtures/gexf/arctic.gexf', join(dir, 'arctic.gexf')),
    actors: 1715,
    ratioGoal: 1.3,
    runs: RUNS,
  },
  {
    name: 'gexf100k',
    what: 'generated GEXF, 5,000 nodes / 100,000 edges, by link',
    hash: link('generated-100k.gexf'),
    write: (dir) => writeFileSync(join(dir, 'generated-100k.gexf'), generateGexf({ nodes: 5000, edges: 100_000 })),
    actors: 5000,
    ratioGoal: 3,
    runs: RUNS,
  },
  {
    name: 'json200k',
    what: 'generated JSON, 5,000 actors / 200,000 relations, by link',
    hash: link('generated-200k.json'),
    write: (dir) =>
      writeFileSync(
        join(dir, 'generated-200k.json'),
        JSON.stringify(generateDataset({ actors: 5000, relations: 200_000 })),
      ),
    actors: 5000,
    ratioGoal: 6,
    heapGoalMb: 150,
    runs: RUNS,
  },
];
const CASES = ALL_CASES.filter((c) => wanted(c.name));

/** One open: times from navigation (the page's time origin), in ms. */
interface Sample {
  firstFrame: number;
  /** faultlines-graph-complete, or the first frame where the build has no such mark */
  complete: number;
  longest: number;
  over50: number;
  heapMb: number;
  workers: number;
  actors: number;
  relations: number;
  /** the performance marks in order, for the first run's note */
  marks: string[];
  /** what looked wrong: the bundled dataset drawn before the link's, several first frames */
  notes: string[];
}

// Long tasks from the start of the page: installed before any of its scripts run. A string, not a
// function: tsx would wrap a function's inner helpers in a __name() the page does not have.
const LONG_TASKS = `
  window.__openBenchLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__openBenchLong.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {
    window.__openBenchLong = null;
  }
`;

/** OPEN_BENCH_TRACE=1: each step of each open on stderr, with the seconds since it began */
const trace = process.env.OPEN_BENCH_TRACE
  ? (t: number, step: string) => console.error(`  ${((Date.now() - t) / 1000).toFixed(1)} s ${step}`)
  : () => {};

/**
 * Opens `url` in a fresh context of a browser of its own, warmed by one unmeasured open of the bare page
 * (the GPU process started, sigma's shaders compiled). Not one browser for all: with software WebGL the
 * shared GPU process rasterises a large graph's frames long after its draw calls returned (about 40 s
 * at 100,000 edges), and would slow whatever opens next; a browser killed takes that work with it.
 */
async function open(url: string, bare: boolean, expect: { actors?: number; complete: boolean }): Promise<Sample> {
  const began = Date.now();
  const { browser, kill } = await launchKillableChromium();
  trace(began, 'browser launched');
  try {
    const warm = await browser.newContext({ viewport: VIEWPORT });
    const page = await warm.newPage();
    await page.goto(bareUrl);
    await page.waitForFunction(() => !!(window as unknown as { bareSigma?: unknown }).bareSigma, undefined, {
      timeout: TIMEOUT,
      polling: 100,
    });
    await warm.close();
    trace(began, 'warmed up');
    return await measure(browser, url, bare, expect);
  } finally {
    await kill();
    trace(began, 'browser killed');
  }
}

async function measure(browser: Browser, url: string, bare: boolean, expect: { actors?: number; complete: boolean }) {
  const began = Date.now();
  trace(began, `open ${url}`);
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(LONG_TASKS);
    await page.goto(url, { timeout: TIMEOUT });
    trace(began, 'loaded');
    if (bare) {
      await page.waitForFunction(() => !!(window as unknown as { bareSigma?: unknown }).bareSigma, undefined, {
        timeout: TIMEOUT,
        polling: 100,
      });
    } else {
      // the requested dataset is the last one whose load started (a link that fails falls back to
      // the bundled dataset, which the actor count below catches); wait for it to be committed and drawn
      await page.waitForFunction(
        () => {
          const start = performance.getEntriesByName('faultlines-load-start').at(-1)?.startTime;
          if (start === undefined) return false;
          const after = ['faultlines-load-done', 'faultlines-graph-drawn'].map((name) =>
            performance.getEntriesByName(name).some((e) => e.startTime >= start),
          );
          const d = (window as unknown as { faultlinesDebug?: { current: unknown } }).faultlinesDebug;
          return after[0] && after[1] && !!d?.current;
        },
        undefined,
        { timeout: TIMEOUT, polling: 100 },
      );
      if (expect.complete) {
        // progressive drawing marks faultlines-graph-complete when every line is drawn; only where the
        // renderer draws the lines itself (current.lines set: large graphs), not where sigma does
        // (lines null); a build whose handle does not say waits 10 s after the first frame at most
        await page.waitForFunction(
          () => {
            const start = performance.getEntriesByName('faultlines-load-start').at(-1)?.startTime ?? 0;
            if (performance.getEntriesByName('faultlines-graph-complete').some((e) => e.startTime >= start))
              return true;
            const current = (window as unknown as { faultlinesDebug: { current: { lines?: unknown } | null } })
              .faultlinesDebug.current;
            if (!current) return false;
            if (current.lines === null) return true;
            if ('lines' in current) return false;
            const drawn = performance.getEntriesByName('faultlines-graph-drawn').find((e) => e.startTime >= start);
            return !!drawn && performance.now() - drawn.startTime > 10_000;
          },
          undefined,
          { timeout: TIMEOUT, polling: 100 },
        );
      }
    }
    // the long-task observer's callbacks run in a later task. Nothing waits for a large dataset's final
    // layout: on software WebGL its 400 ms glide redraws every line each frame and holds the page for
    // tens of seconds (over two minutes at 200k relations on two cores), longer than the whole benchmark
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const figures = await page.evaluate(() => {
      const marks = performance
        .getEntriesByType('mark')
        .filter((e) => e.name.startsWith('faultlines-'))
        .sort((a, b) => a.startTime - b.startTime);
      const starts = marks.filter((e) => e.name === 'faultlines-load-start');
      const from = starts.at(-1)?.startTime ?? 0;
      const drawn = marks.filter((e) => e.name === 'faultlines-graph-drawn');
      const done = marks.find((e) => e.name === 'faultlines-load-done' && e.startTime >= from);
      const notes: string[] = [];
      if (starts.length > 1) notes.push(`${starts.length} loads started`);
      const before = drawn.filter((e) => e.startTime < from).length;
      if (before) notes.push(`${before} graph(s) drawn before the requested dataset's load started`);
      // the first frame of the requested dataset: the first drawing after its load started
      const ours = drawn.filter((e) => e.startTime >= from);
      if (ours.length > 1) notes.push(`${ours.length} graph-drawn marks for the requested dataset`);
      if (done && ours.length && ours[0].startTime < done.startTime) notes.push('drawn before load-done');
      const firstFrame = ours[0]?.startTime ?? NaN;
      const completeMark = marks.find((e) => e.name === 'faultlines-graph-complete' && e.startTime >= firstFrame);
      const complete = completeMark?.startTime ?? firstFrame;
      const long = (window as unknown as { __openBenchLong: { start: number; duration: number }[] | null })
        .__openBenchLong;
      if (!long) notes.push('no longtask observer');
      const until = (long ?? []).filter((t) => t.start < complete).map((t) => t.duration);
      const current = (
        window as unknown as {
          faultlinesDebug?: {
            current: { loaded: { valid: { dataset: { actors: unknown[]; relations: unknown[] } } } } | null;
          };
        }
      ).faultlinesDebug?.current;
      return {
        firstFrame,
        complete,
        longest: Math.max(0, ...until),
        over50: until.filter((d) => d > 50).length,
        actors: current?.loaded.valid.dataset.actors.length ?? 2,
        relations: current?.loaded.valid.dataset.relations.length ?? 1,
        marks: marks.map((e) => `${e.name.replace(/^faultlines-/, '')} ${e.startTime.toFixed(0)}`),
        notes,
      };
    });
    if (expect.actors !== undefined && figures.actors !== expect.actors) {
      throw new Error(`${url}: expected ${expect.actors} actors, the page has ${figures.actors} (did the link fail?)`);
    }
    trace(began, 'drawn and read');
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    trace(began, 'heap read');
    return { ...figures, heapMb: usedSize / 2 ** 20, workers: page.workers().length } satisfies Sample;
  } finally {
    await context.close();
    trace(began, 'closed');
  }
}

const t0 = Date.now();
console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}`);

// the app: a copy of the build folder with the linked files beside it (the app names a dataset by its file)
const temp = mkdtempSync(join(tmpdir(), 'faultlines-open-bench-'));
const appDir = join(temp, 'app');
cpSync(DIST, appDir, { recursive: true });
mkdirSync(join(appDir, FOLDER), { recursive: true });
for (const c of CASES) c.write?.(join(appDir, FOLDER));
const code = readdirSync(join(appDir, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => readFileSync(join(appDir, 'assets', f), 'utf8'));
const marksComplete = code.some((text) => text.includes('faultlines-graph-complete'));
console.log(
  `build: ${DIST} (${marksComplete ? 'marks faultlines-graph-complete' : 'no faultlines-graph-complete mark: complete = first frame'})`,
);

// the floor: the bare sigma page, built now with the project's sigma and graphology (also what warms
// each browser up, so it is built whatever is measured)
const bareDir = join(temp, 'bare-sigma');
await build({
  root: 'test/bench/bare-sigma',
  base: './',
  configFile: false,
  build: { outDir: bareDir, emptyOutDir: true },
  logLevel: 'silent',
});

const app = await serveDist(appDir);
const bare = await serveDist(bareDir);
const bareUrl = bare.url;
const floor: Sample[] = [];
const samples = new Map<string, Sample[]>(CASES.map((c) => [c.name, []]));
const failures = new Map<string, string[]>();
try {
  const measureFloor = async () => {
    if (wanted('floor')) floor.push(await open(bareUrl, true, { complete: false }));
  };
  if (!CASES.length) for (let run = 0; run < RUNS; run++) await measureFloor();
  for (let run = 0; run < Math.max(0, ...CASES.map((c) => c.runs)); run++) {
    for (const c of CASES) {
      if (run >= c.runs) continue;
      await measureFloor();
      try {
        samples.get(c.name)?.push(await open(app.url + c.hash, false, { actors: c.actors, complete: marksComplete }));
      } catch (e) {
        // one failed open (a timeout) is reported on the dataset's line; the others go on
        failures.set(c.name, [
          ...(failures.get(c.name) ?? []),
          (e instanceof Error ? e.message : String(e)).split('\n')[0],
        ]);
      }
    }
  }
} finally {
  await app.close();
  await bare.close();
  rmSync(temp, { recursive: true, force: true });
}

/** "median unit [each run]" */
const fig = (xs: number[], digits: number, unit: string) =>
  `${median(xs).toFixed(digits)}${unit} [${xs.map((x) => x.toFixed(digits)).join(', ')}]`;
const met = (ok: boolean) => (ok ? 'met' : 'missed');
const floorMedian = floor.length ? median(floor.map((s) => s.firstFrame)) : NaN;

if (floor.length) {
  const first = floor.map((s) => s.firstFrame);
  const longest = floor.map((s) => s.longest);
  const heap = floor.map((s) => s.heapMb);
  console.log(
    [
      `${'floor'.padEnd(9)} bare sigma page, 2 nodes (${floor.length} runs)`,
      `first frame ${fig(first, 0, ' ms')}`,
      `longest task ${fig(longest, 0, ' ms')}`,
      `heap after GC ${fig(heap, 1, ' MB')}`,
    ].join(' | '),
  );
}
for (const c of CASES) {
  const runs = samples.get(c.name) ?? [];
  const first = runs.map((s) => s.firstFrame);
  const complete = runs.map((s) => s.complete);
  const longest = runs.map((s) => s.longest);
  const over50 = runs.map((s) => s.over50);
  const heap = runs.map((s) => s.heapMb);
  const workers = runs.map((s) => s.workers);
  const ratio = median(first) / floorMedian;
  const heapGoal = c.heapGoalMb ? ` (goal < ${c.heapGoalMb} MB: ${met(median(heap) < c.heapGoalMb)})` : '';
  console.log(
    [
      `${c.name.padEnd(9)} ${c.what} (${runs[0]?.actors} actors, ${runs[0]?.relations} relations; ${runs.length} runs)`,
      `first frame ${fig(first, 0, ' ms')}`,
      runs.every((s) => s.complete === s.firstFrame)
        ? `complete = first frame${marksComplete ? '' : ' (no mark)'}`
        : `complete ${fig(complete, 0, ' ms')}`,
      floor.length
        ? `${ratio.toFixed(2)}x floor (goal <= ${c.ratioGoal}x: ${met(ratio <= c.ratioGoal)})`
        : 'no floor measured',
      `longest task until complete ${fig(longest, 0, ' ms')} (goal < 100 ms: ${met(median(longest) < 100)})`,
      `tasks over 50 ms ${fig(over50, 0, '')}`,
      `heap at complete, after GC ${fig(heap, 1, ' MB')}${heapGoal}`,
      `workers alive at complete ${fig(workers, 0, '')}`,
    ].join(' | '),
  );
  const failed = (failures.get(c.name) ?? []).map((f) => `failed: ${f}`);
  const notes = [...new Set([...runs.flatMap((s) => s.notes), ...failed])];
  console.log(
    `${''.padEnd(9)} marks, run 1: ${runs[0]?.marks.join(', ')}${notes.length ? `; notes: ${notes.join('; ')}` : ''}`,
  );
}
console.log(`wall time ${((Date.now() - t0) / 1000).toFixed(0)} s`);
