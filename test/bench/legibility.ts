// Can an analyst read the picture? Opens three datasets in headless Chromium at
// 1280x800 and measures what is drawn: pairs of drawn labels whose boxes overlap,
// the share of pairs of visible discs that overlap, how much of the pane the
// graph fills, and the largest disc against the pane's height. Saves a
// screenshot of each and the figures as JSON. Run: npm run bench:legibility
// LEGIBILITY_DIST: the build folder to serve (default dist); LEGIBILITY_OUT: where
// screenshots and figures go (default test-results/legibility).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromium, serveDist } from './chromium';
import { generateEvents } from './generateEvents';

const DIST = process.env.LEGIBILITY_DIST ?? 'dist';
const OUT = process.env.LEGIBILITY_OUT ?? 'test-results/legibility';
const VIEWPORT = { width: 1280, height: 800 };
const GOALS = { labelOverlaps: 0, discOverlapShare: 0.01, fill: 0.7, largestRadiusShare: 0.05 };

interface Case {
  name: string;
  /** the link's hash: empty for the bundled dataset */
  hash: string;
  /** actors the graph must have, so a link that failed (and fell back to the bundled dataset) is caught */
  actors?: number;
}

interface Measured {
  actors: number;
  visibleDiscs: number;
  labels: number;
  labelSource: string;
  labelOverlaps: number;
  /** the first few overlapping pairs, by node key, to see which labels collide */
  labelOverlapExamples: [string, string][];
  discOverlaps: number;
  discPairs: number;
  pane: { width: number; height: number };
  bbox: { width: number; height: number };
  largestRadius: number;
}

type Figures = Measured & {
  dataset: string;
  discOverlapShare: number;
  fill: number;
  fillArea: number;
  largestRadiusShare: number;
  screenshot: string;
};

// the datasets are served beside the app and opened by the data= link, as an analyst's link would
// (in a folder of their own: the app names a dataset by the file's name)
const events = generateEvents();
mkdirSync(join(DIST, 'legibility'), { recursive: true });
writeFileSync(join(DIST, 'legibility', 'events-1000.json'), JSON.stringify(events));
copyFileSync('test/fixtures/gexf/arctic.gexf', join(DIST, 'legibility', 'arctic.gexf'));
const link = (file: string) => `#data=${encodeURIComponent(`legibility/${file}`)}`;
const CASES: Case[] = [
  { name: 'bundled', hash: '' },
  { name: 'arctic-gexf', hash: link('arctic.gexf'), actors: 1715 },
  { name: 'events-1000', hash: link('events-1000.json'), actors: events.actors.length },
];

/** Waits for the drawn graph, and for the layout to rest where the app says when it has. */
async function waitForDrawing(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const d = (window as unknown as { faultlinesDebug?: { current: unknown; frames: number; settled?: unknown } })
        .faultlinesDebug;
      // `settled` (a flag or a promise) is not there yet; when it is, a false flag means not yet
      return !!d?.current && d.frames > 0 && d.settled !== false;
    },
    undefined,
    { timeout: 180_000 },
  );
  await page.evaluate(async () => {
    const settled = (window as unknown as { faultlinesDebug: { settled?: unknown } }).faultlinesDebug.settled;
    if (typeof (settled as PromiseLike<unknown> | undefined)?.then === 'function') await settled;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 1000));
  });
}

