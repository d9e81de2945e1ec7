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
  // over the whole span, a month a step (the timeline opens on the busiest week)
  await page.getByRole('button', { name: 'Zoom out' }).click();
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
  // month steps over the whole span, so the widening below brings back years of relations
  await page.getByRole('button', { name: 'Zoom out' }).click();
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

test('the timeline opens on the week of the offensive, by day, and zooms out to all time and back', async ({
  page,
}) => {
  const histogram = page.getByRole('img', { name: /^Relations over time/ });
  await expect(histogram).toHaveAttribute('aria-label', /by day, 2024-11-26 to 2024-12-02/);
  await expect(page.locator('.ticks')).toContainText('27 Nov');
  await expect(page.locator('.ticks')).toContainText('2 Dec');
  // the view is not the filter: all time is still chosen, and the link says nothing of dates
  expect(await statusCounts(page)).toMatchObject({ relations: 131, totalRelations: 131 });
  await expect(page.getByLabel('Start day')).toHaveValue('2011-01-01');
  await expect(page.getByRole('button', { name: 'All time' })).toBeDisabled();
  expect(new URL(page.url()).hash).not.toMatch(/from=|to=|asof=/);
  await expect(page.getByRole('img', { name: /^Whole span/ })).toHaveAttribute(
    'aria-label',
    'Whole span, 1 Jan 2011 – 2 Dec 2024; the detail above shows 26 Nov – 2 Dec 2024',
  );
  // out to all time, by keyboard, and back
  await page.getByRole('button', { name: 'Zoom out' }).focus();
  await page.keyboard.press('Enter');
  await expect(histogram).toHaveAttribute('aria-label', /by month, 2011-01-01 to 2024-12-02/);
  await expect(page.locator('.ticks')).toContainText('2016');
  await page.getByRole('button', { name: 'Zoom to busiest' }).focus();
  await page.keyboard.press('Enter');
  await expect(histogram).toHaveAttribute('aria-label', /by day, 2024-11-26 to 2024-12-02/);
  // and to a chosen range, from the whole span
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByLabel('Start day').fill('2024-11-27');
  await page.getByLabel('End day').fill('2024-12-01');
  await expect(histogram).toHaveAttribute('aria-label', /by month/);
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

test('in the zoomed week a slider moves its own end, and the open start stays open', async ({ page }) => {
  const end = page.getByRole('slider', { name: 'End date' });
  await end.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(end).toHaveAttribute('aria-valuetext', '2024-12-01');
  await expect(page.getByLabel('Start day')).toHaveValue('2011-01-01');
  await expect.poll(() => new URL(page.url()).hash).toMatch(/to=2024-12-01/);
  expect(new URL(page.url()).hash).not.toMatch(/from=/);
});

test('dates typed, or in a link, outside the view bring the view to them', async ({ page, context }) => {
  const histogram = page.getByRole('img', { name: /^Relations over time/ });
  await page.getByLabel('Start day').fill('2016-01-01');
  await expect(histogram).toHaveAttribute('aria-label', /by month, 2015-02-09 to 2024-12-02/);
  await expect(page.locator('.timeline-note')).toContainText('9 Feb 2015 – 2 Dec 2024, a bar per month');
  const linked = await context.newPage();
  await linked.goto('./#from=2016-01-01&to=2016-12-31');
  await waitForGraph(linked);
  await expect(linked.getByRole('img', { name: /^Relations over time/ })).toHaveAttribute(
    'aria-label',
    /by month, 2015-11-25 to 2017-02-06/,
  );
  await expect(linked.getByLabel('End day')).toHaveValue('2016-12-31');
});

test('a dataset without dates says so in one line, hides the time controls, and shows no 1970', async ({ page }) => {
  await page.getByLabel('Open dataset').setInputFiles('test/fixtures/gexf/les_miserables.gexf');
  await waitForGraph(page, 'les_miserables');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toHaveText('This dataset has no dates: time filters are off');
  for (const name of ['Start day', 'End day', 'As of day']) await expect(page.getByLabel(name)).toHaveCount(0);
  await expect(page.getByRole('slider')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Play' })).toHaveCount(0);
  // nowhere on the page: its text, field values, or what assistive technology reads
  const found = await page.evaluate(() => {
    const hits: string[] = [];
    if (document.body.innerText.includes('1970')) hits.push('text');
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.getAttributeNames()) {
        if (a !== 'style' && a !== 'd' && el.getAttribute(a)!.includes('1970')) hits.push(`${el.tagName} ${a}`);
      }
      if (el instanceof HTMLInputElement && el.value.includes('1970')) hits.push(`${el.tagName} value`);
    }
    return hits;
  });
  expect(found).toEqual([]);
});

test('the undated relations are counted apart, as the filter treats them', async ({ page }) => {
  const note = page.locator('.timeline-note');
  await expect(note).toContainText('55 undated relations, shown at every date');
  await page.getByText('Filters', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Include undated' }).uncheck();
  await expect(note).toContainText('55 undated relations hidden ("Include undated" is off)');
});

test.describe('typing a day', () => {
  test('typing a start day leaves the end day alone, and a start after the end says so', async ({ page }) => {
    const start = page.getByLabel('Start day');
    const end = page.getByLabel('End day');
    await end.fill('2024-12-01');
    // ISO text, a key at a time: only the whole day applies, never year 2 or all of 2024 on the way
    const starts = await recordValues(page, 'Start date');
    await start.selectText();
    await start.pressSequentially('2024-11-28');
    await expect(start).toHaveValue('2024-11-28');
    await expect(end).toHaveValue('2024-12-01');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/from=2024-11-28&to=2024-12-01/);
    expect(await starts()).toEqual(['2024-11-28']);
    await end.selectText();
    await end.pressSequentially('2024-12-02');
    await expect(end).toHaveValue('2024-12-02');
    await expect(start).toHaveValue('2024-11-28');
    // a start after the end stays as typed, and the timeline says why nothing dated shows
    await start.selectText();
    await start.pressSequentially('2024-12-05');
    await expect(start).toHaveValue('2024-12-05');
    await expect(end).toHaveValue('2024-12-02');
    await expect(page.locator('.timeline-note')).toContainText('Start day is after End day');
  });
});

/** The values a slider's aria-valuetext takes from now on, recorded in the page. */
async function recordValues(page: Page, name: string): Promise<() => Promise<string[]>> {
  await page.getByRole('slider', { name }).evaluate((el) => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    new MutationObserver(() => seen.push(el.getAttribute('aria-valuetext') ?? '')).observe(el, {
      attributeFilter: ['aria-valuetext'],
    });
  });
  return () => page.evaluate(() => (window as unknown as { seen: string[] }).seen);
}

