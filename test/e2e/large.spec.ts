// A graph of more than 20,000 lines: sigma holds only the actors, and our own
// layer draws one line per visible edge group (bulkLineLayer.ts), styled in
// slices after the first frame. The lines are on screen, follow the date
// filter, and are in the PNG and SVG exports.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../bench/generate';
import { collectProblems, drawnPixels, inkOf, statusCounts, waitForGraph } from './helpers';

interface Live {
  sigma: { getGraph(): { size: number; order: number }; refresh(): void; getCanvases(): { edges: HTMLCanvasElement } };
  lines: { lines: { columns: { size: Float32Array } } } | null;
  engine: { groupCounts: Int32Array };
  loaded: { grouping: { groupCount: number } };
}

/** Lines the layer draws, and edge groups the engine shows. */
async function lineCounts(page: Page) {
  return page.evaluate(() => {
    const c = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
    return {
      sigmaEdges: c.sigma.getGraph().size,
      groups: c.loaded.grouping.groupCount,
      drawn: c.lines ? c.lines.lines.columns.size.filter((s) => s !== 0).length : -1,
      shown: c.engine.groupCounts.filter((n) => n > 0).length,
    };
  });
}

/**
 * Pixels the lines cover in the edge layer, which holds nothing but lines: drawn now and read in
 * the same task (WebGL keeps a frame only until it is shown).
 */
async function lineInk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const c = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
    c.sigma.refresh();
    const gl = c.sigma.getCanvases().edges.getContext('webgl2');
    if (!gl) throw new Error('no WebGL 2 edge layer');
    const { drawingBufferWidth: w, drawingBufferHeight: h } = gl;
    const px = new Uint8Array(w * h * 4);
    gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
    let n = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] > 16) n++;
    return n;
  });
}

test('more than 20,000 lines are drawn by the line layer, follow the dates, and are exported', async ({ page }) => {
  test.setTimeout(180_000);
  const problems = collectProblems(page);
  const data = generateDataset({ actors: 1500, relations: 30_000, seed: 5 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'large.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await waitForGraph(page, data.meta.title);
  await page.waitForFunction(() => performance.getEntriesByName('faultlines-graph-complete').length > 0, undefined, {
    timeout: 60_000,
  });
  await page.waitForFunction(
    () => (window as unknown as { faultlinesDebug: { settled: boolean } }).faultlinesDebug.settled,
    undefined,
    { timeout: 90_000 },
  );

  // sigma holds the actors alone; every visible group is one drawn line
  const all = await lineCounts(page);
  expect(all.groups).toBeGreaterThan(20_000);
  expect(all.sigmaEdges).toBe(0);
  expect(all.drawn).toBe(all.shown);
  // the legend does not promise arrowheads the lines do not have
  await expect(page.getByText('lines are straight and carry no arrowheads', { exact: false })).toBeAttached();
  await expect(page.getByText('→ arrow: directed')).toHaveCount(0);
  const inkAll = await drawnPixels(page);
  const linesAll = await lineInk(page);
  expect(linesAll).toBeGreaterThan(10_000);

  // one month: most lines go, from the columns and from the screen
  await page.evaluate(() =>
    (
      window as unknown as { faultlinesDebug: { setFilters(p: { from: number; to: number }): void } }
    ).faultlinesDebug.setFilters({ from: 19_000, to: 19_030 }),
  );
  await expect.poll(async () => (await statusCounts(page)).relations).toBeLessThan(2_000);
  const month = await lineCounts(page);
  expect(month.drawn).toBe(month.shown);
  expect(month.shown).toBeLessThan(all.shown / 5);
  // lines cover pixels many times over in a hairball: fewer lines cover fewer, not proportionally fewer
  await expect.poll(() => lineInk(page)).toBeLessThan(linesAll);
  expect(await lineInk(page)).toBeGreaterThan(0);

  // every type hidden, every actor kept: the actors are drawn, and not one line
  await page.evaluate(() => {
    const d = (window as unknown as { faultlinesDebug: { setFilters(p: object): void } }).faultlinesDebug;
    d.setFilters({
      from: null,
      to: null,
      showIsolated: true,
      hiddenTypes: new Set([
        'fights',
        'strikes',
        'accuses',
        'opposes',
        'meets',
        'negotiates-with',
        'pledges-support',
        'backs',
        'member-of',
        'allied-with',
        'deploys-to',
      ]),
    });
  });
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(0);
  expect((await lineCounts(page)).drawn).toBe(0);
  expect(await lineInk(page)).toBe(0);
  expect(await drawnPixels(page)).toBeGreaterThan(1_000);

  // all dates again: the same picture
  await page.evaluate(() =>
    (window as unknown as { faultlinesDebug: { setFilters(p: object): void } }).faultlinesDebug.setFilters({
      from: null,
      to: null,
      showIsolated: false,
      hiddenTypes: new Set(),
    }),
  );
  await expect.poll(async () => (await lineCounts(page)).drawn).toBe(all.shown);
  expect(await lineInk(page)).toBe(linesAll);
  await expect.poll(async () => Math.abs((await drawnPixels(page)) - inkAll) / inkAll).toBeLessThan(0.05);

  // the SVG has a path per drawn line; the PNG has the lines' ink too
  await page.getByRole('button', { name: 'Export' }).click();
  const [svgDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'SVG image' }).click(),
  ]);
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg.match(/<path d="M[\d.-]+,[\d.-]+ L[\d.-]+,[\d.-]+" fill="none"/g)?.length).toBe(all.shown);
  await page.getByRole('button', { name: 'Export' }).click();
  const [pngDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'PNG image (1×)' }).click(),
  ]);
  const inkPng = await inkOf(page, readFileSync((await pngDownload.path())!));
  // the PNG adds a header, legend and caption; without the lines it would hold a fraction of the screen's ink
  expect(inkPng).toBeGreaterThan(inkAll * 0.8);
  expect(problems).toEqual([]);
});
