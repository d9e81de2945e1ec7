// Speaking the analysts' data (issue 16): links without a type are asked about
// once; event files open directly.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { collectProblems, exportFile, statusCounts, waitForGraph } from './helpers';

const UNTYPED = `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>
<node id="a" label="Alpha"/><node id="b" label="Beta"/><node id="c" label="Gamma"/><node id="d" label="Delta"/>
</nodes><edges>
<edge id="1" source="a" target="b"/><edge id="2" source="c" target="d"/><edge id="3" source="a" target="c"/>
</edges></graph></gexf>`;

test('links without a type are asked about once, and read as hostile the analysis weighs them', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('./');
  await waitForGraph(page);
  // the bundled dataset types every relation: no question
  await expect(page.getByRole('region', { name: 'Links without a type' })).toHaveCount(0);
  await page
    .getByLabel('Open dataset')
    .setInputFiles({ name: 'untyped.gexf', mimeType: 'application/xml', buffer: Buffer.from(UNTYPED) });
  await waitForGraph(page, 'untyped');
  const question = page.getByRole('region', { name: 'Links without a type' });
  await expect(question).toContainText('3 links in untyped.gexf carry no type');
  await question.getByRole('button', { name: 'Hostile' }).click();
  await expect(question).toHaveCount(0);
  // opened again with the reading declared: the legend and the analysis use it
  await expect(page.getByRole('region', { name: 'Hostile relations' })).toContainText('related to (read as hostile)');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByTestId('frustration')).toContainText(/^2 blocs: frustration 0/);
  await expect(page.getByRole('status').first()).toContainText('4 of 4 actors');
  expect(problems).toEqual([]);
});