test("Play's step follows the zoom: a day over the week, months over years, quiet stretches in one step", async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.getByLabel('Speed').selectOption('8');
  const play = page.getByRole('button', { name: 'Play' });
  // the opening view, the week of the offensive: one day a step, to its end
  await page.getByLabel('Start day').fill('2024-11-27');
  await page.getByLabel('End day').fill('2024-11-27');
  let seen = await recordValues(page, 'Start date');
  await play.click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 10_000 });
  expect(await seen()).toEqual(['2024-11-28', '2024-11-29', '2024-11-30', '2024-12-01', '2024-12-02']);
  // the whole span, by month: from January 2016 nothing appears or goes until January 2017, then 2022, October 2023
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByLabel('Start day').fill('2016-01-01');
  await page.getByLabel('End day').fill('2016-01-31');
  seen = await recordValues(page, 'Start date');
  await play.click();
  await expect.poll(async () => (await seen()).length).toBeGreaterThanOrEqual(3);
  // at speed 8 on a busy machine Play may reach the end first: then there is no Pause to press
  await page
    .getByRole('button', { name: 'Pause' })
    .click({ timeout: 2_000 })
    .catch(() => undefined);
  expect((await seen()).slice(0, 3)).toEqual(['2017-01-01', '2022-01-01', '2023-10-01']);
  await expect(page.getByRole('slider', { name: 'End date' })).toHaveAttribute('aria-valuetext', /-(28|29|30|31)$/);
  expect(problems).toEqual([]);
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