/** Everything measured in the page, from sigma's public API and, for labels, what was drawn. */
function measure(page: Page): Promise<Measured> {
  return page.evaluate(() => {
    interface Display {
      x: number;
      y: number;
      size: number;
      hidden?: boolean;
      label?: string | null;
    }
    interface SigmaLike {
      getGraph(): { nodes(): string[] };
      getNodeDisplayData(node: string): Display | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
      scaleSize(size: number): number;
      getDimensions(): { width: number; height: number };
      getSetting(name: string): unknown;
      getNodeDisplayedLabels?(): Set<string>;
      displayedNodeLabels?: Set<string>;
    }
    interface Box {
      node: string;
      x: number;
      y: number;
      width: number;
      height: number;
    }
    const current = (
      window as unknown as {
        faultlinesDebug: { current: { sigma: SigmaLike; drawnLabels?: () => Box[] } };
      }
    ).faultlinesDebug.current;
    const sigma = current.sigma;
    const pane = sigma.getDimensions();

    // discs: on-screen radius is sigma's scaleSize (size / zoomToSizeRatioFunction(ratio), px at
    // itemSizesReference "screen"), the same value sigma places labels and arrowheads by
    const discs: { x: number; y: number; r: number }[] = [];
    const nodes = sigma.getGraph().nodes();
    for (const node of nodes) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) continue;
      const p = sigma.framedGraphToViewport(data);
      const r = sigma.scaleSize(data.size);
      if (p.x + r < 0 || p.x - r > pane.width || p.y + r < 0 || p.y - r > pane.height) continue;
      discs.push({ x: p.x, y: p.y, r });
    }
    let discOverlaps = 0;
    let largestRadius = 0;
    let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < discs.length; i++) {
      const a = discs[i];
      largestRadius = Math.max(largestRadius, a.r);
      left = Math.min(left, a.x - a.r);
      right = Math.max(right, a.x + a.r);
      top = Math.min(top, a.y - a.r);
      bottom = Math.max(bottom, a.y + a.r);
      for (let j = i + 1; j < discs.length; j++) {
        const b = discs[j];
        const reach = a.r + b.r;
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        if (dx * dx + dy * dy < reach * reach) discOverlaps++;
      }
    }
    const clip = (v: number, max: number) => Math.max(0, Math.min(max, v));
    const bbox = discs.length
      ? {
          width: clip(right, pane.width) - clip(left, pane.width),
          height: clip(bottom, pane.height) - clip(top, pane.height),
        }
      : { width: 0, height: 0 };

    // labels: the renderer's own boxes once it places labels itself; until then, the labels sigma
    // drew in its last frame, boxed as its drawDiscNodeLabel draws them (text at x + size + 3,
    // baseline at y + labelSize / 3), the box's height from cap top to descender ("Hgjy")
    let boxes: Box[];
    let labelSource: string;
    if (typeof current.drawnLabels === 'function') {
      boxes = current.drawnLabels();
      labelSource = 'drawnLabels()';
    } else {
      const drawn = sigma.getNodeDisplayedLabels?.() ?? sigma.displayedNodeLabels ?? new Set<string>();
      const size = sigma.getSetting('labelSize') as number;
      const context = document.createElement('canvas').getContext('2d');
      if (!context) throw new Error('no 2d context to measure labels with');
      context.font = `${sigma.getSetting('labelWeight') as string} ${size}px ${sigma.getSetting('labelFont') as string}`;
      const probe = context.measureText('Hgjy');
      boxes = [];
      for (const node of drawn) {
        const data = sigma.getNodeDisplayData(node);
        if (!data?.label) continue;
        const p = sigma.framedGraphToViewport(data);
        const baseline = p.y + size / 3;
        boxes.push({
          node,
          x: p.x + sigma.scaleSize(data.size) + 3,
          y: baseline - probe.actualBoundingBoxAscent,
          width: context.measureText(data.label).width,
          height: probe.actualBoundingBoxAscent + probe.actualBoundingBoxDescent,
        });
      }
      labelSource = 'sigma displayed labels';
    }
    // a few thousand labels at most: all pairs, after a sort on x to stop early
    boxes.sort((a, b) => a.x - b.x);
    let labelOverlaps = 0;
    const labelOverlapExamples: [string, string][] = [];
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i];
      for (let j = i + 1; j < boxes.length && boxes[j].x < a.x + a.width; j++) {
        const b = boxes[j];
        if (a.y < b.y + b.height && b.y < a.y + a.height) {
          if (++labelOverlaps <= 20) labelOverlapExamples.push([a.node, b.node]);
        }
      }
    }

    return {
      actors: nodes.length,
      visibleDiscs: discs.length,
      labels: boxes.length,
      labelSource,
      labelOverlaps,
      labelOverlapExamples,
      discOverlaps,
      discPairs: (discs.length * (discs.length - 1)) / 2,
      pane,
      bbox,
      largestRadius,
    };
  });
}

mkdirSync(OUT, { recursive: true });
const server = await serveDist(DIST);
const browser = await launchChromium();
const results: Figures[] = [];
try {
  for (const c of CASES) {
    const page = await browser.newPage({ viewport: VIEWPORT });
    // tsx names the page code's inner functions with a __name() helper the page does not have
    await page.addInitScript('window.__name = (f) => f;');
    await page.goto(server.url + c.hash);
    await waitForDrawing(page);
    const m = await measure(page);
    if (c.actors !== undefined && m.actors !== c.actors) {
      throw new Error(`${c.name}: expected ${c.actors} actors, the graph has ${m.actors} (did the link fail?)`);
    }
    const screenshot = join(OUT, `${c.name}.png`);
    await page.screenshot({ path: screenshot });
    await page.close();
    results.push({
      dataset: c.name,
      ...m,
      discOverlapShare: m.discPairs ? m.discOverlaps / m.discPairs : 0,
      fill: Math.max(m.bbox.width / m.pane.width, m.bbox.height / m.pane.height),
      fillArea: (m.bbox.width * m.bbox.height) / (m.pane.width * m.pane.height),
      largestRadiusShare: m.largestRadius / m.pane.height,
      screenshot,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const pct = (x: number, digits = 1) => `${(x * 100).toFixed(digits)}%`;
const rows = [
  ['dataset', 'discs', 'labels', 'label overlaps', 'disc overlaps', 'fill', 'fill area', 'largest r', 'pane'],
  [
    'goal',
    '',
    '',
    `${GOALS.labelOverlaps}`,
    `< ${pct(GOALS.discOverlapShare, 0)}`,
    `>= ${pct(GOALS.fill, 0)}`,
    '',
    `< ${pct(GOALS.largestRadiusShare, 0)}`,
    '',
  ],
  ...results.map((r) => [
    r.dataset,
    `${r.visibleDiscs}/${r.actors}`,
    `${r.labels}`,
    `${r.labelOverlaps}`,
    `${pct(r.discOverlapShare, 2)} (${r.discOverlaps})`,
    pct(r.fill),
    pct(r.fillArea),
    `${pct(r.largestRadiusShare, 2)} (${r.largestRadius.toFixed(1)} px)`,
    `${r.pane.width}x${r.pane.height}`,
  ]),
];
const widths = rows[0].map((_, k) => Math.max(...rows.map((row) => row[k].length)));
for (const row of rows) console.log(row.map((cell, k) => cell.padEnd(widths[k])).join('  '));
console.log(`labels from: ${[...new Set(results.map((r) => r.labelSource))].join(', ')}; screenshots in ${OUT}/`);
writeFileSync(
  join(OUT, 'legibility.json'),
  JSON.stringify({ dist: DIST, viewport: VIEWPORT, goals: GOALS, results }, null, 2),
);
