// Exports that say what they show (issue 15): with Focus on Nujaba from 27
// November, the SVG's caption names Focus, the dates as dates (never "now"), the
// dataset's fingerprint and the day of export, and its directed lines carry
// arrowheads in their own colour; a size preset is exactly its size; the legend
// on screen drops a type once it is hidden; a 400x300 embed keeps the dates in
// its caption, and its graph most of its height. Where SHOTS_DIR names a folder,
// the pictures are written there to be looked at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { describeDay } from '../../src/model/dateText';
import type { Dataset } from '../../src/model/types';
import { daysFromCivil } from '../../src/model/dates';
import { collectProblems, exportFile, inkOf, waitForGraph, type FaultlinesDebug } from './helpers';

const SHOTS = process.env.SHOTS_DIR;

function keep(name: string, data: Buffer | string): void {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/${name}`, data);
}

/** Width and height from a PNG's header (IHDR: big-endian at bytes 16 and 20). */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Pixels that are not background in a box of a PNG (the dataset line's place at the lower left), counted in the page. */
async function inkIn(page: Page, png: Buffer, box: { x: number; y: number; width: number; height: number }) {
  return page.evaluate(
    async ([base64, b]) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(b.x, b.y, b.width, b.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 200 || data[i + 1] < 200 || data[i + 2] < 200) n++;
      return n;
    },
    [png.toString('base64'), box] as const,
  );
}

async function focusOnNujaba(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./#from=2024-11-27');
  await waitForGraph(page);
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Nujaba');
  await search.press('Enter');
  await page.getByRole('button', { name: 'Focus' }).click();
  await expect(page.getByTestId('graph-caption')).toContainText('Focus: Nujaba, 1 hop');
}

async function fingerprint(page: Page): Promise<string> {
  return page
    .evaluate(
      () =>
        (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!.loaded as unknown as {
          fingerprint: string;
        },
    )
    .then((l) => l.fingerprint);
}

/** What an SVG says in words, and its lines and arrowheads, read by the browser's own parser. */
async function readSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const paths = [...doc.querySelectorAll('path')];
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      words: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      fontSizes: [...doc.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size'))),
      strokes: paths.filter((p) => p.getAttribute('fill') === 'none').map((p) => p.getAttribute('stroke')),
      arrows: paths.filter((p) => /Z$/.test(p.getAttribute('d') ?? '')).map((p) => p.getAttribute('fill')),
      size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
    };
  }, svg);
}

test('the SVG of a focused view names Focus, the dates, the fingerprint and the day of export, with arrowheads', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await focusOnNujaba(page);
  const svg = (await exportFile(page, 'SVG image')).toString('utf8');
  keep('focus-nujaba.svg', svg);
  const read = await readSvg(page, svg);
  expect(read.errors).toBe(0);
  // the lines as one text: a line may break between any two words
  const words = read.words.join(' ');
  expect(words).toContain('27 Nov 2024 – 2 Dec 2024 (end of the data)');
  expect(words).toContain('Focus: Nujaba, 1 hop');
  const today = new Date();
  const day = describeDay(daysFromCivil(today.getFullYear(), today.getMonth() + 1, today.getDate()));
  expect(words).toContain(`(fingerprint ${await fingerprint(page)})`);
  expect(words).toContain(`exported ${day}`);
  expect(words).not.toMatch(/\bnow\b/i);
  // every text at 11 px or more
  expect(Math.min(...read.fontSizes)).toBeGreaterThanOrEqual(11);
  // directed lines end in arrowheads filled with a real colour, each that of a line drawn
  expect(read.arrows.length).toBeGreaterThan(5);
  for (const fill of read.arrows) {
    expect(fill).toMatch(/^(#[0-9a-f]{6}|rgba?\()/i);
    expect(read.strokes).toContain(fill);
  }
  expect(svg).not.toContain('context-stroke');
  expect(problems).toEqual([]);
});

test('size presets are exactly their size, framed on what is shown, and say what they show', async ({ page }) => {
  test.setTimeout(120_000);
  const problems = collectProblems(page);
  await focusOnNujaba(page);
  const wide = await exportFile(page, 'PNG 16:9 (1920×1080)');
  keep('focus-nujaba-16x9.png', wide);
  expect(pngSize(wide)).toEqual([1920, 1080]);
  // the words below the graph are in the picture, not cut off by its size: the dataset line ends it at the left
  expect(await inkIn(page, wide, { x: 0, y: 1080 - 40, width: 400, height: 40 })).toBeGreaterThan(300);
  // the graph fills its box: far more ink than the words alone would leave
  expect(await inkOf(page, wide)).toBeGreaterThan(40_000);
  const square = await exportFile(page, 'PNG square (1080×1080)');
  keep('focus-nujaba-square.png', square);
  expect(pngSize(square)).toEqual([1080, 1080]);
  const a4 = await exportFile(page, 'PNG A4 landscape (3508×2480, 300 dpi)');
  keep('focus-nujaba-a4.png', a4);
  expect(pngSize(a4)).toEqual([3508, 2480]);

  const svg = (await exportFile(page, 'SVG 16:9 (1920×1080)')).toString('utf8');
  keep('focus-nujaba-16x9.svg', svg);
  const read = await readSvg(page, svg);
  expect(read.size).toEqual(['1920', '1080']);
  expect(read.words.join('\n')).toContain('Focus: Nujaba, 1 hop');
  expect(read.arrows.length).toBeGreaterThan(5);
  // labels placed for the preset's frame: Nujaba, the focused actor, among them
  expect(read.words).toContain('Nujaba');
  const printed = await readSvg(page, (await exportFile(page, 'SVG A4 landscape (297×210 mm)')).toString('utf8'));
  expect(printed.size).toEqual(['297mm', '210mm']);
  // the screen's own exports keep the pane's width
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  expect(pngSize(await exportFile(page, 'PNG image (1×)'))[0]).toBe(Math.round(box.width));
  expect(problems).toEqual([]);
});

test('the legend on screen lists the types drawn: a type hidden leaves it', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  const hostile = page.locator('.legend').getByRole('region', { name: 'hostile relations' });
  await expect(hostile).toContainText('strikes');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'strikes', exact: true }).uncheck();
  await expect(hostile).not.toContainText('strikes');
  await expect(hostile).toContainText('fights');
  // and the exported legend likewise
  const svg = (await exportFile(page, 'SVG image')).toString('utf8');
  const words = (await readSvg(page, svg)).words;
  expect(words).not.toContain('strikes →');
  expect(words).toContain('fights');
});

test('a 400x300 embed keeps the dates and Focus in its caption, wrapped rather than cut', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 300 });
  await page.goto('./#from=2024-11-27&actor=nujaba&focus=1&embed=1');
  await waitForGraph(page);
  const caption = page.getByTestId('graph-caption');
  await expect(caption).toContainText('27 Nov 2024 – 2 Dec 2024 (end of the data)');
  await expect(caption).toContainText('Focus: Nujaba, 1 hop');
  keep('embed-400x300.png', await page.screenshot());
  // the graph keeps most of a short embed: the chart of counts gives way, the slider stays
  const pane = (await page.locator('.embed-graph').boundingBox())!;
  expect(pane.height).toBeGreaterThanOrEqual(150);
  await expect(page.getByRole('slider', { name: 'Start date' })).toBeVisible();
  const fit = await caption.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const pane = el.closest('.embed-graph')!.getBoundingClientRect();
    return {
      cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1,
      inside: box.left >= pane.left && box.right <= pane.right && box.top >= pane.top && box.bottom <= pane.bottom,
      fontSize: parseFloat(getComputedStyle(el).fontSize),
      // the controls over the graph (zoom, Fit to view, Open in Faultlines) cover none of it
      covered: [...el.closest('.embed-graph')!.querySelectorAll('button, a')]
        .filter((c) => {
          const r = c.getBoundingClientRect();
          return r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom;
        })
        .map((c) => c.textContent),
    };
  });
  expect(fit).toEqual({ cut: false, inside: true, fontSize: expect.any(Number), covered: [] });
  expect(fit.fontSize).toBeGreaterThanOrEqual(11);
});

test('a preset carries what our own layers draw: self-loops, and the lines of a large graph', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./');
  await waitForGraph(page);
  const open = async (data: Dataset) => {
    const marks = await page.evaluate(() => performance.getEntriesByName('faultlines-graph-complete').length);
    await page.getByLabel('Open dataset').setInputFiles({
      name: 'data.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(data)),
    });
    await waitForGraph(page, data.meta.title);
    // every line styled (a large graph styles them in slices after its first frame)
    await page.waitForFunction((n) => performance.getEntriesByName('faultlines-graph-complete').length > n, marks, {
      timeout: 90_000,
    });
  };
  // a group fighting itself (a ring on its disc), backed by another
  await open({
    format: 'faultlines/1',
    meta: { title: 'Infighting, framed' },
    sources: [{ id: 's', title: 'S' }],
    actors: [
      { id: 'x', label: 'Xray', kind: 'armed-group' },
      { id: 'y', label: 'Yankee', kind: 'state' },
    ],
    relations: [
      { id: 'loop', source: 'x', target: 'x', type: 'fights', start: '2020-01-05' },
      { id: 'line', source: 'y', target: 'x', type: 'backs', start: '2019' },
    ],
  });
  const loops = (await exportFile(page, 'SVG square (1080×1080)')).toString('utf8');
  keep('infighting-square.svg', loops);
  expect(loops.match(/<circle[^>]*fill="none"/g)?.length).toBe(1);
  keep('infighting-16x9.png', await exportFile(page, 'PNG 16:9 (1920×1080)'));

  const { generateDataset } = await import('../bench/generate');
  const large = generateDataset({ actors: 1500, relations: 30_000, seed: 5 });
  await open(large);
  const shown = await page.evaluate(
    () =>
      (
        window as unknown as { faultlinesDebug: { current: { engine: { groupCounts: Int32Array } } } }
      ).faultlinesDebug.current.engine.groupCounts.filter((n) => n > 0).length,
  );
  const svg = (await exportFile(page, 'SVG 16:9 (1920×1080)')).toString('utf8');
  expect(svg.match(/<path d="M[\d.-]+,[\d.-]+ L[\d.-]+,[\d.-]+" fill="none"/g)?.length).toBe(shown);
  const png = await exportFile(page, 'PNG 16:9 (1920×1080)');
  keep('large-16x9.png', png);
  expect(pngSize(png)).toEqual([1920, 1080]);
  // the lines' haze fills the graph's box: far more ink than 1,500 discs alone
  expect(await inkOf(page, png)).toBeGreaterThan(400_000);
});
