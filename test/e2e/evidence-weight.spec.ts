// Evidence that means what the sources say (issue 17, in part): a line's details
// say how many independent sources support it, and how a denied tie adds up.
import { expect, test } from '@playwright/test';
import { collectProblems, waitForGraph } from './helpers';

test('Turkey backs HTS: the evidence line counts its sources, and the tie adds up at the denied weight', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('./#from=2024-11-27&to=2024-12-02&edge=backs%20turkey%20hts');
  await waitForGraph(page);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.locator('.evidence-summary').first()).toHaveText(
    '2 evidence items (1 disputing), 1 independent source in support',
  );
  await expect(details.getByTestId('pair-tie')).toContainText('net +0.25 (cooperative)');
  await details.getByText('How the tie adds up').click();
  await expect(details.getByTestId('tie-arithmetic')).toContainText('backs: +1 × 1 source × 0.25 (denied) = +0.25');
  // the setting in Analysis changes it
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByLabel('Weight of denied and disputed relations').selectOption('1');
  await expect(details.getByTestId('pair-tie')).toContainText('net +1 (cooperative)');
  expect(problems).toEqual([]);
});
