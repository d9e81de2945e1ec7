// Lines of words about what has not happened (intentions, offers, threats,
// conditional statements) read apart from acts without colour: a straight one is
// dotted in its type's colour, a contested one dashed, one both dash-dot, each
// with its word; a curve is faded; the self-loop ring is dotted too; the legend
// keys the dots only while a dotted line is drawn; the SVG export dots them. The
// strokes are measured in the real WebGL drawing, along each line.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { daysFromCivil } from '../../src/model/dates';
import { exportFile, waitForGraph } from './helpers';

const fixture = readFileSync('test/fixtures/modes.json');

interface Drawn {
  dashed?: boolean;
  dotted?: boolean;
  label?: string | null;
  forceLabel?: boolean;
  color?: string;
  hidden?: boolean;
}

interface Live {
  sigma: {
    getGraph(): {
      edges(): string[];
      extremities(e: string): [string, string];
      getEdgeAttribute(e: string, a: string): unknown;
      getNodeAttributes(n: string): { x: number; y: number };
    };
    getEdgeDisplayData(e: string): Drawn;
    getNodeDisplayData(n: string): { x: number; y: number; size: number } | undefined;
    framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    scaleSize(s: number): number;
    refresh(): void;
    getCanvases(): { edges: HTMLCanvasElement };
  };
  loops: { drawn: { dashed: boolean; dotted: boolean }[] };
}

async function open(page: Page, buffer = fixture, title = 'Words and deeds'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Open dataset').setInputFiles({ name: 'modes.json', mimeType: 'application/json', buffer });
  await waitForGraph(page, title);
}

/** Each line as sigma draws it now, by "source type target". */
const lines = (page: Page) =>
  page.evaluate(() => {
    const { sigma } = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
    const graph = sigma.getGraph();
    return Object.fromEntries(
      graph.edges().map((e) => {
        const [s, t] = graph.extremities(e);
        const d = sigma.getEdgeDisplayData(e);
        const type = decodeURIComponent(e.split(' ')[0]);
        return [
          `${s} ${type} ${t}`,
          {
            pattern: d.hidden
              ? 'hidden'
              : d.dashed && d.dotted
                ? 'dash-dot'
                : d.dashed
                  ? 'dashed'
                  : d.dotted
                    ? 'dotted'
                    : 'solid',
            label: d.forceLabel ? d.label : null,
            shape: String(graph.getEdgeAttribute(e, 'type')),
            faded: d.color !== graph.getEdgeAttribute(e, 'color'),
          },
        ];
      }),
    );
  });

/**
 * The strokes of the line from `source` to `target` as drawn in the edge layer (WebGL, read in the task that
 * draws it): along its middle, between the discs and clear of the arrowhead, the lengths in px of each run
 * of ink and of gap.
 */
const strokesAlong = (page: Page, source: string, target: string) =>
  page.evaluate(
    ([s, t]) => {
      const { sigma } = (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current;
      sigma.refresh();
      const gl = sigma.getCanvases().edges.getContext('webgl2') ?? sigma.getCanvases().edges.getContext('webgl');
      if (!gl) throw new Error('no WebGL edge layer');
      const { drawingBufferWidth: w, drawingBufferHeight: h } = gl;
      const px = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
      const ratio = w / sigma.getCanvases().edges.clientWidth;
      const at = (n: string) => {
        const d = sigma.getNodeDisplayData(n)!;
        return { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size) };
      };
      const a = at(s);
      const b = at(t);
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      const ink: boolean[] = [];
      // a px step along the middle, from past the source's disc to well before the target's (and its arrowhead)
      // the alpha across the line, a px either side of its middle: a thin line may straddle two rows of pixels
      // (only lines are drawn in this layer: any alpha is ink; a large graph's lines are see-through)
      const alpha = (x: number, y: number) => px[((h - 1 - Math.round(y)) * w + Math.round(x)) * 4 + 3];
      const [nx, ny] = [-(b.y - a.y) / len, (b.x - a.x) / len];
      for (let d = a.r + 4; d < len - b.r - 24; d += 0.5) {
        const x = (a.x + ((b.x - a.x) * d) / len) * ratio;
        const y = (a.y + ((b.y - a.y) * d) / len) * ratio;
        ink.push(Math.max(alpha(x, y), alpha(x + nx, y + ny), alpha(x - nx, y - ny)) > 12);
      }
      const runs: { ink: boolean; length: number }[] = [];
      for (const on of ink) {
        const last = runs.at(-1);
        if (last && last.ink === on) last.length += 0.5;
        else runs.push({ ink: on, length: 0.5 });
      }
      // the first and last runs are cut by where sampling starts and stops
      return runs.slice(1, -1);
    },
    [source, target],
  );

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
const inkRuns = (runs: { ink: boolean; length: number }[]) => runs.filter((r) => r.ink).map((r) => r.length);

