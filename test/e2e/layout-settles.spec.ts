// A large dataset without positions is drawn at once on a quick layout while the
// loading worker finishes the layout; the actors then move to prepare()'s final
// positions (the same as Node computes), the camera refits, and the quiet status
// goes. A dataset opened meanwhile is never moved by the older worker.
import { expect, test, type Page } from '@playwright/test';
import { prepare } from '../../src/model/prepare';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { generateEvents } from '../bench/generateEvents';
import { collectProblems, waitForGraph } from './helpers';

interface Drawn {
  current: {
    sigma: {
      getGraph(): { getNodeAttribute(id: string, name: 'x' | 'y'): number };
      graphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getDimensions(): { width: number; height: number };
    };
    loaded: {
      settling: boolean;
      valid: { dataset: { meta: { title: string }; actors: { id: string }[] } };
      positions: Map<string, { x: number; y: number }>;
    };
  } | null;
}

/** x, y of each actor as prepare() gives them in Node, by actor order. */
function finalPositions(data: Dataset): number[] {
  const v = validateDataset(data);
  if (!v.ok) throw new Error('the generated dataset does not validate');
  return [...prepare(v).positions];
}

async function open(page: Page, name: string, data: Dataset): Promise<void> {
  await page
    .getByLabel('Open dataset')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
}

/** Records, at the first frame of the dataset titled `title`, its drawn positions and whether it was settling. */
async function recordFirstFrame(page: Page, title: string): Promise<void> {
  await page.evaluate((t) => {
    const w = window as unknown as { faultlinesDebug: Drawn; firstFrame?: unknown };
    const look = () => {
      const d = w.faultlinesDebug.current;
      if (!d || d.loaded.valid.dataset.meta.title !== t) {
        requestAnimationFrame(look);
        return;
      }
      const g = d.sigma.getGraph();
      w.firstFrame = {
        settling: d.loaded.settling,
        status: document.querySelector('.loading-bar')?.textContent ?? '',
        xy: d.loaded.valid.dataset.actors.flatMap((a) => [
          g.getNodeAttribute(a.id, 'x'),
          g.getNodeAttribute(a.id, 'y'),
        ]),
      };
    };
    look();
  }, title);
}

/** The drawn positions, the dataset's positions (what exports use), and how many actors lie outside the pane. */
function drawnNow(page: Page) {
  return page.evaluate(() => {
    const d = (window as unknown as { faultlinesDebug: Drawn }).faultlinesDebug.current!;
    const g = d.sigma.getGraph();
    const { width, height } = d.sigma.getDimensions();
    const actors = d.loaded.valid.dataset.actors;
    const outside = actors.filter((a) => {
      const p = d.sigma.graphToViewport({ x: g.getNodeAttribute(a.id, 'x'), y: g.getNodeAttribute(a.id, 'y') });
      return p.x < 0 || p.y < 0 || p.x > width || p.y > height;
    }).length;
    return {
      title: d.loaded.valid.dataset.meta.title,
      settling: d.loaded.settling,
      drawn: actors.flatMap((a) => [g.getNodeAttribute(a.id, 'x'), g.getNodeAttribute(a.id, 'y')]),
      loaded: actors.flatMap((a) => [d.loaded.positions.get(a.id)!.x, d.loaded.positions.get(a.id)!.y]),
      outside,
    };
  });
}

const marks = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.startTime), name);

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
});

