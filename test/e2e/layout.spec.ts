// The page's layout: a one-row toolbar, a graph that takes most of the window,
// side panel and table resized by their splitters (keyboard and pointer) and
// collapsed, sizes kept for the next visit but out of the link, a legend whose
// every row can be reached, and a usable page at 1024×700.
import { expect, test, type Page } from '@playwright/test';
import { waitForGraph } from './helpers';

type Box = { x: number; y: number; width: number; height: number };
type Debug = { current: { sigma: { getDimensions(): { width: number; height: number } } } | null };

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`${selector} is not shown`);
  return b;
}

/** Rows of the toolbar: its children, grouped where their boxes overlap vertically. */
async function toolbarRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('header.toolbar > *')]
      .map((e) => e.getBoundingClientRect())
      .filter((b) => b.width > 2 && b.height > 2)
      .sort((a, b) => a.top - b.top);
    let rows = 0;
    let bottom = -Infinity;
    for (const b of boxes) {
      if (b.top >= bottom - 2) {
        rows++;
        bottom = b.bottom;
      } else bottom = Math.max(bottom, b.bottom);
    }
    return rows;
  });
}

/** The graph's share of the window, and whether sigma's canvas has caught up with its pane. */
async function graphPane(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('.graph-area')!.getBoundingClientRect();
    const sigma = (window as unknown as { faultlinesDebug: Debug }).faultlinesDebug.current?.sigma;
    const dims = sigma?.getDimensions();
    return {
      width: pane.width,
      height: pane.height,
      widthShare: pane.width / innerWidth,
      heightShare: pane.height / innerHeight,
      canvasFits: !!dims && Math.abs(dims.width - pane.width) < 1 && Math.abs(dims.height - pane.height) < 1,
    };
  });
}

async function expectCanvasFollows(page: Page) {
  await expect.poll(async () => (await graphPane(page)).canvasFits).toBe(true);
}

const sideSplitter = (page: Page) => page.getByRole('separator', { name: 'Resize side panel' });
const tableSplitter = (page: Page) => page.getByRole('separator', { name: 'Resize table' });
const valueOf = async (page: Page, name: 'Resize side panel' | 'Resize table') =>
  Number(await page.getByRole('separator', { name }).getAttribute('aria-valuenow'));

async function open(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  await page.goto('./');
  await waitForGraph(page);
}

test('the toolbar is one row at 1280 px and at 1024 px', async ({ page }) => {
  await open(page, 1280, 800);
  expect(await toolbarRows(page)).toBe(1);
  // pressing Table and Analysis must not widen their buttons into a second row
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Analysis' }).click();
  expect(await toolbarRows(page)).toBe(1);
  await page.setViewportSize({ width: 1024, height: 700 });
  expect(await toolbarRows(page)).toBe(1);
  // the title gives way, cut short, and says itself in full as a tooltip
  const title = page.locator('.dataset-title');
  expect(await title.getAttribute('title')).toContain(await title.textContent());
});

test('at 1280×800 the graph takes most of the window', async ({ page }) => {
  await open(page, 1280, 800);
  const withSide = await graphPane(page);
  expect(withSide.heightShare).toBeGreaterThan(0.6);
  expect(withSide.widthShare).toBeGreaterThan(0.7);
  await page.getByRole('button', { name: 'Side panel' }).click();
  const alone = await graphPane(page);
  expect(alone.widthShare * alone.heightShare).toBeGreaterThan(0.6);
  await expectCanvasFollows(page);
});

test('the side panel splitter resizes by keyboard, the canvas follows, and the graph keeps 40% of the width', async ({
  page,
}) => {
  await open(page, 1280, 800);
  const splitter = sideSplitter(page);
  await expect(splitter).toHaveAttribute('aria-orientation', 'vertical');
  const before = await valueOf(page, 'Resize side panel');
  const pane = await graphPane(page);
  await splitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const wider = await valueOf(page, 'Resize side panel');
  expect(wider).toBeGreaterThan(before);
  expect((await box(page, 'aside.side')).width).toBeCloseTo(wider, 0);
  expect((await graphPane(page)).width).toBeCloseTo(pane.width - (wider - before), 0);
  await expectCanvasFollows(page);

  await page.keyboard.press('End');
  const max = Number(await splitter.getAttribute('aria-valuemax'));
  expect(await valueOf(page, 'Resize side panel')).toBe(max);
  expect((await graphPane(page)).widthShare).toBeGreaterThanOrEqual(0.4);
  await page.keyboard.press('Home');
  expect(await valueOf(page, 'Resize side panel')).toBe(Number(await splitter.getAttribute('aria-valuemin')));
  await expectCanvasFollows(page);
});

test('a drag on the side splitter resizes the panel', async ({ page }) => {
  await open(page, 1280, 800);
  const before = (await box(page, 'aside.side')).width;
  const bar = await box(page, '.splitter.vertical');
  const x = bar.x + bar.width / 2;
  const y = bar.y + bar.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 60, y, { steps: 4 });
  await page.mouse.up();
  expect((await box(page, 'aside.side')).width).toBeCloseTo(before + 60, 0);
  await expectCanvasFollows(page);
});

test('the table splitter resizes by keyboard and never squeezes the graph under 40% of the height', async ({
  page,
}) => {
  await open(page, 1280, 800);
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('region', { name: 'Relations table' })).toBeVisible();
  const splitter = tableSplitter(page);
  await expect(splitter).toHaveAttribute('aria-orientation', 'horizontal');
  await splitter.focus();
  await page.keyboard.press('Home');
  const low = await valueOf(page, 'Resize table');
  expect((await box(page, 'section.table-panel')).height).toBeCloseTo(low, 0);
  const paneAtLow = await graphPane(page);
  await page.keyboard.press('ArrowUp');
  expect(await valueOf(page, 'Resize table')).toBeGreaterThan(low);
  expect((await graphPane(page)).height).toBeLessThan(paneAtLow.height);
  await page.keyboard.press('End');
  const pane = await graphPane(page);
  expect(pane.heightShare).toBeGreaterThanOrEqual(0.39);
  await page.keyboard.press('ArrowUp');
  expect((await graphPane(page)).height).toBeCloseTo(pane.height, 0);
  await expectCanvasFollows(page);
});