test('a line of no act is dotted in its colour and named; a contested one dashed; both dash-dot', async ({
  page,
}, testInfo) => {
  await open(page);
  const drawn = await lines(page);
  expect(drawn['front negotiates-with capital']).toEqual({
    pattern: 'dotted',
    label: 'offer',
    shape: 'straight',
    faded: false,
  });
  expect(drawn['capital strikes league']).toMatchObject({ pattern: 'dotted', label: 'threat', faded: false });
  expect(drawn['league fights brigade']).toMatchObject({ pattern: 'dashed', label: 'denied', faded: false });
  expect(drawn['patron backs brigade']).toMatchObject({ pattern: 'dash-dot', label: 'denied offer', faded: false });
  expect(drawn['patron deploys-to front']).toMatchObject({ pattern: 'dotted', label: 'not acted' });
  expect(drawn['patron backs capital']).toMatchObject({ pattern: 'solid', label: null, faded: false });
  // between the council and the League the two lines curve apart: the threat is faded (a curve is not dotted)
  expect(drawn['league strikes council']).toMatchObject({ pattern: 'solid', label: 'threat', faded: true });
  expect(drawn['league strikes council'].shape).toMatch(/^curved/);
  expect(drawn['council fights league']).toMatchObject({ pattern: 'solid', label: null, faded: false });
  // the council's threat to itself: a dotted ring
  const loops = await page.evaluate(
    () => (window as unknown as { faultlinesDebug: { current: Live } }).faultlinesDebug.current.loops.drawn,
  );
  expect(loops.map((l) => [l.dashed, l.dotted])).toEqual([[false, true]]);

  // in the pixels: the offer in short dots (2 px, every 5), the denied fight in dashes (6 px, every 10)
  const dots = await strokesAlong(page, 'front', 'capital');
  const dashes = await strokesAlong(page, 'league', 'brigade');
  const both = await strokesAlong(page, 'patron', 'brigade');
  expect(inkRuns(dots).length).toBeGreaterThan(8);
  expect(median(inkRuns(dots))).toBeGreaterThanOrEqual(1);
  expect(median(inkRuns(dots))).toBeLessThanOrEqual(3);
  expect(median(inkRuns(dashes))).toBeGreaterThanOrEqual(5);
  expect(median(inkRuns(dashes))).toBeLessThanOrEqual(7);
  // dash-dot: long and short strokes in turn
  const bothInk = inkRuns(both);
  expect(bothInk.filter((l) => l >= 5).length).toBeGreaterThan(2);
  expect(bothInk.filter((l) => l <= 3).length).toBeGreaterThan(2);

  // what an analyst sees, in colour and in greyscale (E2E_SHOTS=folder keeps them)
  const shots = process.env.E2E_SHOTS;
  const graph = page.locator('.graph-canvas');
  await graph.screenshot({ path: shots ? `${shots}/modes-colour.png` : testInfo.outputPath('modes-colour.png') });
  await page.addStyleTag({ content: '.graph-canvas { filter: grayscale(1); }' });
  await graph.screenshot({ path: shots ? `${shots}/modes-grey.png` : testInfo.outputPath('modes-grey.png') });
});

