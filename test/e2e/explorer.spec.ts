import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  actorPosition,
  collectProblems,
  drawnPixels,
  statusCounts,
  waitForGraph,
  type FaultlinesDebug,
} from './helpers';

function smallDataset(n: number) {
  const actors = Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, label: `Actor ${n}.${i}`, kind: 'armed-group' }));
  return {
    format: 'faultlines/1',
    meta: { title: `Test dataset ${n}` },
    sources: [{ id: 's', title: 'Source' }],
    actors,
    relations: actors.slice(1).map((a, i) => ({
      id: `r${i}`,
      source: 'a0',
      target: a.id,
      type: i % 2 ? 'fights' : 'backs',
      start: '2024-12-01',
      evidence: [{ source: 's', quote: `quote ${n}.${i}`, stance: 'supports' }],
    })),
  };
}

async function openJson(page: Page, name: string, json: unknown) {
  await page.getByLabel('Open dataset').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)),
  });
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
});

test('draws the bundled dataset, with every actor and relation counted and no console errors', async ({ page }) => {
  const problems = collectProblems(page);
  await page.reload();
  await waitForGraph(page);
  expect(await drawnPixels(page)).toBeGreaterThan(5000);
  const counts = await statusCounts(page);
  expect(counts.actors).toBe(counts.totalActors);
  expect(counts.relations).toBe(counts.totalRelations);
  expect(counts.totalRelations).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});

test('search "Nusra" finds HTS by its alias; choosing it shows its evidence', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Nusra');
  const option = page.getByRole('option').first();
  await expect(option).toContainText('Hayat Tahrir al-Sham');
  await search.press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Hayat Tahrir al-Sham');
  await expect(details).toContainText('formerly known as the Nusra Front');
  await expect(details.locator('blockquote').first()).toBeVisible();
});

test('search ignores case and diacritics, and works by keyboard alone', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.focus();
  await page.keyboard.type('NUJABÁA');
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Harakat Hezbollah al-Nujaba',
  );
});

test('clicking an actor at its position in the graph selects it', async ({ page }) => {
  const p = await actorPosition(page, 'sdf');
  await page.mouse.click(p.x, p.y);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Syrian Democratic Forces');
  await expect(details).toContainText('since 2015');
  await expect(details).toContainText('Newsweek');
});

test('Focus shows only the neighbourhood, and Escape returns to the whole graph', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Badr');
  await search.press('Enter');
  const all = await statusCounts(page);
  await page.getByRole('button', { name: 'Focus' }).click();
  await expect.poll(async () => (await statusCounts(page)).actors).toBeLessThan(all.actors);
  const focused = await statusCounts(page);
  const hidden = await page.evaluate(() => {
    const d = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!;
    const ids = d.sigma.getGraph().nodes();
    return ids.filter((id) => d.sigma.getNodeDisplayData(id)?.hidden).length;
  });
  expect(hidden).toBe(all.totalActors - focused.actors);
  // US is not a neighbour of Badr: it is hidden
  const us = await page.evaluate(
    () =>
      (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!.sigma.getNodeDisplayData(
        'us',
      )?.hidden,
  );
  expect(us).toBe(true);
  await page.getByRole('combobox', { name: 'Search actors' }).blur();
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await statusCounts(page)).actors).toBe(all.actors);
});

test('the same dataset gives the same positions on reload', async ({ page }) => {
  const read = () =>
    page.evaluate(() => {
      const d = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!;
      const g = d.sigma.getGraph();
      return g.nodes().map((id) => [id, g.getNodeAttributes(id).x, g.getNodeAttributes(id).y]);
    });
  const before = await read();
  await page.reload();
  await waitForGraph(page);
  expect(await read()).toEqual(before);
});

