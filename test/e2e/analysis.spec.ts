import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, waitForGraph } from './helpers';

interface SigmaDisplay {
  getNodeDisplayData(id: string): { label?: string | null; color?: string; hidden?: boolean } | undefined;
  getEdgeDisplayData(key: string): { label?: string | null; color?: string; hidden?: boolean } | undefined;
  getGraph(): { edges(): string[] };
}

/** The bloc lists of the panel: bloc name to member names. */
async function blocMembers(page: Page): Promise<Map<string, string[]>> {
  const items = await page.getByRole('list', { name: 'Blocs' }).getByRole('listitem').allTextContents();
  return new Map(
    items.map((text) => {
      const [head, names] = text.split(/\): /);
      return [head.replace(/ \(.*/, '').trim(), names.split(', ')];
    }),
  );
}

/** Labels of the edges sigma draws now. */
async function edgeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const sigma = (window as unknown as { faultlinesDebug: { current: { sigma: SigmaDisplay } } }).faultlinesDebug
      .current.sigma;
    return sigma
      .getGraph()
      .edges()
      .map((e) => sigma.getEdgeDisplayData(e))
      .filter((d) => d && !d.hidden)
      .map((d) => d?.label ?? '');
  });
}

async function openAnalysis(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toBeVisible();
}

test('the first week of the offensive splits into two camps, with their frustration, and follows the dates', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await openAnalysis(page, '#from=2024-11-27&to=2024-12-02');
  const frustration = page.getByTestId('frustration');
  await expect(frustration).toContainText(/^2 blocs: frustration [\d.]+ of [\d.]+ \(\d+ of \d+ signed ties/);
  const blocs = await blocMembers(page);
  const blocOf = (name: string) => [...blocs].find(([, names]) => names.includes(name))?.[0];
  const government = blocOf('Syrian gov.');
  const rebels = blocOf('HTS');
  expect(government).toBeDefined();
  expect(rebels).toBeDefined();
  expect(government).not.toBe(rebels);
  for (const name of ['Iran', 'Hezbollah', 'KH', 'Nujaba', 'Badr'])
    expect([name, blocOf(name)]).toEqual([name, government]);
  expect(blocOf('SNA')).toBe(rebels);

  // colour by bloc: the graph's labels carry the bloc's letter
  await page.getByLabel('Colour actors by').selectOption('bloc');
  await expect.poll(() => nodeLabel(page, 'hts')).toMatch(/^HTS \[[AB]\]$/);

  // the frustrated ties open onto their relations and evidence
  await page.getByText(/^Frustrated ties: \d+/).click();
  const firstTie = page.getByRole('list', { name: 'Frustrated ties' }).locator('details').first();
  await firstTie.locator('summary').click();
  await expect(firstTie.getByRole('list', { name: 'Evidence' }).first()).toBeVisible();

  // three blocs explain at least as much
  const two = await frustration.textContent();
  await page.getByLabel('Number of blocs').selectOption('3');
  await expect(frustration).toContainText(/^3 blocs/);
  const weight = (text: string | null) => Number(/frustration ([\d.]+)/.exec(text ?? '')?.[1]);
  expect(weight(await frustration.textContent())).toBeLessThanOrEqual(weight(two));

  // moving the range re-runs the analysis on what is shown
  const before = await page.getByRole('list', { name: 'Blocs' }).textContent();
  await page.getByLabel('Start day').fill('2016-01-01');
  await page.getByLabel('End day').fill('2016-12-31');
  await expect.poll(() => page.getByRole('list', { name: 'Blocs' }).textContent()).not.toBe(before);
  await expect(page.getByRole('list', { name: 'Blocs' })).toContainText('SDF');
  await expect(page.getByRole('region', { name: 'Brokers' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('a path between two actors lists each hop with its evidence and is drawn in the graph', async ({ page }) => {
  await openAnalysis(page);
  await page.getByLabel('Path from').selectOption({ label: 'Hayat Tahrir al-Sham (HTS)' });
  await page.getByLabel('Path to').selectOption({ label: 'Iran' });
  const paths = page.getByRole('list', { name: 'Shortest paths' });
  await expect(page.getByRole('region', { name: 'Paths' }).getByRole('status')).toContainText(
    /\d+ hops?; \d+\+? shortest paths?/,
  );
  const first = paths.getByRole('listitem').first();
  // three two-hop chains, in a stable order
  await expect(paths.locator(':scope > li > p')).toHaveText([
    'HTS → IRI → Iran',
    'HTS → Nujaba → Iran',
    'HTS → Turkey → Iran',
  ]);
  await first.locator('details summary').first().click();
  await expect(first.getByRole('list', { name: 'Evidence' }).first()).toBeVisible();
  // each hop is named by its relation, in the relation's own direction, not the walk's
  const viaNujaba = paths.locator(':scope > li').nth(1);
  await expect(viaNujaba).toContainText('Nujaba accuses HTS');
  await expect(viaNujaba).toContainText('Iran backs Nujaba');
  // the graph names the path's lines by their type; no other line carries a word but a contested one
  // or one not acted (an intention, offer, threat or conditional statement: the bundled dataset has some)
  const marks = /^(?:(?:denied|disputed|contested),? ?)?(?:intention|offer|threat|conditional|not acted)?$/;
  const pathLabels = async () => (await edgeLabels(page)).filter((l) => l && !marks.test(l));
  await expect.poll(async () => (await pathLabels()).length).toBeGreaterThan(0);
  expect(await pathLabels()).toContain('accuses');

  // only cooperative ties: HTS reaches Iran through no chain of support
  await page.getByLabel('Cooperative ties only (chain of support)').check();
  await expect(page.getByRole('region', { name: 'Paths' }).getByRole('status')).toHaveText(
    'No path between them over cooperative ties shown now.',
  );
  await expect.poll(async () => (await pathLabels()).length).toBe(0);
});

test('comparing 2016 with 2024-12-01 lists the December deployments among what appeared, and draws them', async ({
  page,
}) => {
  await openAnalysis(page);
  await page.getByLabel('Period A').fill('2016');
  await page.getByLabel('Period B').fill('2024-12-01');
  await page.getByRole('button', { name: 'Compare' }).click();
  const region = page.getByRole('region', { name: 'What changed' });
  await expect(region.getByRole('status')).toContainText(
    /From 2016-01-01 to 2016-12-31 \(A\) to 2024-12-01 \(B\): \d+ relations appeared/,
  );
  await region.getByText(/^Appeared in B: \d+/).click();
  const appeared = region.getByRole('list', { name: 'Appeared in B' });
  await expect(appeared).toContainText('Badr deploys to Syrian gov.');
  await expect(appeared).toContainText('Iraqi militias deploys to Syrian gov.');
  await expect(region.getByText(/^Changed camp \(2 blocs\): \d+/)).toBeVisible();

  await region.getByLabel(/Show the changes in the graph/).check();
  await expect.poll(async () => (await edgeLabels(page)).filter((l) => l === 'new').length).toBeGreaterThan(0);
  expect((await edgeLabels(page)).filter((l) => l === 'gone').length).toBeGreaterThan(0);
  // a new line keeps its sign's colour: a new attack is drawn in the hostile colour, a new backing in the cooperative
  const newLines = await newLineColours(page);
  expect(newLines.get('strikes') ?? newLines.get('fights')).toMatch(/^#(b01c2e|d9472b)$/);
  expect(newLines.get('deploys-to')).toBe('#3a86cf');
  // and the legend has a key for it, in words
  await expect(page.getByRole('region', { name: 'Marks' })).toContainText('red hostile, blue cooperative');

  // a period that is not a date says so and keeps the comparison
  await page.getByLabel('Period A').fill('2016-13');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(region.getByRole('alert')).toContainText('Period A');
  await expect(region.getByRole('status')).toContainText('From 2016-01-01');
});

test("a pair's details give its signed tie: net sign and parts, over every type shown", async ({ page }) => {
  await page.goto('./#from=2024-11-27&to=2024-12-02');
  await waitForGraph(page);
  await page.getByRole('button', { name: 'Table' }).click();
  const rows = page.getByRole('table', { name: 'Relations' }).locator('tbody tr');
  const row = rows.filter({ has: page.locator('td:nth-child(1)', { hasText: /^US$/ }) }).filter({
    has: page.locator('td:nth-child(2)', { hasText: /^backs$/ }),
  });
  await row
    .filter({ has: page.locator('td:nth-child(3)', { hasText: /^SDF$/ }) })
    .first()
    .click();
  await expect(page.getByTestId('pair-tie')).toContainText(
    /^Signed tie between US and SDF, all types shown: net \+[\d.]+ \(cooperative\): cooperative [\d.]+, hostile [\d.]+, \d+ relations/,
  );
});

test('the analysis panel, opened out, has no serious accessibility problem and is reachable by keyboard', async ({
  page,
}) => {
  await openAnalysis(page, '#from=2024-11-27&to=2024-12-02');
  await expect(page.getByTestId('frustration')).toBeVisible();
  await page.getByLabel('Path from').selectOption('hts');
  await page.getByLabel('Path to').selectOption('iran');
  await expect(page.getByRole('list', { name: 'Shortest paths' })).toBeVisible();
  for (const summary of await page.getByRole('region', { name: 'Analysis' }).locator('details > summary').all()) {
    await summary.click();
  }
  const results = await new AxeBuilder({ page }).include('.analysis-panel').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  // the panel's controls take focus from the keyboard, with their names
  await page.getByRole('button', { name: 'Close analysis' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Number of blocs')).toBeFocused();
  await page.getByRole('button', { name: 'Close analysis' }).click();
  await expect(page.getByRole('region', { name: 'Analysis' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Analysis' })).toHaveAttribute('aria-pressed', 'false');
});

test('while the range moves step by step the analysis waits for it to rest, then answers for the last view', async ({
  page,
}) => {
  await openAnalysis(page, '#from=2016-01-01&to=2016-12-31');
  await expect(page.getByTestId('frustration')).toBeVisible();
  const marks = () =>
    page.evaluate(() => {
      const count = (name: string) => performance.getEntriesByName(name, 'mark').length;
      return {
        start: count('faultlines-analysis-start'),
        done: count('faultlines-analysis-done'),
        cancelled: count('faultlines-analysis-cancelled'),
      };
    });
  const before = await marks();
  // 30 steps of a month, 40 ms apart: faster than the debounce, as a dragged slider or fast Play
  await page.evaluate(async () => {
    const debug = (
      window as unknown as {
        faultlinesDebug: { setFilters(p: { from: number; to: number }): void };
      }
    ).faultlinesDebug;
    const day = (y: number, m: number) => Date.UTC(y, m, 1) / 86_400_000;
    for (let k = 0; k < 30; k++) {
      debug.setFilters({ from: day(2022, k), to: day(2022, k + 1) - 1 });
      await new Promise((r) => setTimeout(r, 40));
    }
    debug.setFilters({ from: day(2024, 10) + 26, to: day(2024, 11) + 1 }); // 2024-11-27 to 2024-12-02
  });
  await expect.poll(async () => (await marks()).done).toBeGreaterThan(before.done);
  const after = await marks();
  // far fewer runs than steps: the steps did not queue 31 analyses
  expect(after.start - before.start).toBeLessThanOrEqual(3);
  // and the answer is the first week's: the government and HTS in different blocs
  const blocs = await blocMembers(page);
  const blocOf = (name: string) => [...blocs].find(([, names]) => names.includes(name))?.[0];
  expect(blocOf('Syrian gov.')).toBeDefined();
  expect(blocOf('Syrian gov.')).not.toBe(blocOf('HTS'));
  expect(blocOf('Iran')).toBe(blocOf('Syrian gov.'));
  // a fresh run on the same view, the panel closed and reopened, says the same
  const answered = await page.getByTestId('frustration').textContent();
  await page.getByRole('button', { name: 'Close analysis' }).click();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByTestId('frustration')).toHaveText(answered ?? '');
});

test('a link holds the analysis panel, its settings and its questions', async ({ page, context }) => {
  await openAnalysis(page, '#from=2024-11-27&to=2024-12-02');
  await page.getByLabel('Number of blocs').selectOption('3');
  await page.getByLabel('Colour actors by').selectOption('bloc');
  await page.getByLabel('Path from').selectOption('hts');
  await page.getByLabel('Path to').selectOption('iran');
  await page.getByLabel('Period A').fill('2016');
  await page.getByLabel('Period B').fill('2024-12-01');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(
    /an=1&k=3&colour=bloc&path=hts,iran&cmp=2016-01-01\.\.2016-12-31,2024-12-01\.\.2024-12-01/,
  );
  // the answer for three blocs, not the one still shown from before the change
  await expect(page.getByTestId('frustration')).toHaveText(/^3 blocs:/);
  const frustration = await page.getByTestId('frustration').textContent();

  // the same link in a new page opens the same panel with the same answers
  const other = await context.newPage();
  await other.goto(page.url());
  await waitForGraph(other);
  await expect(other.getByRole('region', { name: 'Analysis' })).toBeVisible();
  await expect(other.getByTestId('frustration')).toHaveText(frustration ?? '');
  await expect(other.getByLabel('Colour actors by')).toHaveValue('bloc');
  await expect(other.getByRole('list', { name: 'Shortest paths' }).locator(':scope > li > p')).toHaveText([
    'HTS → IRI → Iran',
    'HTS → Nujaba → Iran',
    'HTS → Turkey → Iran',
  ]);
  await expect(other.getByLabel('Period A')).toHaveValue('2016-01-01 to 2016-12-31');
  await expect(other.getByRole('region', { name: 'What changed' }).getByRole('status')).toContainText(
    'From 2016-01-01 to 2016-12-31 (A) to 2024-12-01 (B)',
  );

  // back undoes the comparison; closing the panel takes it out of the link
  await page.goBack();
  await expect(page.getByRole('region', { name: 'What changed' }).getByRole('status')).toHaveCount(0);
  await page.getByRole('button', { name: 'Close analysis' }).click();
  await expect(page).not.toHaveURL(/an=1/);
});

test('an SVG export of actors coloured by bloc draws and names the blocs', async ({ page }) => {
  await openAnalysis(page, '#from=2024-11-27&to=2024-12-02');
  await page.getByLabel('Colour actors by').selectOption('bloc');
  await expect.poll(() => nodeLabel(page, 'hts')).toMatch(/\[[AB]\]$/);
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'SVG image' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  // the legend names the blocs, and the actors are drawn in the blocs' colours, labelled with their letter
  expect(svg).toMatch(/bloc A \(\d+\)/);
  expect(svg).toMatch(/bloc B \(\d+\)/);
  // labels carry their bloc's letter (not every actor is labelled: labels never overlap)
  expect(svg).toMatch(/>[^<>]+ \[A\]<\/text>/);
  expect(svg).toMatch(/>[^<>]+ \[B\]<\/text>/);
  expect(svg.toLowerCase()).toContain('fill="#0072b2"');
  expect(svg.toLowerCase()).toContain('fill="#d55e00"');
});

/** The colour of the first line labelled "new", by its relation type. */
async function newLineColours(page: Page): Promise<Map<string, string>> {
  const pairs = await page.evaluate(() => {
    const d = (
      window as unknown as {
        faultlinesDebug: {
          current: {
            sigma: SigmaDisplay;
            loaded: { grouping: { first: Int32Array }; valid: { dataset: { relations: { type: string }[] } } };
          };
        };
      }
    ).faultlinesDebug.current;
    const graph = d.sigma.getGraph() as unknown as {
      edges(): string[];
      getEdgeAttribute(e: string, a: string): number;
    };
    return graph
      .edges()
      .filter((e) => d.sigma.getEdgeDisplayData(e)?.label === 'new')
      .map((e) => {
        const group = graph.getEdgeAttribute(e, 'group');
        return [
          d.loaded.valid.dataset.relations[d.loaded.grouping.first[group]].type,
          d.sigma.getEdgeDisplayData(e)?.color ?? '',
        ];
      });
  });
  const out = new Map<string, string>();
  for (const [type, colour] of pairs) if (!out.has(type)) out.set(type, colour.toLowerCase());
  return out;
}

async function nodeLabel(page: Page, node: string): Promise<string> {
  return page.evaluate(
    (id) =>
      (
        window as unknown as { faultlinesDebug: { current: { sigma: SigmaDisplay } } }
      ).faultlinesDebug.current.sigma.getNodeDisplayData(id)?.label ?? '',
    node,
  );
}
