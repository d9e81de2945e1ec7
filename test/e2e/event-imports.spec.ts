// Speaking the analysts' data (issue 16): links without a type are asked about
// once; event files open directly.
import { expect, test } from '@playwright/test';
import { collectProblems, waitForGraph } from './helpers';

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
