// Self-loops (infighting: a group against itself) are drawn, on screen and in
// the pictures exported, and follow the filters like any line.
import { expect, test, type Page } from '@playwright/test';
import { exportFile, waitForGraph } from './helpers';

const dataset = {
  format: 'faultlines/1',
  meta: { title: 'Infighting' },
  sources: [{ id: 's', title: 'S' }],
  actors: [
    { id: 'a', label: 'Alpha', kind: 'armed-group' },
    { id: 'b', label: 'Bravo', kind: 'armed-group' },
    { id: 'c', label: 'Charlie', kind: 'state' },
  ],
  relations: [
    { id: 'r1', source: 'a', target: 'a', type: 'fights', start: '2020-01-05' },
    { id: 'r2', source: 'b', target: 'b', type: 'accuses', start: '2021-03-01', status: 'denied' },
    { id: 'r3', source: 'c', target: 'a', type: 'backs', start: '2019' },
  ],
};

interface Loops {
  loops: { drawn: { x: number; y: number; r: number; dashed: boolean }[] };
}

const drawnLoops = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { faultlinesDebug: { current: Loops } }).faultlinesDebug.current.loops.drawn,
  );

/** Pixels with ink on the loop layer's own canvas. */
const loopInk = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-faultlines-loops');
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return -1;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
    return ink;
  });

test('self-loops are drawn as rings on their actor, follow the filters, and go into the SVG', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'infighting.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await waitForGraph(page, 'Infighting');
  await expect.poll(() => drawnLoops(page).then((l) => l.length)).toBe(2);
  const loops = await drawnLoops(page);
  // the denied one is dashed, as its straight line would be
  expect(loops.map((l) => l.dashed).sort()).toEqual([false, true]);
  expect(await loopInk(page)).toBeGreaterThan(50);

  // hiding "fights" hides Alpha's ring, not Bravo's
  await page.evaluate(() =>
    (
      window as unknown as { faultlinesDebug: { setFilters(p: { hiddenTypes: Set<string> }): void } }
    ).faultlinesDebug.setFilters({ hiddenTypes: new Set(['fights']) }),
  );
  await expect.poll(() => drawnLoops(page).then((l) => l.map((x) => x.dashed))).toEqual([true]);

  const svg = (await exportFile(page, 'SVG image')).toString('utf8');
  expect(svg.match(/<circle[^>]*fill="none"/g)?.length).toBe(1);
});
