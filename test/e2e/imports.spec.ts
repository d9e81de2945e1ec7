import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { statusCounts, waitForGraph } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
});

test('a CSV pair opens through the file input', async ({ page }) => {
  await page.getByLabel('Open dataset').setInputFiles([
    {
      name: 'actors.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'id,label,kind\nhts,Hayat Tahrir al-Sham,armed-group\nsna,Syrian National Army,armed-group\nturkey,Turkey,state\n',
      ),
    },
    {
      name: 'relations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'id,source,target,type,start,end,evidence_source,quote,stance\n' +
          'r1,turkey,sna,backs,2016,ongoing,wire,"Turkey-backed ""SNA""",supports\n' +
          'r1,turkey,sna,backs,2016,ongoing,blog,backed by Ankara,supports\n' +
          'r2,hts,sna,allied-with,2024-11-27,,wire,"joined the offensive, with others",supports\n',
      ),
    },
  ]);
  await waitForGraph(page, 'CSV dataset');
  expect(await statusCounts(page)).toMatchObject({ actors: 3, totalActors: 3, relations: 2, totalRelations: 2 });
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Turkey');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Turkey-backed "SNA"');
  await expect(details).toContainText('backed by Ankara');
  await expect(page.getByRole('region', { name: 'Warnings' })).toContainText('no sources.csv');
});

test('a GEXF with dated edges opens, and the timeline spans its dates', async ({ page }) => {
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph mode="dynamic" timeformat="date">
    <nodes><node id="a" label="Alpha"/><node id="b" label="Bravo"/><node id="c" label="Charlie"/></nodes>
    <edges>
      <edge id="1" source="a" target="b" start="1998-03-01" end="1999-12-31"/>
      <edge id="2" source="b" target="c"><spells><spell start="2003-01-01" end="2003-06-30"/><spell start="2006-02-01" end="2006-02-01"/></spells></edge>
    </edges>
  </graph>
</gexf>`;
  await page
    .getByLabel('Open dataset')
    .setInputFiles({ name: 'dated.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
  await waitForGraph(page, 'dated');
  expect(await statusCounts(page)).toMatchObject({ relations: 3, totalRelations: 3 });
  await expect(page.getByLabel('Start day')).toHaveValue('1998-03-01');
  await expect(page.getByLabel('End day')).toHaveValue('2006-02-01');
  await expect(page.getByRole('img', { name: /^Relations over time/ })).toHaveAttribute(
    'aria-label',
    /1998-03-01 to 2006-02-01/,
  );
  await expect(page.getByRole('region', { name: 'Warnings' })).toContainText('no relation type');
});

test('a truncated JSON file shows the alert while the previous dataset stays on screen', async ({ page }) => {
  const before = await statusCounts(page);
  const full = JSON.stringify({ format: 'faultlines/1', meta: { title: 'x' }, sources: [], actors: [], relations: [] });
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'truncated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(full.slice(0, 40)),
  });
  await expect(page.getByRole('alert')).toContainText('truncated.json could not be opened');
  await expect(page.getByRole('alert')).toContainText('the text ends too early');
  expect(await statusCounts(page)).toEqual(before);
  await expect(page.locator('.dataset-title')).toContainText('Aleppo');
});

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

test('script and HTML in every string of a CSV set or a GEXF file stay text', async ({ page }) => {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  await page.getByLabel('Open dataset').setInputFiles([
    {
      name: 'actors.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `id,label,short,aliases,kind,description\na,${q(`A ${PAYLOAD}`)},${q(PAYLOAD)},${q(PAYLOAD)},state,${q(PAYLOAD)}\nb,B,,,state,\n`,
      ),
    },
    {
      name: 'relations.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `id,source,target,type,start,location,note,evidence_source,quote,speaker\nr,a,b,backs,2024,${q(PAYLOAD)},${q(PAYLOAD)},s,${q(PAYLOAD)},${q(PAYLOAD)}\n`,
      ),
    },
    {
      name: 'sources.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`id,title,publisher,url\ns,${q(PAYLOAD)},${q(PAYLOAD)},javascript:window.__pwned=1\n`),
    },
  ]);
  await waitForGraph(page, 'CSV dataset');
  await page.getByRole('combobox', { name: 'Search actors' }).fill('A <img');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(`A ${PAYLOAD}`);
  await expect(details.getByRole('link')).toHaveCount(0);

  const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta><title>${x(`G ${PAYLOAD}`)}</title></meta>
<graph><attributes class="edge"><attribute id="0" title="type" type="string"/><attribute id="1" title="note" type="string"/></attributes>
<nodes><node id="n1" label="${x(`N ${PAYLOAD}`)}"/><node id="n2" label="${x(PAYLOAD)}"/></nodes>
<edges><edge id="e" source="n1" target="n2"><attvalues><attvalue for="0" value="backs"/><attvalue for="1" value="${x(PAYLOAD)}"/></attvalues></edge></edges>
</graph></gexf>`;
  await page
    .getByLabel('Open dataset')
    .setInputFiles({ name: 'p.gexf', mimeType: 'application/xml', buffer: Buffer.from(gexf) });
  await waitForGraph(page, `G ${PAYLOAD}`);
  await page.getByRole('combobox', { name: 'Search actors' }).fill('N <img');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(`N ${PAYLOAD}`);
  await expect(details).toContainText(`Note: ${PAYLOAD}`);

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('.details script, .toolbar script').count()).toBe(0);
});

