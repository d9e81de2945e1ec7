// Words kept apart from acts, and one-off events from durations (issue 17), and
// the view in words for a screen reader and a briefing (issue 18): on a small
// dataset opened as a file, "Acts only" hides the offer, "as of" a day inside a
// one-off event's window leaves it out, the details say "once" and the mode,
// the tie adds up at the unacted weight, and the summary follows the view.
import { expect, test } from '@playwright/test';
import { collectProblems, waitForGraph } from './helpers';

const DATASET = {
  format: 'faultlines/1',
  meta: { title: 'Offers and accusations' },
  sources: [{ id: 's', title: 'Wire', publisher: 'Wire', published: '2024-12-02' }],
  actors: [
    { id: 'opp', label: 'Syrian opposition', kind: 'political' },
    { id: 'gov', label: 'Syrian government', kind: 'state-institution' },
    { id: 'sdf', label: 'SDF', kind: 'armed-group' },
  ],
  relations: [
    {
      id: 'offer',
      source: 'opp',
      target: 'gov',
      type: 'negotiates-with',
      start: '2024-11-30',
      mode: 'offer',
      evidence: [{ source: 's', stance: 'supports', quote: 'We are ready to start negotiating tomorrow' }],
    },
    {
      id: 'pledge',
      source: 'opp',
      target: 'sdf',
      type: 'pledges-support',
      start: '2024-11-30',
      mode: 'intention',
      evidence: [{ source: 's', stance: 'supports', quote: 'will consider sending' }],
    },
    {
      id: 'accusation',
      source: 'sdf',
      target: 'gov',
      type: 'accuses',
      start: '2024-11-27',
      end: '2024-12-02',
      once: true,
      evidence: [{ source: 's', stance: 'supports', quote: 'accused' }],
    },
    {
      id: 'fight',
      source: 'sdf',
      target: 'gov',
      type: 'fights',
      start: '2024-11-27',
      end: '2024-12-02',
      evidence: [{ source: 's', stance: 'supports', quote: 'clashes' }],
    },
  ],
};

test('Acts only, one-off events, the unacted weight and the summary of the view', async ({ page, context }) => {
  const problems = collectProblems(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await waitForGraph(page);
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'offers.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(DATASET)),
  });
  await waitForGraph(page, 'Offers and accusations');
  const counts = page.getByRole('status').filter({ hasText: 'relations' }).first();
  await expect(counts).toContainText('4 of 4 relations');
  const summary = page.getByTestId('view-summary');
  await expect(summary).toHaveText('Offers and accusations: All dates · 3 actors · 4 relations.');

  // "Acts only" hides the offer and the intention, and says how many
  await page.getByText('Filters', { exact: true }).click();
  const actsOnly = page.getByRole('checkbox', { name: 'Acts only' });
  await expect(actsOnly.locator('xpath=../..')).toContainText('2 not acts');
  await actsOnly.check();
  await expect(counts).toContainText('2 of 4 relations');
  await expect(actsOnly.locator('xpath=../..')).toContainText('hides 2');
  await expect(summary).toContainText('acts only (intentions, offers, threats and conditional statements hidden)');
  await actsOnly.uncheck();

  // as of a day inside the week, the one-off accusation is not shown; the week-long fight is
  await page.goto('./#mode=asof&asof=2024-11-30');
  await expect(counts).toContainText('3 of 4 relations');
  await page.goto('./#from=2024-11-27&to=2024-12-02&actor=sdf');
  await expect(counts).toContainText('4 of 4 relations');
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('once, 27 Nov 2024 – 2 Dec 2024');
  await expect(summary).toContainText('Selected: SDF (armed group), 3 relations shown:');

  // the offer is said to be one, and weighs the unacted factor
  await page.goto('./#edge=negotiates-with%20opp%20gov');
  await expect(details).toContainText('offer, not an act');
  await page.goto('./#edge=pledges-support%20opp%20sdf');
  await expect(details).toContainText('intention, not an act');
  await details.getByText('How the tie adds up').click();
  await expect(details.getByTestId('tie-arithmetic')).toContainText(
    'pledges support to: +0.5 × 1 source × 0.25 (intention, not an act) = +0.125',
  );
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByLabel('Weight of intentions, offers and threats').selectOption('1');
  await expect(details.getByTestId('tie-arithmetic')).toContainText(
    'pledges support to: +0.5 × 1 source × 1 (intention, not an act) = +0.5',
  );

  // Copy summary puts the words on the clipboard
  await page.getByRole('button', { name: 'Copy summary' }).click();
  await expect(page.getByText('Summary copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^Offers and accusations: All dates · /);
  expect(problems).toEqual([]);
});
