// "Export → Briefing file": one HTML file with the app, the dataset and its
// stories, which opened from disk presents the story, offline, with no network
// request and no breach of its own policy; made again from itself, it still works.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, exportFile, waitForGraph, watchCsp } from './helpers';

const ITEM = 'Briefing file (HTML)';

/** Requests that left the page's own file (the workers start from blob: or data: URLs). */
function watchNetwork(page: Page): string[] {
  const out: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) out.push(r.url());
  });
  return out;
}

test('the briefing file opened from disk presents the story offline, with no network request', async ({
  page,
  browser,
}, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  const html = (await exportFile(page, ITEM)).toString('utf8');
  expect(html).toContain('<title>The Aleppo offensive in five steps · ');
  const file = testInfo.outputPath('briefing.html');
  writeFileSync(file, html);

  const context = await browser.newContext();
  await context.setOffline(true);
  const opened = await context.newPage();
  const problems = collectProblems(opened);
  const requests = watchNetwork(opened);
  const violations = await watchCsp(opened);
  await opened.goto(pathToFileURL(file).href);
  await waitForGraph(opened);
  const presenting = opened.getByRole('region', { name: 'Presenting The Aleppo offensive in five steps' });
  await expect(presenting.getByTestId('step-count')).toHaveText('1 of 5');
  await expect(presenting.getByTestId('step-title')).toHaveText('The old alignments');
  await opened.keyboard.press('ArrowRight');
  await expect(presenting.getByTestId('step-count')).toHaveText('2 of 5');
  // the bloc step runs the analysis in its inlined worker
  await opened.keyboard.press('End');
  await expect(presenting.getByTestId('step-count')).toHaveText('5 of 5');
  await expect(opened.getByTestId('graph-caption')).toContainText('bloc');

  // made again from the file itself (it is its own source), it holds the data once
  await opened.keyboard.press('Escape');
  const again = (await exportFile(opened, ITEM)).toString('utf8');
  expect(again.split('id="faultlines-briefing"').length).toBe(2);
  expect(again).toContain("connect-src 'none'");

  expect(requests).toEqual([]);
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('a briefing file made from a GEXF dataset opens on its data', async ({ page, browser }, testInfo) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'pair.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from(
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="Alpha"/><node id="b" label="Beta"/></nodes><edges><edge id="e" source="a" target="b" start="2020-01-01"/></edges></graph></gexf>',
    ),
  });
  await waitForGraph(page, 'pair');
  const file = testInfo.outputPath('pair.html');
  writeFileSync(file, await exportFile(page, ITEM));
  const context = await browser.newContext();
  const opened = await context.newPage();
  const problems = collectProblems(opened);
  await opened.goto(pathToFileURL(file).href);
  await waitForGraph(opened, 'pair');
  await expect(opened.getByRole('status')).toHaveText('2 of 2 actors · 1 of 1 relations');
  expect(problems).toEqual([]);
  await context.close();
});