test('opens twenty datasets in a row without leaking WebGL contexts', async ({ page }) => {
  const problems = collectProblems(page);
  const canvasesOfOneRenderer = await page.locator('.graph-canvas canvas').count();
  for (let n = 1; n <= 20; n++) {
    await openJson(page, `test-${n}.json`, smallDataset(n));
    await waitForGraph(page, `Test dataset ${n}`);
  }
  await expect(page.getByText('Test dataset 20', { exact: true })).toBeVisible();
  expect(await drawnPixels(page)).toBeGreaterThan(500);
  expect(problems.filter((p) => /WebGL|context/i.test(p))).toEqual([]);
  expect(problems).toEqual([]);
  // one renderer's canvases, not twenty
  expect(await page.locator('.graph-canvas canvas').count()).toBe(canvasesOfOneRenderer);
});

test('an invalid dataset shows every error with its place and keeps the open one', async ({ page }) => {
  const before = await statusCounts(page);
  const bad = smallDataset(1) as Record<string, unknown>;
  (bad.relations as Record<string, unknown>[])[0].source = 'nobody';
  (bad.relations as Record<string, unknown>[])[1].start = '2024-02-30';
  await openJson(page, 'bad.json', bad);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('bad.json could not be opened (2 errors)');
  await expect(alert).toContainText('$.relations[0].source');
  await expect(alert).toContainText('unknown actor "nobody"');
  await expect(alert).toContainText('$.relations[1].start');
  await expect(page.locator('.dataset-title')).toContainText('Aleppo');
  expect(await statusCounts(page)).toEqual(before);

  await openJson(page, 'broken.json', '{"format": "faultlines/1",\n "meta": }');
  await expect(alert).toContainText('not valid JSON at line 2, column 10');
  expect(await statusCounts(page)).toEqual(before);
});

test('the Relations table lists what the status region counts, sorts, and follows the selection', async ({ page }) => {
  await page.getByRole('button', { name: 'Table' }).click();
  const table = page.getByRole('table', { name: 'Relations' });
  const counts = await statusCounts(page);
  await expect(table.locator('tbody tr')).toHaveCount(counts.relations);

  await table.getByRole('button', { name: 'Source', exact: true }).click();
  await expect(table.getByRole('columnheader').first()).toHaveAttribute('aria-sort', 'ascending');
  const first = await table.locator('tbody tr').first().locator('td').first().textContent();
  const last = await table.locator('tbody tr').last().locator('td').first().textContent();
  expect((first ?? '').localeCompare(last ?? '')).toBeLessThanOrEqual(0);

  // keyboard: move to the third row and select its edge
  await table.locator('tbody tr').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const row = table.locator('tbody tr').nth(2);
  await expect(row).toBeFocused();
  await expect(row).toHaveAttribute('aria-current', 'true');
  const [source, type, target] = await row.locator('td').allTextContents();
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    `${source} ${type} ${target}`,
  );

  // Focus narrows the table with the graph
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Badr');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  await page.getByRole('button', { name: 'Focus' }).click();
  const focused = await statusCounts(page);
  await expect(table.locator('tbody tr')).toHaveCount(focused.relations);
});

test('hiding unsourced relations takes them out of the graph and the counts', async ({ page }) => {
  const d = smallDataset(7);
  delete (d.relations[0] as { evidence?: unknown }).evidence;
  await openJson(page, 'unsourced.json', d);
  await waitForGraph(page, 'Test dataset 7');
  await expect(page.getByRole('region', { name: 'Warnings' })).toContainText('no evidence');
  expect(await statusCounts(page)).toMatchObject({ relations: 5, totalRelations: 5 });
  await page.getByText('Filters', { exact: true }).click();
  await page.getByLabel('Minimum independent sources').selectOption('1');
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(4);
  expect((await statusCounts(page)).actors).toBe(5);
  await expect(page.locator('.filters')).toContainText('hides 1');
});