test('the side panel collapses and expands with its button, and Analysis brings it back', async ({ page }) => {
  await open(page, 1280, 800);
  const toggle = page.getByRole('button', { name: 'Side panel' });
  const side = page.getByRole('complementary', { name: 'Side panel' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const narrow = (await graphPane(page)).width;
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(side).toBeHidden();
  await expect(sideSplitter(page)).toHaveCount(0);
  expect((await graphPane(page)).width).toBeGreaterThan(narrow + 200);
  await expectCanvasFollows(page);
  // by keyboard too
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(side).toBeVisible();
  // the analysis lives in the side panel: opening it shows the panel
  await toggle.click();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
});

/** The link's fields, less the camera (it follows the pane, and is the view's own) and the fingerprint that comes with it. */
function linkFields(url: string): Record<string, string> {
  const fields = Object.fromEntries(new URLSearchParams(new URL(url).hash.slice(1)));
  delete fields.cam;
  delete fields.fp;
  return fields;
}

test('pane sizes are kept for the next visit, and are not part of the link', async ({ page }) => {
  await open(page, 1280, 800);
  const before = linkFields(page.url());
  await sideSplitter(page).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const width = await valueOf(page, 'Resize side panel');
  await page.getByRole('button', { name: 'Table' }).click();
  await tableSplitter(page).focus();
  await page.keyboard.press('Home');
  const height = await valueOf(page, 'Resize table');
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Side panel' }).click();
  await page.getByRole('button', { name: 'Side panel' }).click();
  expect(linkFields(page.url())).toEqual(before);
  await page.getByRole('button', { name: 'Share' }).click();
  const shared = linkFields(await page.getByRole('dialog').getByLabel('Link', { exact: true }).inputValue());
  expect(shared).toEqual(before);

  await page.reload();
  await waitForGraph(page);
  expect(await valueOf(page, 'Resize side panel')).toBe(width);
  await page.getByRole('button', { name: 'Table' }).click();
  expect(await valueOf(page, 'Resize table')).toBe(height);
});

test('every row of the legend can be reached, also when it grows, and its growth does not shrink the graph', async ({
  page,
}) => {
  for (const [width, height] of [
    [1440, 900],
    [1280, 800],
    [1024, 700],
  ]) {
    await open(page, width, height);
    const graphBefore = await graphPane(page);
    const result = await page.locator('.legend').evaluate((el) => {
      // the legend gains rows (more keys, more marks): as a later dataset or view would make it
      const list = el.querySelector('ul:last-of-type')!;
      for (let i = 0; i < 6; i++) list.append(Object.assign(document.createElement('li'), { textContent: `row ${i}` }));
      const box = el.getBoundingClientRect();
      const under = el.closest('.under-graph')!.getBoundingClientRect();
      const scrolls = ['auto', 'scroll'].includes(getComputedStyle(el).overflowY);
      el.scrollTop = el.scrollHeight;
      const items = [...el.querySelectorAll('li')];
      const last = items[items.length - 1].getBoundingClientRect();
      return {
        inside: box.top >= under.top - 1 && box.bottom <= under.bottom + 1 && box.bottom <= innerHeight,
        fitsOrScrolls: el.scrollHeight <= el.clientHeight || scrolls,
        lastShown: last.bottom <= box.bottom + 1 && last.top >= box.top - 1,
        rows: Math.floor(box.height / 16),
      };
    });
    expect(result, `${width}×${height}`).toMatchObject({ inside: true, fitsOrScrolls: true, lastShown: true });
    expect(result.rows, `${width}×${height}: rows of legend in view`).toBeGreaterThanOrEqual(4);
    expect((await graphPane(page)).height, `${width}×${height}: graph height`).toBeCloseTo(graphBefore.height, 0);
  }
});

test('at 1024×700 every control is reachable, the graph keeps 40% of the height, and the table opens', async ({
  page,
}) => {
  await open(page, 1024, 700);
  const controls = [
    // the file input is hidden; its label is what is seen and clicked
    page.locator('label', { hasText: 'Open dataset' }),
    page.getByRole('button', { name: 'Download CSV template' }),
    page.getByRole('combobox', { name: 'Search actors' }),
    page.getByRole('button', { name: 'Focus' }),
    page.getByRole('combobox', { name: 'Hops' }),
    page.getByRole('button', { name: 'Table' }),
    page.getByRole('button', { name: 'Analysis' }),
    page.getByRole('button', { name: 'Share' }),
    page.getByRole('button', { name: 'Export' }),
    page.getByRole('button', { name: 'Side panel' }),
  ];
  for (const control of controls) await expect(control).toBeInViewport({ ratio: 1 });
  await page.getByRole('button', { name: 'Export' }).click({ trial: true });
  await page.getByRole('button', { name: 'Side panel' }).click({ trial: true });
  expect((await graphPane(page)).heightShare).toBeGreaterThanOrEqual(0.4);

  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('table', { name: 'Relations' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Relations' }).getByRole('row').nth(1)).toBeInViewport();
  expect((await graphPane(page)).heightShare).toBeGreaterThanOrEqual(0.39);
  await expect(page.getByRole('button', { name: 'Play' })).toBeInViewport();
  await expectCanvasFollows(page);
});
