// Every task by keyboard and screen reader: axe on each view (no violation of
// serious or critical impact, none of heading order), the skip links, Escape
// closing only the innermost thing, and the ISO date fields.

import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { statusCounts, waitForGraph } from './helpers';

type Counts = { view: string; violations: number; serious: number; critical: number; headingOrder: number };
const counts: Counts[] = [];

async function search(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search actors' }).fill(name);
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
}

/** Runs axe on the page as it is, records its counts, and fails on serious, critical or heading-order violations. */
async function audit(page: Page, view: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const v = results.violations;
  counts.push({
    view,
    violations: v.length,
    serious: v.filter((x) => x.impact === 'serious').length,
    critical: v.filter((x) => x.impact === 'critical').length,
    headingOrder: v.filter((x) => x.id === 'heading-order').length,
  });
  const all = v.map((x) => `${x.impact} ${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  if (all.length) console.log(`axe on ${view}:\n  ${all.join('\n  ')}`);
  const bad = v.filter((x) => x.impact === 'serious' || x.impact === 'critical' || x.id === 'heading-order');
  expect(bad.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test.afterAll(() => {
  if (counts.length === 0) return;
  console.log("axe's counts per view (violations: all, serious, critical, heading-order)");
  console.table(counts);
});

test.describe('axe on every view', () => {
  test('explorer, with an actor selected', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    await search(page, 'SDF');
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('SDF');
    await page.getByText('Filters', { exact: true }).click();
    await expect(page.getByLabel('Reported by')).toBeVisible();
    await audit(page, 'explorer');
  });

  test('table', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Table' }).click();
    await expect(page.getByRole('table', { name: 'Relations' })).toBeVisible();
    await audit(page, 'table');
  });

  test('analysis', async ({ page }) => {
    await page.goto('./#from=2024-11-27&to=2024-12-02');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Analysis' }).click();
    await expect(page.getByTestId('frustration')).toBeVisible();
    await audit(page, 'analysis');
  });

  test('comparison', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Analysis' }).click();
    await page.getByLabel('Period A').fill('2016');
    await page.getByLabel('Period B').fill('2024-12-01');
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('region', { name: 'What changed' }).getByRole('status')).toContainText('appeared');
    await audit(page, 'comparison');
  });

  test('story presenting', async ({ page }) => {
    await page.goto('./#story=aleppo-offensive&step=1');
    await waitForGraph(page);
    await expect(page.getByTestId('step-count')).toHaveText(/^1 of \d+$/);
    await audit(page, 'story presenting');
  });

  test('embed', async ({ page }) => {
    await page.goto('./#embed=1');
    await waitForGraph(page);
    await expect(page.getByRole('link', { name: 'Open in Faultlines' })).toBeVisible();
    await audit(page, 'embed');
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  });

  test('the single file, opened from disk', async ({ page }) => {
    // `npm run build` writes it; E2E_SINGLE names another (a single-file build made elsewhere)
    const file = resolve(process.env.E2E_SINGLE ?? 'dist-single/index.html');
    test.skip(!existsSync(file), `no single-file build at ${file}`);
    await page.goto(pathToFileURL(file).href);
    await waitForGraph(page);
    await search(page, 'Badr');
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('Badr');
    await audit(page, 'single file');
  });

  test('embed of a story', async ({ page }) => {
    await page.goto('./#embed=1&story=aleppo-offensive&step=1');
    await waitForGraph(page);
    await expect(page.getByTestId('step-title')).toBeVisible();
    await audit(page, 'embed of a story');
    await expect(page.getByRole('main')).toHaveCount(1);
  });
});

test('skip links come first, show on focus, and take the keyboard to the graph, details, timeline and table', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  const nav = page.getByRole('navigation', { name: 'Skip links' });
  const names = ['Skip to the graph', 'Skip to the details', 'Skip to the timeline', 'Skip to the table'];
  await expect(nav.getByRole('link')).toHaveText(names);
  // hidden until focused, then on screen
  const first = nav.getByRole('link', { name: names[0] });
  expect((await first.boundingBox())?.width ?? 0).toBeLessThanOrEqual(1);
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  const box = await first.boundingBox();
  expect(box && box.width > 20 && box.height > 10 && box.y >= 0).toBe(true);

  await page.keyboard.press('Enter');
  await expect(page.getByRole('application', { name: /^Graph of / })).toBeFocused();
  await nav.getByRole('link', { name: 'Skip to the details' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Details' })).toBeFocused();
  await nav.getByRole('link', { name: 'Skip to the timeline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeFocused();
  // the table opens if it was closed
  await nav.getByRole('link', { name: 'Skip to the table' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Relations table' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('Escape closes the innermost thing and nothing else', () => {
  async function focusOnNujaba(page: Page): Promise<number> {
    await page.goto('./');
    await waitForGraph(page);
    await search(page, 'Nujaba');
    const focus = page.getByRole('button', { name: 'Focus', exact: true });
    await focus.click();
    await expect(focus).toHaveAttribute('aria-pressed', 'true');
    const { actors, totalActors } = await statusCounts(page);
    expect(actors).toBeLessThan(totalActors);
    return actors;
  }

  test('in the Share dialog', async ({ page }) => {
    const actors = await focusOnNujaba(page);
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this view' });
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Focus', exact: true })).toHaveAttribute('aria-pressed', 'true');
    expect((await statusCounts(page)).actors).toBe(actors);
    await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();
  });

  test('in the Export menu, at once and from an item', async ({ page }) => {
    const actors = await focusOnNujaba(page);
    const button = page.getByRole('button', { name: 'Export' });
    for (const wait of [false, true]) {
      // Enter and Escape at once: the keyboard is still on the button, before the first item takes it
      await button.press('Enter');
      if (wait) await expect(page.getByRole('menuitem').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('menu', { name: 'Export' })).toHaveCount(0);
      await expect(button).toBeFocused();
      await expect(page.getByRole('button', { name: 'Focus', exact: true })).toHaveAttribute('aria-pressed', 'true');
      expect((await statusCounts(page)).actors).toBe(actors);
    }
    // with nothing open, Escape is the page's again: it ends Focus
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Focus', exact: true })).toHaveAttribute('aria-pressed', 'false');
  });

  test('in the Start day field: the selection stays, a typed draft goes back', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    await search(page, 'Nujaba');
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('Nujaba');
    const start = page.getByRole('textbox', { name: 'Start day' });
    const before = await start.inputValue();
    await start.focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('Nujaba');
    await start.fill('2024-1');
    await page.keyboard.press('Escape');
    await expect(start).toHaveValue(before);
    await expect(page.getByRole('region', { name: 'Details' })).toContainText('Nujaba');
    await expect(start).toBeFocused();
  });
});

test.describe('date fields: ISO text, one tab stop each', () => {
  test('typing a day, a month or a year sets the range; a wrong value says why and keeps the last', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    const start = page.getByRole('textbox', { name: 'Start day' });
    const end = page.getByRole('textbox', { name: 'End day' });
    await expect(start).toHaveAttribute('type', 'text');
    await expect(start).toHaveAccessibleDescription(/YYYY-MM-DD/);
    // one tab stop from Start day to End day
    await start.focus();
    await page.keyboard.press('Tab');
    await expect(end).toBeFocused();

    await start.fill('2024-11-27');
    await start.press('Enter');
    await expect(start).toHaveValue('2024-11-27');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('from=2024-11-27');

    // a month is its first day at the start, its last at the end
    await start.fill('2024-11');
    await start.press('Enter');
    await expect(start).toHaveValue('2024-11-01');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('from=2024-11-01');
    await end.fill('2024-11');
    await end.press('Tab');
    await expect(end).toHaveValue('2024-11-30');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('to=2024-11-30');
    const counts = await statusCounts(page);

    // a month that does not exist: the message next to the field, the range as it was
    await start.fill('2024-13-01');
    await start.press('Enter');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveAccessibleDescription(/month 13 does not exist/);
    await expect(page.getByText(/month 13 does not exist/)).toBeVisible();
    expect(await page.evaluate(() => location.hash)).toContain('from=2024-11-01');
    expect(await statusCounts(page)).toEqual(counts);
    await start.fill('27/11/2024');
    await start.press('Tab');
    await expect(start).toHaveAccessibleDescription(/is not a date/);
    expect(await page.evaluate(() => location.hash)).toContain('from=2024-11-01');
    // a good value clears the message
    await start.fill('2024-11-02');
    await start.press('Enter');
    await expect(start).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/is not a date/)).toHaveCount(0);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('from=2024-11-02');
  });

  test('"As of" and "Reported by" take a day, and an empty "Reported by" lifts it', async ({ page }) => {
    await page.goto('./');
    await waitForGraph(page);
    await page.getByRole('radio', { name: 'As of' }).check();
    const asOf = page.getByRole('textbox', { name: 'As of day' });
    await asOf.fill('2024-12-01');
    await asOf.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('asof=2024-12-01');
    await asOf.fill('2024-12');
    await asOf.press('Enter');
    await expect(asOf).toHaveAttribute('aria-invalid', 'true');
    await expect(asOf).toHaveAccessibleDescription(/a day/);
    expect(await page.evaluate(() => location.hash)).toContain('asof=2024-12-01');

    await page.getByText('Filters', { exact: true }).click();
    const reported = page.getByRole('textbox', { name: 'Reported by' });
    await expect(reported).toHaveAccessibleDescription(/YYYY-MM-DD/);
    await reported.fill('2024-12-01');
    await reported.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('2024-12-01');
    const hash = await page.evaluate(() => location.hash);
    await reported.fill('2024-02-30');
    await reported.press('Enter');
    await expect(reported).toHaveAccessibleDescription(/day 30 does not exist/);
    expect(await page.evaluate(() => location.hash)).toBe(hash);
    await reported.fill('');
    await reported.press('Enter');
    await expect(reported).not.toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('reported=');
  });
});
