import { expect, test, type Page } from '@playwright/test';
import { collectProblems, statusCounts, waitForGraph, type FaultlinesDebug } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
});

async function tableRows(page: Page): Promise<string[]> {
  if ((await page.getByRole('table', { name: 'Relations' }).count()) === 0) {
    await page.getByRole('button', { name: 'Table' }).click();
  }
  const rows = page.getByRole('table', { name: 'Relations' }).locator('tbody tr');
  return await rows.evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('td')]
        .slice(0, 4)
        .map((td) => td.textContent)
        .join(' | '),
    ),
  );
}

test('the range 2016 shows the US backing the SDF and none of the December 2024 pledges', async ({ page }) => {
  const all = await statusCounts(page);
  await page.getByLabel('Start day').fill('2016-01-01');
  await page.getByLabel('End day').fill('2016-12-31');
  await expect.poll(async () => (await statusCounts(page)).relations).toBeLessThan(all.relations);
  const rows = await tableRows(page);
  expect(rows).toContain('US | backs | SDF | since 2015');
  expect(rows.filter((r) => r.includes('pledges support to') && r.includes('2024'))).toEqual([]);
  expect(rows.filter((r) => r.includes('Dec 2024'))).toEqual([]);
  // undated standing relations are still shown, until excluded
  const withUndated = (await statusCounts(page)).relations;
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Include undated' }).uncheck();
  await expect.poll(async () => (await statusCounts(page)).relations).toBeLessThan(withUndated);
  expect((await tableRows(page)).some((r) => r.endsWith('undated'))).toBe(false);
});

test('"as of" 2024-12-01 shows the Iraqi militias crossing into Syria', async ({ page }) => {
  await page.getByRole('radiogroup', { name: 'Date mode' }).getByLabel('As of').check();
  await expect(page.getByRole('slider', { name: 'As of date' })).toBeVisible();
  await page.getByLabel('As of day').fill('2024-12-01');
  await expect(page.getByRole('slider', { name: 'As of date' })).toHaveAttribute('aria-valuetext', '2024-12-01');
  const rows = await tableRows(page);
  expect(rows).toContain('Badr | deploys to | Syrian gov. | 1 Dec 2024');
  expect(rows).toContain('Nujaba | deploys to | Syrian gov. | 1 Dec 2024');
  expect(rows.filter((r) => r.includes('30 Nov 2024'))).toEqual([]);
  const asOf = await statusCounts(page);
  await page.getByLabel('As of day').fill('2024-11-30');
  await expect.poll(async () => (await statusCounts(page)).relations).not.toBe(asOf.relations);
  expect(await tableRows(page)).not.toContain('Badr | deploys to | Syrian gov. | 1 Dec 2024');
});

test('the date sliders work by keyboard, with ISO dates as their values', async ({ page }) => {
  const start = page.getByRole('slider', { name: 'Start date' });
  const end = page.getByRole('slider', { name: 'End date' });
  await expect(start).toHaveAttribute('aria-valuetext', /^\d{4}-\d{2}-\d{2}$/);
  const all = await statusCounts(page);
  await end.focus();
  await page.keyboard.press('Home');
  await expect(end).toHaveAttribute('aria-valuetext', '2011-01-31');
  await page.keyboard.press('ArrowRight');
  await expect(end).toHaveAttribute('aria-valuetext', '2011-02-28');
  await page.keyboard.press('PageUp');
  const afterPage = await end.getAttribute('aria-valuetext');
  expect(afterPage! > '2012-01-01').toBe(true);
  await page.keyboard.press('End');
  await expect(end).toHaveAttribute('aria-valuetext', '2024-12-31');
  await start.focus();
  await page.keyboard.press('End');
  await expect(start).toHaveAttribute('aria-valuetext', '2024-12-01');
  await expect.poll(async () => (await statusCounts(page)).relations).toBeLessThan(all.relations);
  await page.keyboard.press('ArrowLeft');
  await expect(start).toHaveAttribute('aria-valuetext', '2024-11-01');
});

test('Play advances the range, and its button becomes Pause', async ({ page }) => {
  const problems = collectProblems(page);
  await page.getByLabel('Start day').fill('2011-01-01');
  await page.getByLabel('End day').fill('2011-12-31');
  const start = page.getByRole('slider', { name: 'Start date' });
  await page.getByLabel('Speed').selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(async () => await start.getAttribute('aria-valuetext')).not.toBe('2011-01-01');
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await start.getAttribute('aria-valuetext');
  await page.waitForTimeout(500);
  expect(await start.getAttribute('aria-valuetext')).toBe(paused);
  expect(paused! > '2011-01-01').toBe(true);
  expect(problems).toEqual([]);
});