test('the legend keys the dots while a dotted line is drawn, and the SVG export dots the line', async ({ page }) => {
  await open(page);
  const marks = page.locator('.legend').getByRole('region', { name: 'Marks' });
  await expect(marks).toContainText('dotted in its type');
  await expect(marks).toContainText('intentions, offers, threats or conditional statements, not acts');
  await expect(marks).toContainText('dash-dot');
  await expect(marks.locator('.swatch.dotted')).toHaveCount(1);

  const svg = (await exportFile(page, 'SVG image')).toString('utf8');
  expect(svg).toContain('stroke-dasharray="2 3"');
  expect(svg).toContain('stroke-dasharray="6 4"');
  expect(svg).toContain('stroke-dasharray="6 3 2 3"');
  expect(svg).toContain('>offer</text>');
  expect(svg).toContain('>denied offer</text>');
  expect(svg).toContain('dotted (faded if curved): intentions, offers, threats or conditional');

  // acts only: nothing dotted is drawn, and neither key is left
  await page.evaluate(() =>
    (
      window as unknown as { faultlinesDebug: { setFilters(p: { actsOnly: boolean }): void } }
    ).faultlinesDebug.setFilters({ actsOnly: true }),
  );
  await expect(marks).not.toContainText('dotted');
  await expect(marks).not.toContainText('dash-dot');
  await expect(marks).toContainText('dashed in its type');
  const after = (await exportFile(page, 'SVG image')).toString('utf8');
  expect(after).not.toContain('stroke-dasharray="2 3"');
  expect(after).not.toContain('dotted (faded');
});

test("a large graph's line layer strokes the same dots, dashes and dash-dots", async ({ page }) => {
  test.setTimeout(120_000);
  // the fixture's lines, and more than 20,000 others years before them: the line layer draws them all
  // (bulkLineLayer.ts); the dates then leave the fixture's lines alone on screen, straight
  const data = JSON.parse(fixture.toString('utf8')) as {
    meta: { title: string };
    actors: object[];
    relations: object[];
  };
  data.meta.title = 'Words and deeds, and many old strikes';
  const n = 150;
  for (let k = 0; k < n; k++) {
    data.actors.push({ id: `f${k}`, label: `Filler ${k}`, kind: 'armed-group', x: 60 + (k % 15), y: 60 + k / 15 });
  }
  for (let a = 0; a < n && data.relations.length < 20_600; a++) {
    for (let b = 0; b < n; b++) {
      if (a !== b)
        data.relations.push({
          id: `x${a}-${b}`,
          source: `f${a}`,
          target: `f${b}`,
          type: 'strikes',
          start: '2010-01-01',
        });
    }
  }
  await open(page, Buffer.from(JSON.stringify(data)), data.meta.title);
  await page.waitForFunction(() => performance.getEntriesByName('faultlines-graph-complete').length > 0, undefined, {
    timeout: 60_000,
  });
  const bulk = await page.evaluate(
    () =>
      (window as unknown as { faultlinesDebug: { current: { lines: unknown } } }).faultlinesDebug.current.lines !==
      null,
  );
  expect(bulk).toBe(true);
  await page.evaluate(
    (range) =>
      (
        window as unknown as { faultlinesDebug: { setFilters(p: { from: number; to: number }): void } }
      ).faultlinesDebug.setFilters(range),
    { from: daysFromCivil(2024, 1, 1), to: daysFromCivil(2024, 12, 31) },
  );
  // once the camera has fitted the fixture's actors: dots of 2 px, dashes of 6, dash-dot both
  await expect
    .poll(async () => {
      const dots = inkRuns(await strokesAlong(page, 'front', 'capital'));
      return dots.length > 8 && median(dots) >= 1 && median(dots) <= 3;
    })
    .toBe(true);
  const dashes = inkRuns(await strokesAlong(page, 'league', 'brigade'));
  expect(median(dashes)).toBeGreaterThanOrEqual(5);
  expect(median(dashes)).toBeLessThanOrEqual(7);
  const both = inkRuns(await strokesAlong(page, 'patron', 'brigade'));
  expect(both.filter((l) => l >= 5).length).toBeGreaterThan(2);
  expect(both.filter((l) => l <= 3).length).toBeGreaterThan(2);
  // an act stays whole
  const act = await strokesAlong(page, 'patron', 'capital');
  expect(act.filter((r) => !r.ink)).toEqual([]);
});