test('any other CSV opens through the column-mapping step, guessed from its names and remembered for its header', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('./');
  await waitForGraph(page);
  const csv = [
    'Actor A,Actor B,Tie,When,Excerpt,Outlet,Link',
    'HTS,Syrian army,fights,2024-11-27,"Rebels attacked army positions",Reuters,https://reuters.com/a',
    'Turkey,SNA,backs,2024-11,"Ankara-backed factions",Reuters,https://reuters.com/b',
    'Iran,Syrian army,pledges support,2024-12-01,"We stand with Syria",IRNA,',
    'HTS,Turkey,talks to,2024-11-29,,,',
  ].join('\n');
  const open = () =>
    page.getByLabel('Open dataset').setInputFiles({ name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await open();
  const dialog = page.getByRole('dialog', { name: 'Which columns of ties.csv hold what?' });
  await expect(dialog).toBeVisible();
  // guessed: the ends from "Actor A" / "Actor B"; the rest chosen by hand
  await expect(dialog.getByLabel('Source actor (required)')).toHaveValue('Actor A');
  await expect(dialog.getByLabel('Target actor (required)')).toHaveValue('Actor B');
  await dialog.getByLabel('Relation type').selectOption('Tie');
  await dialog.getByLabel('Start date').selectOption('When');
  await dialog.getByLabel('Quote').selectOption('Excerpt');
  await dialog.getByLabel('Source (publisher)').selectOption('Outlet');
  await dialog.getByLabel('Link').selectOption('Link');
  // the preview says which column is which part
  await expect(dialog.getByRole('columnheader', { name: /Tie → Relation type/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Open with these columns' }).click();
  await waitForGraph(page, 'ties');
  await expect(page.getByRole('status').first()).toHaveText('5 of 5 actors · 4 of 4 relations');
  // a type the app does not know loads as "related to", said once
  await expect(page.getByRole('region', { name: 'Warnings' })).toContainText(
    '1 rows name no relation type this app knows',
  );
  // the same header again: the mapping is as chosen
  await open();
  await expect(dialog.getByLabel('Relation type')).toHaveValue('Tie');
  await expect(dialog.getByLabel('Link')).toHaveValue('Link');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  // what was open stays
  await expect(page.getByRole('status').first()).toHaveText('5 of 5 actors · 4 of 4 relations');
  expect(problems).toEqual([]);
});

test('an ACLED export opens through "Open dataset", one relation per event, and rolls up by month on asking', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('./');
  await waitForGraph(page);
  // the sample, with two more battles between the same two actors in the same month
  const sample = readFileSync(resolve('test/fixtures/events/acled-current.csv'), 'utf8').trimEnd().split('\n');
  const again = (id: string, day: string) => sample[1].replace('SYR120001', id).replace('2024-11-27', day);
  const text = [...sample, again('SYR120901', '2024-11-29'), again('SYR120902', '2024-11-30')].join('\n');
  await page
    .getByLabel('Open dataset')
    .setInputFiles({ name: 'acled-current.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await waitForGraph(page, 'acled-current');
  const bar = page.getByRole('region', { name: 'Events' });
  await expect(bar).toContainText(/^\d+ ACLED events as \d+ relations \(one per event\)/);
  const perEvent = await statusCounts(page);
  // the events of one pair, type and month become one relation, their evidence kept
  await bar.getByRole('button', { name: 'by month' }).click();
  await expect(bar.getByRole('button', { name: 'by month' })).toHaveAttribute('aria-pressed', 'true');
  const monthly = await statusCounts(page);
  expect(monthly.totalActors).toBe(perEvent.totalActors);
  expect(monthly.totalRelations).toBeLessThan(perEvent.totalRelations);
  // a battle is a fight; the evidence quotes the notes
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Hayat Tahrir');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('fights');
  expect(problems).toEqual([]);
});

test('a GDELT 2.0 event file (tab-separated, no header) opens through "Open dataset", typed by CAMEO', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Open dataset').setInputFiles(resolve('test/fixtures/events/gdelt-2.tsv'));
  await waitForGraph(page, 'gdelt-2');
  await expect(page.getByRole('region', { name: 'Events' })).toContainText(/^\d+ GDELT events as \d+ relations/);
  // the legend names the types the CAMEO roots became, hostile and cooperative
  await expect(page.getByRole('region', { name: 'Hostile relations' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cooperative relations' })).toBeVisible();
  const counts = await statusCounts(page);
  expect(counts.totalActors).toBeGreaterThan(3);
  // GDELT keeps no text: the missing quotes are said once, not per event
  await expect(page.getByRole('region', { name: 'Warnings' }).locator('summary').first()).toContainText(
    /^\d+ relations: /,
  );
  await page.getByRole('region', { name: 'Events' }).getByRole('button', { name: 'by week' }).click();
  await expect(page.getByRole('region', { name: 'Events' })).toContainText('(by week)');
  expect(problems).toEqual([]);
});

test('FollowTheMoney and STIX: each export reopens to the same actors, relations and dates', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('./');
  await waitForGraph(page);
  const before = await statusCounts(page);
  for (const [item, name] of [
    ['FollowTheMoney entities (.ftm.json)', 'aleppo.ftm.json'],
    ['STIX 2.1 bundle (.stix.json)', 'aleppo.stix.json'],
  ]) {
    const file = await exportFile(page, item);
    await page.getByLabel('Open dataset').setInputFiles({ name, mimeType: 'application/json', buffer: file });
    // the file itself is open (not the dataset before it, left in place by a failure)
    await page.waitForFunction(
      (n) =>
        (window as unknown as { faultlinesDebug: { current: { loaded: { name: string } } | null } }).faultlinesDebug
          .current?.loaded.name === n,
      name,
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect.poll(async () => (await statusCounts(page)).totalRelations).toBe(before.totalRelations);
    expect((await statusCounts(page)).totalActors).toBe(before.totalActors);
    // the dates came back: the timeline spans the same week
    await expect(page.getByLabel('End day')).toHaveValue('2024-12-02');
  }
  expect(problems).toEqual([]);
});
