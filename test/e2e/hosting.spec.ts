// The build as static hosts serve it: under a deep subpath with a strict
// Content-Security-Policy, and the single-file build opened from disk.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { collectProblems, drawnPixels, statusCounts, waitForGraph, watchCsp } from './helpers';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:";
const SUBPATH = '/some/deep/path/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

let server: Server;
let origin = '';

test.beforeAll(async () => {
  const root = resolve('dist');
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(SUBPATH)) {
      res.writeHead(404).end('not under the subpath');
      return;
    }
    const rel = normalize(decodeURIComponent(url.pathname.slice(SUBPATH.length)) || 'index.html');
    const file = join(root, rel);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

test('the build works under a deep subpath with a strict CSP, with no violation', async ({ page }) => {
  const problems = collectProblems(page);
  const violations = await watchCsp(page);
  const response = await page.goto(`${origin}${SUBPATH}`);
  expect(response?.headers()['content-security-policy']).toBe(CSP);
  await waitForGraph(page);
  expect(await drawnPixels(page)).toBeGreaterThan(5000);
  const counts = await statusCounts(page);
  expect(counts.relations).toBe(counts.totalRelations);
  // a discrete action still works, and its link stays under the subpath
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Nusra');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`^${origin}${SUBPATH}#.*actor=hts`));
  // the analysis worker starts from its own file under the subpath and the CSP
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByTestId('frustration')).toContainText(/^2 blocs: frustration/);
  // an invalid file makes zod explain it: zod must not probe eval under this CSP
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ format: 'faultlines/1', meta: { title: 1 }, sources: [], actors: [], relations: [] }),
    ),
  });
  await expect(page.getByRole('alert')).toContainText('$.meta.title');
  // and a good one opens through the worker
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'faultlines/1',
        meta: { title: 'Good' },
        sources: [],
        actors: [
          { id: 'a', label: 'A', kind: 'state' },
          { id: 'b', label: 'B', kind: 'state' },
        ],
        relations: [{ id: 'r', source: 'a', target: 'b', type: 'backs' }],
      }),
    ),
  });
  await waitForGraph(page, 'Good');
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});

test('the single-file build draws the graph opened from disk (file://), under its own strict policy', async ({
  page,
}) => {
  const problems = collectProblems(page);
  const violations = await watchCsp(page);
  const file = resolve('dist-single/index.html');
  expect(existsSync(file)).toBe(true);
  await page.goto(pathToFileURL(file).href);
  await waitForGraph(page);
  expect(await drawnPixels(page)).toBeGreaterThan(5000);
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Badr');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  await expect(page.getByRole('region', { name: 'Details' })).toContainText('Badr Organization');
  // the analysis worker is inlined as well
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByTestId('frustration')).toContainText(/^2 blocs: frustration/);
  // opening a file starts the loading worker, inlined: it works from disk too
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'pair.gexf',
    mimeType: 'application/xml',
    buffer: Buffer.from(
      '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a" label="Alpha"/><node id="b" label="Beta"/></nodes><edges><edge id="e" source="a" target="b" start="2020-01-01"/></edges></graph></gexf>',
    ),
  });
  await waitForGraph(page, 'pair');
  expect(await statusCounts(page)).toMatchObject({ totalActors: 2, totalRelations: 1 });
  // the page's policy lets its own script, style and inlined workers run, and nothing else
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(
    /^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+';/,
  );
  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);
});