test('"Download CSV template" gives a zip that opens again', async ({ page }) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('faultlines-csv-template.zip');
  await page.getByLabel('Open dataset').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/zip',
    buffer: readFileSync((await download.path())!),
  });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect.poll(async () => (await statusCounts(page)).totalRelations).toBe(2);
});

test('a large file loads in the worker with progress, and Cancel keeps the open dataset', async ({ page }) => {
  const { generateDataset } = await import('../bench/generate');
  const big = Buffer.from(JSON.stringify(generateDataset({ actors: 2000, relations: 60_000 })));
  const before = await statusCounts(page);
  await page.getByLabel('Open dataset').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  await expect(page.getByRole('progressbar', { name: 'Opening big.json' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel loading' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  expect(await statusCounts(page)).toEqual(before);
  await page.waitForTimeout(1500);
  expect(await statusCounts(page)).toEqual(before);
  await expect(page.locator('.dataset-title')).toContainText('Aleppo');
});

test('data= in the link loads a dataset from a URL, and stays in the link', async ({ context }) => {
  const page = await context.newPage();
  const remote = {
    format: 'faultlines/1',
    meta: { title: 'Remote dataset' },
    sources: [{ id: 's', title: 'S' }],
    actors: [
      { id: 'a', label: 'Alpha', kind: 'state' },
      { id: 'b', label: 'Bravo', kind: 'armed-group' },
    ],
    relations: [
      {
        id: 'r',
        source: 'a',
        target: 'b',
        type: 'backs',
        start: '2020',
        evidence: [{ source: 's', quote: 'q', stance: 'supports' }],
      },
    ],
  };
  // the loading worker fetches it: routes on the context see requests from workers too
  await context.route('**/remote/data.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(remote) }),
  );
  await page.goto('./#data=remote%2Fdata.json');
  await waitForGraph(page, 'Remote dataset');
  expect(await statusCounts(page)).toMatchObject({ totalActors: 2, totalRelations: 1 });
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Alpha');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  await expect(page).toHaveURL(/data=remote%2Fdata\.json.*actor=a/);

  // a link whose data cannot be fetched says so, and the bundled dataset opens instead
  const broken = await context.newPage();
  await broken.goto('./#data=missing.json');
  await waitForGraph(broken);
  await expect(broken.getByRole('alert')).toContainText('missing.json');
  await expect(broken.locator('.dataset-title')).toContainText('Aleppo');
});