test('the main view has no serious or critical accessibility violations', async ({ page }) => {
  await page.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('combobox', { name: 'Search actors' }).fill('SDF');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('a contested line is marked in text, not only in colour', async ({ page }) => {
  const label = await page.evaluate(() => {
    const d = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!;
    const sigma = d.sigma as unknown as {
      getGraph(): { edges(): string[]; source(e: string): string; target(e: string): string };
      getEdgeDisplayData(e: string): { label?: string | null };
    };
    const g = sigma.getGraph();
    const edge = g.edges().find((e) => g.source(e) === 'badr' && g.target(e) === 'syria-gov');
    return edge ? sigma.getEdgeDisplayData(edge).label : 'no edge';
  });
  expect(label).toBe('denied');
  await expect(page.locator('.legend')).toContainText('denied');
});

test('hovering an actor dims everything but it and its neighbours', async ({ page }) => {
  const colourOf = (id: string) =>
    page.evaluate(
      (n) =>
        (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!.sigma.getNodeDisplayData(
          n,
        ) as unknown as { color: string },
      id,
    );
  const before = (await colourOf('us')).color;
  const p = await actorPosition(page, 'badr');
  await page.mouse.move(p.x, p.y);
  await expect.poll(async () => (await colourOf('us')).color).not.toBe(before);
  expect((await colourOf('iran')).color).not.toBe((await colourOf('us')).color);
  await page.mouse.move(5, 5);
  await expect.poll(async () => (await colourOf('us')).color).toBe(before);
});

test('strings from a dataset are text, and only http(s) URLs become links', async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
  const d = smallDataset(3) as ReturnType<typeof smallDataset> & { sources: Record<string, unknown>[] };
  d.meta.title = `Payload ${payload}`;
  d.sources = [
    { id: 's', title: `Safe ${payload}`, publisher: payload, url: 'https://example.org/report' },
    { id: 'bad', title: 'Bad link', url: 'javascript:window.__pwned=1' },
  ];
  d.actors[0].label = `Actor ${payload}`;
  d.relations[0].evidence.push({ source: 'bad', quote: payload, stance: 'supports' });
  await openJson(page, 'payload.json', d);
  await waitForGraph(page, `Payload ${payload}`);
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Actor');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(`Actor ${payload}`);
  await expect(details.getByRole('link', { name: `Safe ${payload}` }).first()).toHaveAttribute(
    'href',
    'https://example.org/report',
  );
  await expect(details.getByRole('link', { name: 'Bad link' })).toHaveCount(0);
  await expect(details).toContainText('javascript:window.__pwned=1');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('when WebGL is unavailable the page says so and the table still works', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (/webgl/i.test(type)) return null;
      return (original as (...a: unknown[]) => RenderingContext | null).call(this, type, ...rest);
    } as typeof original;
  });
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('The graph drawing failed');
  await expect(page.getByRole('alert')).toContainText('Table');
  await page.getByRole('button', { name: 'Table' }).click();
  const counts = await statusCounts(page);
  await expect(page.getByRole('table', { name: 'Relations' }).locator('tbody tr')).toHaveCount(counts.relations);
});

test('choosing a search result moves the camera to the actor', async ({ page }) => {
  const camera = () =>
    page.evaluate(() => {
      const sigma = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!
        .sigma as unknown as { getCamera(): { getState(): { x: number; y: number; ratio: number } } };
      return sigma.getCamera().getState();
    });
  const before = await camera();
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Quds');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  const box = (await page.locator('.graph-canvas').boundingBox())!;
  const offCentre = async () => {
    const p = await actorPosition(page, 'quds-force');
    return Math.hypot(p.x - (box.x + box.width / 2), p.y - (box.y + box.height / 2));
  };
  // the camera animates to the actor: it ends up at the centre of the graph, zoomed in
  await expect.poll(offCentre).toBeLessThan(5);
  expect((await camera()).ratio).toBeLessThan(before.ratio);
});

test('a dataset dropped on the page opens', async ({ page }) => {
  await page.evaluate(
    (text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    },
    JSON.stringify(smallDataset(9)),
  );
  await waitForGraph(page, 'Test dataset 9');
  expect(await statusCounts(page)).toMatchObject({ totalActors: 6, totalRelations: 5 });
});
