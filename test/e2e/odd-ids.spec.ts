// Actor ids named like Object's own members (__proto__, constructor, toString…)
// are ordinary ids: drawn, labelled, searchable, selectable.
import { expect, test } from '@playwright/test';
import { statusCounts, waitForGraph } from './helpers';

const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '\u0001marked'];
const dataset = {
  format: 'faultlines/1',
  meta: { title: 'Odd ids' },
  sources: [{ id: 's', title: 'S' }],
  actors: ids.map((id, k) => ({ id, label: `Actor ${k} ${id.replace('\u0001', '')}`, kind: 'armed-group' })),
  relations: [
    ...ids.map((id, k) => ({
      id: `r${k}`,
      source: id,
      target: ids[(k + 1) % ids.length],
      type: 'fights',
      start: '2020',
    })),
    { id: 'loop', source: 'constructor', target: 'constructor', type: 'fights', start: '2021' },
  ],
};

test('actors named like Object members are drawn, labelled and selected like any other', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'odd.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dataset)),
  });
  await waitForGraph(page, 'Odd ids');
  expect(await statusCounts(page)).toMatchObject({ actors: 6, relations: 7 });
  const drawn = await page.evaluate(() => {
    const d = (
      window as unknown as {
        faultlinesDebug: {
          current: {
            sigma: { getGraph(): { order: number; size: number } };
            drawnLabels(): { node: string }[];
            loops: { drawn: unknown[] };
          };
        };
      }
    ).faultlinesDebug.current;
    return {
      order: d.sigma.getGraph().order,
      size: d.sigma.getGraph().size,
      labels: d.drawnLabels().map((l) => l.node),
      loops: d.loops.drawn.length,
    };
  });
  expect(drawn.order).toBe(6);
  expect(drawn.size).toBe(7);
  expect(drawn.loops).toBe(1);
  expect(drawn.labels.sort()).toEqual([...ids].sort());
  const search = page.getByRole('combobox', { name: 'Search actors' });
  await search.fill('Actor 1 constructor');
  await search.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 2 })).toHaveText(
    'Actor 1 constructor',
  );
  await expect(page).toHaveURL(/actor=constructor/);
});
