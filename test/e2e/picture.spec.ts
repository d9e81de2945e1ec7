// The picture an analyst reads: the camera fits what is shown (after opening and
// after Focus), discs stay small and do not grow as one zooms in, labels never
// overlap on screen nor in the SVG export, a contested line keeps its type's
// colour with a dashed stroke, and a view that shows nothing says why.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Live {
  sigma: {
    getGraph(): { nodes(): string[]; edges(): string[]; getEdgeAttribute(e: string, a: string): unknown };
    getNodeDisplayData(id: string): { x: number; y: number; size: number; hidden?: boolean } | undefined;
    getEdgeDisplayData(key: string): { dashed?: boolean; color?: string; label?: string | null; hidden?: boolean };
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    getDimensions(): { width: number; height: number };
    scaleSize(size: number): number;
    getCamera(): { ratio: number; setState(s: { ratio: number }): void; isAnimated(): boolean };
  };
  drawnLabels(): (Box & { node: string; text: string })[];
}

/** The drawn discs' bounding box as shares of the pane, and the largest radius as a share of its height. */
async function frame(page: Page) {
  return page.evaluate(() => {
    const { sigma } = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
    const { width, height } = sigma.getDimensions();
    let x0 = Infinity;
    let x1 = -Infinity;
    let y0 = Infinity;
    let y1 = -Infinity;
    let r = 0;
    let outside = 0;
    for (const node of sigma.getGraph().nodes()) {
      const d = sigma.getNodeDisplayData(node);
      if (!d || d.hidden) continue;
      const p = sigma.framedGraphToViewport(d);
      const radius = sigma.scaleSize(d.size);
      x0 = Math.min(x0, p.x - radius);
      x1 = Math.max(x1, p.x + radius);
      y0 = Math.min(y0, p.y - radius);
      y1 = Math.max(y1, p.y + radius);
      r = Math.max(r, radius);
      if (p.x < 0 || p.y < 0 || p.x > width || p.y > height) outside++;
    }
    const moving = sigma.getCamera().isAnimated();
    return { fill: Math.max((x1 - x0) / width, (y1 - y0) / height), radius: r / height, outside, moving };
  });
}

function overlaps(boxes: Box[]): number {
  let n = 0;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++;
    }
  }
  return n;
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
});

test('the camera fits the graph to its pane on opening and fits the neighbourhood on Focus', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await expect.poll(async () => (await frame(page)).fill).toBeGreaterThan(0.8);
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Nujaba');
  await search.press('Enter');
  await page.getByRole('button', { name: 'Focus' }).click();
  // the focused actors, a few of the whole, fill the pane rather than huddle in its middle
  // (once the fit's glide has ended: a move made during it would be overwritten by its last frames)
  await expect
    .poll(async () => {
      const f = await frame(page);
      return !f.moving && f.outside === 0 && f.fill > 0.8;
    })
    .toBe(true);
  await expect(page.getByTestId('graph-caption')).toContainText('Focus: Nujaba, 1 hop');
  // and "Fit to view" brings a wandered camera back
  await page.evaluate(() => {
    const { sigma } = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
    sigma.getCamera().setState({ ratio: 8 });
  });
  await expect.poll(async () => (await frame(page)).fill).toBeLessThan(0.3);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  await expect.poll(async () => (await frame(page)).fill).toBeGreaterThan(0.8);
});

test('discs stay a small share of the pane and keep their size in pixels as one zooms in', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  expect((await frame(page)).radius).toBeLessThan(0.05);
  const radius = () =>
    page.evaluate(() => {
      const { sigma } = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
      return sigma.scaleSize(sigma.getNodeDisplayData('hts')!.size);
    });
  const zoom = (ratio: number) =>
    page.evaluate((r) => {
      const { sigma } = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
      sigma.getCamera().setState({ ratio: r });
    }, ratio);
  await zoom(1);
  const before = await radius();
  await zoom(0.2);
  expect(await radius()).toBeCloseTo(before, 5);
});

test('labels on screen and in the SVG export are the same, and none overlaps another', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const onScreen = await page.evaluate(() =>
    (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current.drawnLabels(),
  );
  expect(onScreen.length).toBeGreaterThan(20);
  expect(overlaps(onScreen)).toBe(0);

  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'SVG image' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // the SVG's labels, laid out by the browser as a reader's viewer would
  const inSvg = await page.evaluate((text) => {
    const host = document.createElement('div');
    host.innerHTML = text;
    document.body.append(host);
    const labels = [...host.querySelectorAll('text[dominant-baseline="central"]')] as SVGTextElement[];
    const boxes = labels.map((t) => {
      const b = t.getBBox();
      return { text: t.textContent ?? '', x: b.x, y: b.y, width: b.width, height: b.height };
    });
    host.remove();
    return boxes;
  }, svg);
  expect(inSvg.map((b) => b.text).sort()).toEqual(onScreen.map((l) => l.text).sort());
  expect(inSvg).toHaveLength(onScreen.length);
  // boxes shrunk by a pixel each side: glyph boxes of neighbouring lines may touch, never cross
  expect(overlaps(inSvg.map((b) => ({ x: b.x + 1, y: b.y + 1, width: b.width - 2, height: b.height - 2 })))).toBe(0);
});

test('a denied line keeps its type colour and is dashed', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const denied = await page.evaluate(() => {
    const { sigma } = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
    return sigma
      .getGraph()
      .edges()
      .map((e) => ({ e, d: sigma.getEdgeDisplayData(e), base: sigma.getGraph().getEdgeAttribute(e, 'typeColour') }))
      .filter(({ d }) => d.label === 'denied' && d.dashed)
      .map(({ d, base }) => ({ colour: d.color, base }));
  });
  expect(denied.length).toBeGreaterThan(0);
  for (const { colour, base } of denied) expect(colour).toBe(base);
});

test('a filter that hides everything says so, and the way back restores the graph', async ({ page }) => {
  await page.goto(
    './#types=accuses,allied-with,backs,deploys-to,designates-terrorist,fights,mediates,meets,member-of,negotiates-with,opposes,pledges-support,strikes',
  );
  await waitForGraph(page);
  const empty = page.locator('.graph-empty');
  await expect(empty).toContainText('Nothing is shown');
  await expect(empty).toContainText('13 types hidden');
  await empty.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(empty).toBeHidden();
  await expect(page.getByTestId('graph-caption')).toContainText('All dates · 40 actors');
});
