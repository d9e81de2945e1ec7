import { unzipSync } from 'fflate';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import Papa from 'papaparse';
import { expect, test, type Page } from '@playwright/test';
import { validateDataset } from '../../src/model/validate';
import { collectProblems, drawnPixels, exportFile, statusCounts, waitForGraph, type FaultlinesDebug } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
});

async function camera(page: Page) {
  return page.evaluate(() => {
    const s = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!.sigma as unknown as {
      getCamera(): { getState(): { x: number; y: number; ratio: number } };
    };
    return s.getCamera().getState();
  });
}

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  const link = await dialog.getByLabel('Link').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return link;
}

test('a view with a range, a type filter, a selected actor and a zoom survives copy-link -> open in a new page', async ({
  page,
  context,
}) => {
  await page.getByLabel('Start day').fill('2024-11-01');
  await page.getByLabel('End day').fill('2024-12-31');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'accuses', exact: true }).uncheck();
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Nujaba');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  await page.getByRole('button', { name: 'Focus' }).click();
  // Focus fits the neighbourhood (a fit goes in no link: the same view fits the same way); a zoom by hand
  // does: wait until it rests, and the link has where it rested
  await page.waitForTimeout(600);
  await expect(page).not.toHaveURL(/cam=/);
  const pane = (await page.locator('.graph-canvas').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  await page.mouse.wheel(0, -300);
  await expect
    .poll(async () => {
      const a = await camera(page);
      await page.waitForTimeout(300);
      const b = await camera(page);
      return a.x === b.x && a.y === b.y && a.ratio === b.ratio;
    })
    .toBe(true);
  await page.waitForTimeout(400);
  await expect(page).toHaveURL(/cam=/);
  const counts = await statusCounts(page);
  const cam = await camera(page);
  const link = await shareLink(page);
  expect(link).toMatch(/from=2024-11-01/);
  expect(link).toMatch(/types=accuses/);
  expect(link).toMatch(/actor=nujaba/);

  const other = await context.newPage();
  const problems = collectProblems(other);
  await other.goto(link);
  await waitForGraph(other);
  expect(await statusCounts(other)).toEqual(counts);
  await expect(other.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Harakat Hezbollah al-Nujaba',
  );
  await expect(other.getByRole('button', { name: 'Focus' })).toHaveAttribute('aria-pressed', 'true');
  await other.getByText('Filters', { exact: true }).click();
  await expect(other.getByRole('checkbox', { name: 'accuses', exact: true })).not.toBeChecked();
  await expect(other.getByLabel('Start day')).toHaveValue('2024-11-01');
  const cam2 = await camera(other);
  expect(Math.abs(cam2.ratio - cam.ratio)).toBeLessThan(0.001);
  expect(Math.abs(cam2.x - cam.x)).toBeLessThan(0.01);
  expect(Math.abs(cam2.y - cam.y)).toBeLessThan(0.01);
  expect(problems).toEqual([]);
});

test('back and forward move between discrete views', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Badr');
  await search.press('Enter');
  await expect(page).toHaveURL(/actor=badr/);
  await search.fill('SDF');
  await search.press('Enter');
  await expect(page).toHaveURL(/actor=sdf/);
  await page.goBack();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Badr Organization',
  );
  await page.goForward();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Syrian Democratic Forces',
  );
});

test('a link made on other data, or with parts this version cannot read, says so', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('./#fp=zzzzzz&from=2016-01-01&flavour=red&actor=nobody');
  await waitForGraph(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('this link was made on different data');
  await expect(alert).toContainText('ignored unknown part "flavour"');
  await expect(alert).toContainText('ignored the selected actor "nobody"');
  await expect(page.getByLabel('Start day')).toHaveValue('2016-01-01');
});

test('the embed view draws the graph in a 400x300 frame, with a link to the full view', async ({ context }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 300 });
  await page.goto('./#mode=asof&asof=2024-12-01&embed=1');
  await waitForGraph(page);
  expect(await drawnPixels(page)).toBeGreaterThan(2000);
  await expect(page.getByRole('link', { name: 'Open in Faultlines' })).toHaveAttribute('href', /asof=2024-12-01/);
  await expect(page.getByRole('link', { name: 'Open in Faultlines' })).not.toHaveAttribute('href', /embed/);
  await expect(page.getByRole('slider', { name: 'As of date' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByText('Filters')).toHaveCount(0);
  await expect(page.getByLabel('Open dataset')).toHaveCount(0);
  // nothing overflows the frame
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('each export makes a valid file of the current view', async ({ page }) => {
  await page.getByRole('radiogroup', { name: 'Date mode' }).getByLabel('As of').check();
  await page.getByLabel('As of day').fill('2024-12-01');
  const counts = await statusCounts(page);

  const png1 = await exportFile(page, 'PNG image (1×)');
  const png2 = await exportFile(page, 'PNG image (2×)');
  const sizes = await page.evaluate(
    async ([a, b]) => {
      const size = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        return [bitmap.width, bitmap.height];
      };
      return [await size(a), await size(b)];
    },
    [png1.toString('base64'), png2.toString('base64')],
  );
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  expect(sizes[0][0]).toBe(Math.round(box.width));
  expect(sizes[0][1]).toBeGreaterThan(box.height);
  expect(sizes[1]).toEqual([sizes[0][0] * 2, sizes[0][1] * 2]);

  const svg = (await exportFile(page, 'SVG image')).toString('utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.getElementsByTagName('parsererror').length,
      circles: doc.getElementsByTagName('circle').length,
      title: doc.querySelector('title')?.textContent,
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.title).toContain('Aleppo');
  expect(parsed.circles).toBeGreaterThanOrEqual(counts.actors);

  const json = JSON.parse((await exportFile(page, 'JSON dataset (faultlines/1)')).toString('utf8'));
  const v = validateDataset(json);
  expect(v.ok).toBe(true);
  expect(json.relations.length).toBe(counts.relations);

  const zip = unzipSync(new Uint8Array(await exportFile(page, 'CSV files (zip)')));
  const relationsCsv = new TextDecoder().decode(zip['relations.csv']);
  const rows = Papa.parse<Record<string, string>>(relationsCsv, { header: true, skipEmptyLines: true }).data;
  expect(new Set(rows.map((r) => r.id)).size).toBe(counts.relations);
  expect(rows.length).toBe(
    json.relations.reduce((n: number, r: { evidence?: unknown[] }) => n + (r.evidence?.length || 1), 0),
  );

  const g = gexf.parse(Graph, (await exportFile(page, 'GEXF graph (Gephi)')).toString('utf8'));
  expect(g.size).toBe(counts.relations);

  // the JSON export reopens to the same view
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(json)),
  });
  await waitForGraph(page, json.meta.title);
  const reopened = await statusCounts(page);
  expect(reopened.relations).toBe(counts.relations);
  expect(reopened.actors).toBe(counts.actors);
});