test('a large dataset is drawn at once on a quick layout, then settles on prepare()’s positions', async ({ page }) => {
  const problems = collectProblems(page);
  const data = generateEvents({ actors: 1500, events: 5250 });
  data.meta.title = 'Settling 1500';
  const final = finalPositions(data);
  await recordFirstFrame(page, data.meta.title);
  await open(page, 'settling.json', data);
  await waitForGraph(page, data.meta.title);
  const first = await page.evaluate(
    () => (window as unknown as { firstFrame: { settling: boolean; status: string; xy: number[] } }).firstFrame,
  );
  expect(first.settling).toBe(true);
  expect(first.status).toContain('Arranging the graph');
  expect(first.xy).not.toEqual(final);
  await expect(page.getByText('Arranging the graph…')).toHaveCount(0, { timeout: 30_000 });
  // the first frame came before the final positions
  const [drawnAt] = (await marks(page, 'faultlines-graph-drawn')).slice(-1);
  const settledAt = await marks(page, 'faultlines-layout-settled');
  expect(settledAt).toHaveLength(1);
  expect(drawnAt).toBeLessThan(settledAt[0]);
  // after the glide the drawn positions are the final ones exactly, as exports read them, and all in view
  await expect.poll(async () => (await drawnNow(page)).drawn, { timeout: 5_000 }).toEqual(final);
  const now = await drawnNow(page);
  expect(now.settling).toBe(false);
  expect(now.loaded).toEqual(final);
  await expect.poll(async () => (await drawnNow(page)).outside).toBe(0);
  expect(problems).toEqual([]);
});

test('a dataset opened while another settles is not moved by the older worker', async ({ page }) => {
  const problems = collectProblems(page);
  const large = generateEvents({ actors: 1500, events: 5250 });
  large.meta.title = 'Settling 1500';
  const small = generateEvents({ actors: 120, events: 400, seed: 7 });
  small.meta.title = 'Opened meanwhile';
  const smallFinal = finalPositions(small);
  await recordFirstFrame(page, large.meta.title);
  await open(page, 'large.json', large);
  await waitForGraph(page, large.meta.title);
  await expect(page.getByText('Arranging the graph…')).toBeVisible();
  await open(page, 'small.json', small);
  await waitForGraph(page, small.meta.title);
  const opened = await drawnNow(page);
  expect(opened.drawn).toEqual(smallFinal);
  // longer than the large dataset's layout takes: its worker was stopped, and nothing it could send applies
  await page.waitForTimeout(4_000);
  const later = await drawnNow(page);
  expect(later.title).toBe(small.meta.title);
  expect(later.drawn).toEqual(smallFinal);
  expect(later.loaded).toEqual(smallFinal);
  expect(await marks(page, 'faultlines-layout-settled')).toEqual([]);
  await expect(page.getByText('Arranging the graph…')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('a link’s camera on a large dataset points where the link says once the layout settles', async ({ context }) => {
  const data = generateEvents({ actors: 1500, events: 5250 });
  data.meta.title = 'Linked 1500';
  // the loading worker fetches it: routes on the context see requests from workers too
  await context.route('**/remote/large.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data) }),
  );
  const page = await context.newPage();
  const problems = collectProblems(page);
  await page.goto('./#data=remote%2Flarge.json&cam=0.3,0.65,0.2');
  await waitForGraph(page, data.meta.title);
  await expect(page.getByText('Arranging the graph…')).toHaveCount(0, { timeout: 30_000 });
  const camera = () =>
    page.evaluate(() => {
      const sigma = (window as unknown as { faultlinesDebug: Drawn }).faultlinesDebug.current!.sigma as unknown as {
        getDimensions(): { width: number; height: number };
        viewportToGraph(p: { x: number; y: number }): { x: number; y: number };
        getCamera(): { getState(): { ratio: number } };
      };
      const { width, height } = sigma.getDimensions();
      const centre = sigma.viewportToGraph({ x: width / 2, y: height / 2 });
      return [centre.x, centre.y, sigma.getCamera().getState().ratio].map((n) => Math.round(n * 1000) / 1000);
    });
  await expect.poll(camera).toEqual([0.3, 0.65, 0.2]);
  await page.waitForTimeout(500);
  expect(await camera()).toEqual([0.3, 0.65, 0.2]);
  await expect(page).toHaveURL(/cam=0\.3,0\.65,0\.2(&|$)/);
  expect(problems).toEqual([]);
});
