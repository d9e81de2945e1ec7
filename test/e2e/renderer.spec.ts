// The renderer's life on the page: the canvas follows its pane whatever opens
// around it, a lost WebGL context is drawn again as it was (or the user is told),
// and positions stay put while the dates change.
import { expect, test, type Page } from '@playwright/test';
import { actorPosition, collectProblems, drawnPixels, statusCounts, waitForGraph } from './helpers';

interface Sigmaish {
  getDimensions(): { width: number; height: number };
  getGraph(): { nodes(): string[] };
  getNodeDisplayData(n: string): { x: number; y: number; hidden?: boolean } | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  refresh(): void;
}
type Debug = { current: { sigma: Sigmaish } | null };

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Where the canvases, the pane, the timeline and the table are, and what sigma thinks its size is. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const rect = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const sigma = (window as unknown as { faultlinesDebug: Debug }).faultlinesDebug.current?.sigma;
    return {
      pane: rect(document.querySelector('.graph-area'))!,
      canvases: [...document.querySelectorAll('.graph-canvas canvas')].map((c) => rect(c)!),
      under: rect(document.querySelector('.under-graph'))!,
      table: rect(document.querySelector('.table-panel')),
      sigma: sigma?.getDimensions() ?? null,
    };
  });
}

/** Viewport positions of the actors drawn now. */
async function drawnPositions(page: Page): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate(() => {
    const sigma = (window as unknown as { faultlinesDebug: Debug }).faultlinesDebug.current!.sigma;
    const out: Record<string, { x: number; y: number }> = {};
    for (const n of sigma.getGraph().nodes()) {
      const d = sigma.getNodeDisplayData(n);
      if (d && !d.hidden) out[n] = sigma.framedGraphToViewport(d);
    }
    return out;
  });
}

/** The canvases fill the pane exactly, overlap neither the timeline nor the table, and the drawing spans the pane. */
async function expectFitted(page: Page) {
  await expect
    .poll(async () => {
      const l = await layout(page);
      return (
        l.sigma !== null &&
        Math.abs(l.sigma.width - l.pane.width) < 1 &&
        Math.abs(l.sigma.height - l.pane.height) < 1 &&
        l.canvases.every((c) => Math.abs(c.width - l.pane.width) < 1 && Math.abs(c.height - l.pane.height) < 1)
      );
    })
    .toBe(true);
  const l = await layout(page);
  for (const c of l.canvases) {
    expect(overlaps(c, l.under), 'canvas over the timeline').toBe(false);
    if (l.table) expect(overlaps(c, l.table), 'canvas over the table').toBe(false);
  }
  // the drawing was fitted to the new pane: every actor inside it, and the graph across most of it
  const points = Object.values(await drawnPositions(page));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...xs)).toBeLessThanOrEqual(l.pane.width);
  expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...ys)).toBeLessThanOrEqual(l.pane.height);
  const spread = Math.max(
    (Math.max(...xs) - Math.min(...xs)) / l.pane.width,
    (Math.max(...ys) - Math.min(...ys)) / l.pane.height,
  );
  expect(spread).toBeGreaterThan(0.5);
  // Play stays clickable: nothing covers it
  await page.getByRole('button', { name: 'Play' }).click({ trial: true, timeout: 2000 });
}

test('the canvas follows its pane as the Table opens and closes, the window resizes and the side panels open', async ({
  page,
}) => {
  const problems = collectProblems(page);
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1440, height: 900 },
    { width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize(size);
    await page.goto('./');
    await waitForGraph(page);
    await expectFitted(page);
    const full = (await layout(page)).pane;
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByRole('table', { name: 'Relations' })).toBeVisible();
    expect((await layout(page)).pane.height).toBeLessThan(full.height);
    await expectFitted(page);
    await page.getByRole('button', { name: 'Analysis' }).click();
    await page.getByText('Filters', { exact: true }).click();
    await expectFitted(page);
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByRole('table', { name: 'Relations' })).toHaveCount(0);
    await expectFitted(page);
    expect((await layout(page)).pane.height).toBeCloseTo(full.height, 0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectFitted(page);
  expect(await drawnPixels(page)).toBeGreaterThan(1000);
  expect(problems).toEqual([]);
});

test('a lost WebGL context is drawn again as it was, and the graph still answers', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Start day').fill('2024-11-27');
  const counts = await statusCounts(page);
  const before = await drawnPositions(page);
  const pixels = await drawnPixels(page);
  await page.evaluate(() => {
    const canvas = document.querySelector('.graph-canvas canvas.sigma-nodes') as HTMLCanvasElement;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const lose = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { lose: WEBGL_lose_context }).lose = lose;
    lose.loseContext();
  });
  await expect(page.getByText('The graphics card dropped the drawing')).toBeVisible();
  await page.evaluate(() => (window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext());
  await expect(page.getByText('The graphics card dropped the drawing')).toHaveCount(0);
  await expect.poll(() => drawnPixels(page)).toBeGreaterThan(pixels * 0.9);
  expect(await statusCounts(page)).toEqual(counts);
  expect(await drawnPositions(page)).toEqual(before);
  // the new drawing follows the store: a click selects, a step redraws
  const hts = await actorPosition(page, 'hts');
  await page.mouse.click(hts.x, hts.y);
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toContainText('Hay');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Include undated' }).uncheck();
  await expect.poll(async () => (await statusCounts(page)).actors).toBeLessThan(counts.actors);
  const shown = (await statusCounts(page)).actors;
  await expect.poll(async () => Object.keys(await drawnPositions(page)).length).toBe(shown);
  expect(await page.locator('.graph-canvas canvas').count()).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});

test('when the drawing cannot be made again after a lost context, the page says so and the rest works', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.evaluate(() => {
    const canvas = document.querySelector('.graph-canvas canvas.sigma-edges') as HTMLCanvasElement;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    // from now on this page gets no WebGL, as after a GPU failure
    const own = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      return type.includes('webgl') ? null : own.call(this, type as '2d', ...(rest as []));
    } as typeof own;
    gl.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await expect(page.getByRole('alert')).toContainText('The graph could not be drawn again');
  await page.getByRole('button', { name: 'Table' }).click();
  expect(await page.getByRole('table', { name: 'Relations' }).locator('tbody tr').count()).toBeGreaterThan(10);
});

test('positions on screen do not move when the range changes, nor after a full redraw', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const before = await drawnPositions(page);
  await page.getByLabel('Start day').fill('2024-11-27');
  await page.getByLabel('End day').fill('2024-11-30');
  await expect
    .poll(async () => Object.keys(await drawnPositions(page)).length)
    .toBeLessThan(Object.keys(before).length);
  const after = await drawnPositions(page);
  await page.evaluate(() => (window as unknown as { faultlinesDebug: Debug }).faultlinesDebug.current!.sigma.refresh());
  const redrawn = await drawnPositions(page);
  const kept = Object.keys(after);
  expect(kept.length).toBeGreaterThan(3);
  for (const n of kept) {
    expect(after[n].x, n).toBeCloseTo(before[n].x, 1);
    expect(after[n].y, n).toBeCloseTo(before[n].y, 1);
    expect(redrawn[n].x, n).toBeCloseTo(before[n].x, 1);
    expect(redrawn[n].y, n).toBeCloseTo(before[n].y, 1);
  }
});