test('after many partial steps the graph is drawn exactly as a full refresh would draw it', async ({ page }) => {
  // a narrow range hides most actors; a full refresh then (a resize does one) drops their labels from sigma's grid
  await page.getByLabel('Start day').fill('2024-12-02');
  await page.getByLabel('End day').fill('2024-12-02');
  await page.evaluate(() =>
    (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!.sigma.refresh(),
  );
  // widening step by step brings them back through partial refreshes only
  const start = page.getByRole('slider', { name: 'Start date' });
  await start.focus();
  for (let k = 0; k < 12; k++) await page.keyboard.press('PageDown');
  await page.getByRole('slider', { name: 'End date' }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('End');
  const compare = await page.evaluate(() => {
    const d = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!;
    const sigma = d.sigma as unknown as {
      getGraph(): { nodes(): string[]; edges(): string[] };
      getNodeDisplayData(n: string): Record<string, unknown>;
      getEdgeDisplayData(e: string): Record<string, unknown>;
      refresh(options?: unknown): void;
      displayedNodeLabels: Set<string>;
    };
    // sigma's own record of the labels it drew in its last render (private, read only here)
    const labels = () => {
      sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
      return [...sigma.displayedNodeLabels].sort().join(',');
    };
    const snapshot = () => {
      const g = sigma.getGraph();
      return JSON.stringify([
        g.nodes().map((n) => {
          const x = sigma.getNodeDisplayData(n);
          return [n, x.hidden, x.size, x.color, x.label];
        }),
        g.edges().map((e) => {
          const x = sigma.getEdgeDisplayData(e);
          return [e, x.hidden, x.size, x.color, x.label];
        }),
      ]);
    };
    const partial = snapshot();
    const partialLabels = labels();
    sigma.refresh();
    return { partial, full: snapshot(), partialLabels, fullLabels: labels() };
  });
  expect(compare.partial).toBe(compare.full);
  // nodes that reappeared got their labels back
  expect(compare.partialLabels).toBe(compare.fullLabels);
});

test('a filter says how many relations it hides, and the counts follow', async ({ page }) => {
  const all = await statusCounts(page);
  await page.getByText('Filters', { exact: true }).click();
  const backs = page.locator('.filters .option', { has: page.getByRole('checkbox', { name: 'backs', exact: true }) });
  const shown = Number(await backs.locator('.count').textContent());
  expect(shown).toBeGreaterThan(10);
  await page.getByRole('checkbox', { name: 'backs', exact: true }).uncheck();
  await expect(backs.locator('.count')).toHaveText(`hides ${shown}`);
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(all.relations - shown);
  await page.getByRole('button', { name: 'Hide denied and disputed' }).click();
  const denied = page.locator('.filters .option', { has: page.getByRole('checkbox', { name: 'denied', exact: true }) });
  await expect(denied.locator('.count')).toHaveText(/^hides \d+$/);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(all.relations);
});

test('the timeline zooms into the week of the offensive, by day', async ({ page }) => {
  const histogram = page.getByRole('img', { name: /^Relations over time/ });
  await expect(histogram).toHaveAttribute('aria-label', /by month/);
  await page.getByLabel('Start day').fill('2024-11-27');
  await page.getByLabel('End day').fill('2024-12-01');
  await page.getByRole('button', { name: 'Zoom to selection' }).click();
  await expect(histogram).toHaveAttribute('aria-label', /by day/);
  const end = page.getByRole('slider', { name: 'End date' });
  await expect(end).toHaveAttribute('aria-valuetext', '2024-12-01');
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(end).toHaveAttribute('aria-valuetext', '2024-11-30');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(histogram).toHaveAttribute('aria-label', /by month/);
});

test('"Reported by" keeps only what was published by that day, independently of the range', async ({ page }) => {
  await page.getByRole('radiogroup', { name: 'Date mode' }).getByLabel('As of').check();
  await page.getByLabel('As of day').fill('2024-12-01');
  expect(await tableRows(page)).toContain('Badr | deploys to | Syrian gov. | 1 Dec 2024');
  const before = await statusCounts(page);
  await page.getByText('Filters', { exact: true }).click();
  // Reuters reported the crossing on 2 December: on 1 December it was not known yet
  await page.getByLabel('Reported by').fill('2024-12-01');
  await expect.poll(async () => (await statusCounts(page)).relations).toBeLessThan(before.relations);
  expect(await tableRows(page)).not.toContain('Badr | deploys to | Syrian gov. | 1 Dec 2024');
  await expect(page.locator('.filters')).toContainText(/hides \d+/);
  await page.getByLabel('Reported by').fill('2024-12-02');
  await expect.poll(async () => (await statusCounts(page)).relations).toBe(before.relations);
});
