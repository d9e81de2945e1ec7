// Links to data that does not come, or that changes in the same tab: the page
// says what happened and never leaves the user with nothing open.
import { expect, test, type BrowserContext } from '@playwright/test';
import { drawnPixels, statusCounts, waitForGraph } from './helpers';

function dataset(title: string, actors: string[]) {
  return {
    format: 'faultlines/1',
    meta: { title },
    sources: [{ id: 's', title: 'S' }],
    actors: actors.map((id) => ({ id, label: id.toUpperCase(), kind: 'state' })),
    relations: [{ id: 'r', source: actors[0], target: actors[1], type: 'backs', start: '2020' }],
  };
}

async function serve(context: BrowserContext, path: string, body: unknown) {
  await context.route(`**/remote/${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) }),
  );
}

test('Cancel on a link whose server never answers opens the bundled dataset', async ({ context }) => {
  // the worker's request is held for ever: the route is never fulfilled
  await context.route('**/remote/never.json', () => {});
  const page = await context.newPage();
  await page.goto('./#data=remote%2Fnever.json');
  await expect(page.getByRole('progressbar', { name: /never\.json/ })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel loading' }).click();
  await waitForGraph(page);
  await expect(page.locator('.dataset-title')).toContainText('Aleppo');
  expect(await statusCounts(page)).toMatchObject({ totalRelations: 131 });
});

test('a second data= link entered in the same tab opens its data, then its view', async ({ context }) => {
  await serve(context, 'first.json', dataset('First dataset', ['a', 'b']));
  await serve(context, 'second.json', dataset('Second dataset', ['c', 'd', 'e']));
  const page = await context.newPage();
  await page.goto('./#data=remote%2Ffirst.json');
  await waitForGraph(page, 'First dataset');
  // as if typed into the address bar: the same page, another fragment
  await page.goto('./#data=remote%2Fsecond.json&actor=c');
  await waitForGraph(page, 'Second dataset');
  expect(await statusCounts(page)).toMatchObject({ totalActors: 3 });
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText('C');
  // and Back returns to the first
  await page.goBack();
  await waitForGraph(page, 'First dataset');
});

test('a link to a file larger than the app opens is refused while it downloads, keeping what was open', async ({
  context,
}) => {
  // a server that claims 600 MB: refused on its header, before anything is read
  await context.route('**/remote/huge.json', (route) =>
    route.fulfill({ status: 200, headers: { 'content-length': String(600 * 1024 * 1024) }, body: '{' }),
  );
  const page = await context.newPage();
  await page.goto('./#data=remote%2Fhuge.json');
  await waitForGraph(page);
  await expect(page.getByRole('alert')).toContainText('files over 512 MB are not opened');
  await expect(page.locator('.dataset-title')).toContainText('Aleppo');
});

test('however many messages a link brings, the graph keeps room to be drawn (1280x720)', async ({ browser }) => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // a file that is not there (a load error), then a view with many parts this dataset does not have
  const unknown = Array.from({ length: 12 }, (_, k) => `x${k}=1`).join('&');
  await page.goto(`./#data=missing.json&types=nope1,nope2&actor=ghost&focus=2&${unknown}`);
  await waitForGraph(page);
  await expect(page.getByRole('alert')).toHaveCount(2);
  const pane = await page.locator('.graph-canvas').boundingBox();
  expect(pane?.height ?? 0).toBeGreaterThanOrEqual(128);
  expect(await drawnPixels(page)).toBeGreaterThan(0);
  // the messages scroll within their third of the window
  const messages = await page.locator('.messages').boundingBox();
  expect(messages?.height ?? 0).toBeLessThanOrEqual(720 * 0.3 + 1);
  await page.close();
});
