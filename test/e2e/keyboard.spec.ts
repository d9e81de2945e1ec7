// Every task by keyboard: from a fresh load to the first evidence quote of HTS's
// first relation in a counted handful of keys, then the as-of day, the analysis
// and its blocs, with no mouse event at all; the graph as a tab stop (arrows to
// the nearest actor in a direction, ] and [ through an actor's lines, Enter,
// Escape), its ring and its live region; the Details panel's keys and headings;
// the "Keyboard shortcuts" dialog.

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { actorPosition, waitForGraph, type FaultlinesDebug } from './helpers';

/** Key presses, counted: a press, or a piece of text typed, counts one. */
class Keys {
  count = 0;
  constructor(private readonly page: Page) {}
  async press(key: string): Promise<void> {
    this.count++;
    await this.page.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    this.count++;
    await this.page.keyboard.type(text);
  }
  /** Tab (or Shift+Tab) until `target` has the keyboard, each press counted. */
  async tabTo(target: Locator, back = false, max = 250): Promise<void> {
    for (let k = 0; k < max; k++) {
      if (await isFocused(target)) return;
      await this.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${max} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach ${target}`);
  }
}

async function isFocused(target: Locator): Promise<boolean> {
  if ((await target.count()) !== 1) return false;
  return target.evaluate((el) => el === document.activeElement);
}

/** Counts the page's pointer and mouse events that a person made (none may happen in a keyboard-only test). */
async function countMouse(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __mouse: string[] };
    w.__mouse = [];
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'mousemove', 'wheel', 'contextmenu'])
      window.addEventListener(type, (e) => e.isTrusted && w.__mouse.push(type), true);
  });
  return async () => (await page.evaluate(() => (window as unknown as { __mouse: string[] }).__mouse)).length;
}

const announcement = (page: Page) => page.getByTestId('graph-announcement');
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const graph = (page: Page) => page.getByRole('application', { name: /^Graph of / });

test('keyboard only: the first quote of HTS in at most 10 keys, then the as-of day and the blocs, no mouse', async ({
  page,
}) => {
  const mouse = await countMouse(page);
  await page.goto('./');
  await waitForGraph(page);
  const keys = new Keys(page);

  // / goes to the search box; typing "HTS" counts one; Enter selects it and takes the keyboard to its details
  await keys.press('/');
  await expect(page.getByRole('combobox', { name: 'Search actors' })).toBeFocused();
  await keys.type('HTS');
  await expect(page.getByRole('option').first()).toContainText('Hayat Tahrir al-Sham');
  await keys.press('Enter');
  const heading = details(page).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Hayat Tahrir al-Sham');
  await expect(heading).toBeFocused();
  // Tab: the relations, one stop, at the first listed; →: its first evidence item
  await keys.press('Tab');
  const firstRelation = details(page).locator('li[data-relation]').first();
  await expect(firstRelation).toBeFocused();
  await keys.press('ArrowRight');
  const firstQuote =
    (await firstRelation.locator('li[data-evidence]').first().locator('blockquote').textContent()) ?? '';
  expect(firstQuote.length).toBeGreaterThan(10);
  const focused = await page.evaluate(() => ({
    evidence: document.activeElement?.matches('li[data-evidence]') ?? false,
    quote: document.activeElement?.querySelector('blockquote')?.textContent ?? null,
    name: document.activeElement?.getAttribute('aria-labelledby') ?? null,
  }));
  expect(focused.evidence).toBe(true);
  expect(focused.quote).toBe(firstQuote);
  // the item is named by its stance and its quote, which a screen reader reads on arriving
  await expect(page.locator('li[data-evidence]:focus')).toHaveAccessibleName(`Supports “${firstQuote}”`);
  const toQuote = keys.count;
  console.log(`keyboard only: ${toQuote} key presses from a fresh load to the first evidence quote of HTS`);
  expect(toQuote).toBeLessThanOrEqual(10);

  // the as-of day: the date mode's radios, then the ISO field "As of day" (rebuilt as a text field elsewhere)
  await keys.tabTo(page.getByRole('radio', { name: 'Range' }), true);
  await keys.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'As of' })).toBeChecked();
  await keys.press('Tab');
  const asOf = page.getByRole('textbox', { name: 'As of day' });
  await expect(asOf).toBeFocused();
  await keys.press('ControlOrMeta+A');
  await keys.type('2024-11-30');
  await keys.press('Enter');
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('asof=2024-11-30');
  await expect(page.locator('.graph-caption')).toContainText('As of 30 Nov 2024');

  // the analysis: its button in the toolbar, then on through its panel to the blocs
  const analysisButton = page.getByRole('button', { name: 'Analysis', exact: true });
  await keys.tabTo(analysisButton, true);
  await keys.press('Enter');
  await expect(analysisButton).toHaveAttribute('aria-pressed', 'true');
  const blocs = page.getByRole('region', { name: 'Blocs and balance' });
  await expect(blocs.getByTestId('frustration')).toBeVisible({ timeout: 20_000 });
  await keys.tabTo(blocs.locator('summary').first());
  const list = blocs.getByRole('list', { name: 'Blocs' });
  await expect(list).toBeInViewport();
  await expect(list.getByRole('listitem').first()).toContainText(/^Bloc \S+ \(\d+\): /);
  console.log(`keyboard only: ${keys.count} key presses in all, to the blocs as of 30 Nov 2024`);
  expect(await mouse()).toBe(0);
});

/** What the page's debug handle says about the shown actors: id, short name and screen position. */
async function shownActors(page: Page): Promise<{ id: string; name: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const d = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!;
    const sigma = d.sigma as unknown as {
      getNodeDisplayData(id: string): { x: number; y: number; hidden?: boolean } | undefined;
      framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
    };
    const actors = (d.loaded.valid.dataset as unknown as { actors: { id: string; label: string; short?: string }[] })
      .actors;
    return actors.flatMap((a) => {
      const n = sigma.getNodeDisplayData(a.id);
      if (!n || n.hidden) return [];
      const p = sigma.framedGraphToViewport(n);
      return [{ id: a.id, name: a.short ?? a.label, x: p.x, y: p.y }];
    });
  });
}

/** Where the ring is drawn: its centre in the pane. */
async function ringCentre(page: Page): Promise<{ x: number; y: number }> {
  const circle = page.getByTestId('graph-focus-ring').locator('circle').first();
  return {
    x: Number(await circle.getAttribute('cx')),
    y: Number(await circle.getAttribute('cy')),
  };
}

test.describe('the graph by keyboard', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('./#actor=nujaba');
    await waitForGraph(page);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Harakat Hezbollah al-Nujaba');
  });

  test('Tab reaches the graph once; it says the selected actor, with its relations shown, and rings it', async ({
    page,
  }) => {
    const keys = new Keys(page);
    await keys.tabTo(graph(page));
    // one stop: the next Tab leaves it
    const shown = await details(page).locator('li[data-relation]').count();
    await expect(announcement(page)).toHaveText(
      new RegExp(`^Nujaba, armed group, Iraq, selected: ${shown} relations? shown; .+\\.$`),
    );
    const ring = page.getByTestId('graph-focus-ring');
    await expect(ring).toBeVisible();
    const box = await page.locator('.graph-canvas').boundingBox();
    const at = await actorPosition(page, 'nujaba');
    const centre = await ringCentre(page);
    expect(Math.abs(box!.x + centre.x - at.x)).toBeLessThan(1.5);
    expect(Math.abs(box!.y + centre.y - at.y)).toBeLessThan(1.5);
    await keys.press('Tab');
    await expect(graph(page)).not.toBeFocused();
    await expect(ring).toBeHidden();
  });

  test('an arrow goes to the nearest actor shown in its direction, and says it', async ({ page }) => {
    const keys = new Keys(page);
    await keys.tabTo(graph(page));
    for (const [key, ahead] of [
      ['ArrowRight', (d: { x: number; y: number }) => ({ ahead: d.x, aside: Math.abs(d.y) })],
      ['ArrowDown', (d: { x: number; y: number }) => ({ ahead: d.y, aside: Math.abs(d.x) })],
      ['ArrowLeft', (d: { x: number; y: number }) => ({ ahead: -d.x, aside: Math.abs(d.y) })],
      ['ArrowUp', (d: { x: number; y: number }) => ({ ahead: -d.y, aside: Math.abs(d.x) })],
    ] as const) {
      const from = await ringCentre(page);
      const actors = await shownActors(page);
      const here = actors.find((a) => Math.hypot(a.x - from.x, a.y - from.y) < 1);
      expect(here).toBeDefined();
      // the rule, written again: the nearest within 45° of the direction, else the nearest ahead
      const candidates = actors
        .filter((a) => a.id !== here!.id)
        .map((a) => ({ a, ...ahead({ x: a.x - from.x, y: a.y - from.y }), d: Math.hypot(a.x - from.x, a.y - from.y) }))
        .filter((c) => c.ahead > 0);
      const cone = candidates.filter((c) => c.aside <= c.ahead);
      const pool = cone.length > 0 ? cone : candidates;
      pool.sort((p, q) => p.d - q.d);
      await keys.press(key);
      if (pool.length === 0) {
        await expect(announcement(page)).toHaveText(/^No actor further /);
        continue;
      }
      const expected = pool[0].a;
      await expect(announcement(page)).toHaveText(new RegExp(`^${expected.name.replace(/[.()]/g, '\\$&')}, `));
      // the camera may glide to keep it in the pane: the ring is on it once it rests
      await expect
        .poll(async () => {
          const c = await ringCentre(page);
          const now = (await shownActors(page)).find((a) => a.id === expected.id)!;
          return Math.hypot(c.x - now.x, c.y - now.y);
        })
        .toBeLessThan(1);
    }
  });

  test('] and [ step through the lines, Escape lets go of the line only, Enter opens it in the details', async ({
    page,
  }) => {
    const keys = new Keys(page);
    await keys.tabTo(graph(page));
    await expect(announcement(page)).toHaveText(/^Nujaba, /);
    await keys.press(']');
    await expect(announcement(page)).toHaveText(/^Line 1 of (\d+): .+ relations? shown/);
    const count = Number(/^Line 1 of (\d+)/.exec((await announcement(page).textContent()) ?? '')![1]);
    await keys.press('[');
    await expect(announcement(page)).toHaveText(new RegExp(`^Line ${count} of ${count}: `));
    await keys.press(']');
    const first = (await announcement(page).textContent()) ?? '';
    expect(first).toMatch(/^Line 1 of /);
    // Escape: the line is let go, the selection stays
    await keys.press('Escape');
    await expect(announcement(page)).toHaveText(/^Nujaba, armed group, Iraq, selected: /);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Harakat Hezbollah al-Nujaba');
    // Enter on a line opens it: the details show its relations, and take the keyboard
    await keys.press(']');
    await keys.press('Enter');
    const [, pair] = /^Line 1 of \d+: (.+?), \d+ relations? shown/.exec(first)!;
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(pair);
    await expect(heading).toBeFocused();
    await expect(details(page).locator('li[data-relation]').first()).toBeVisible();
  });

  test('] typed with AltGr (Ctrl+Alt) or Option (Alt), as European keyboards type it, steps too; Ctrl+] does not', async ({
    page,
  }) => {
    await graph(page).focus();
    await expect(announcement(page)).toHaveText(/^Nujaba, /);
    await page.keyboard.press('Control+]');
    await expect(announcement(page)).toHaveText(/^Nujaba, /);
    await page.keyboard.press('Control+Alt+]');
    await expect(announcement(page)).toHaveText(/^Line 1 of /);
    await page.keyboard.press('Alt+]');
    await expect(announcement(page)).toHaveText(/^Line 2 of /);
  });

  test('a filter step keeps the line reached while it is shown, and says so when it goes', async ({ page }) => {
    const setFilters = (patch: Record<string, unknown>) =>
      page.evaluate(
        (p) =>
          (window as unknown as { faultlinesDebug: { setFilters(p: unknown): void } }).faultlinesDebug.setFilters(p),
        patch,
      );
    const keys = new Keys(page);
    await keys.tabTo(graph(page));
    await keys.press(']');
    await expect(announcement(page)).toHaveText(/^Line 1 of /);
    const line = (await announcement(page).textContent()) ?? '';
    const [, pair] = /^Line 1 of \d+: (.+?), \d+ relations? shown/.exec(line)!;
    // a step that leaves the line shown: Enter still opens that line
    await setFilters({ includeUndated: true, showIsolated: true });
    await keys.press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(pair);
    // back on Nujaba, a line reached, then every type hidden: the line goes, and the actor with it
    await page.goto('./#actor=nujaba');
    await waitForGraph(page);
    await keys.tabTo(graph(page));
    await keys.press(']');
    await expect(announcement(page)).toHaveText(/^Line 1 of /);
    await page.evaluate(() => {
      const debug = (
        window as unknown as {
          faultlinesDebug: {
            current: { loaded: { valid: { types: Map<string, unknown> } } };
            setFilters(p: unknown): void;
          };
        }
      ).faultlinesDebug;
      debug.setFilters({ hiddenTypes: new Set(debug.current.loaded.valid.types.keys()), showIsolated: false });
    });
    await expect(announcement(page)).toHaveText('Nujaba is no longer shown.');
  });

  test("Escape on a checkbox or radio is the page's: it ends Focus", async ({ page }) => {
    await page.getByRole('button', { name: 'Focus' }).click();
    await expect(page.getByRole('button', { name: 'Focus' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('radio', { name: 'Range' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Focus' })).toHaveAttribute('aria-pressed', 'false');
    // a text field keeps its Escape: the selection stays
    await page.getByRole('combobox', { name: 'Search actors' }).focus();
    await page.keyboard.press('Escape');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Harakat Hezbollah al-Nujaba');
  });

  test('Enter selects the actor the keyboard is on; Space goes on along the line reached', async ({ page }) => {
    const keys = new Keys(page);
    await keys.tabTo(graph(page));
    await keys.press(']');
    const line = (await announcement(page).textContent()) ?? '';
    const [, other] = /Space goes to (.+); Enter opens it\.$/.exec(line)!;
    await keys.press('Space');
    await expect(announcement(page)).toHaveText(new RegExp(`^${other.replace(/[.()]/g, '\\$&')}, `));
    await keys.press('Enter');
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).not.toHaveText('Harakat Hezbollah al-Nujaba');
    await expect(heading).toBeFocused();
    const actors = await page.evaluate(
      () =>
        (
          (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!.loaded.valid
            .dataset as unknown as { actors: { label: string; short?: string }[] }
        ).actors,
    );
    const chosen = actors.find((a) => (a.short ?? a.label) === other)!;
    await expect(heading).toHaveText(chosen.label);
  });

  test('a click on the graph selects without taking the keyboard to the details, and draws no ring', async ({
    page,
  }) => {
    const p = await actorPosition(page, 'sdf');
    await page.mouse.click(p.x, p.y);
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText('Syrian Democratic Forces');
    await expect(heading).not.toBeFocused();
    await expect(page.getByTestId('graph-focus-ring')).toBeHidden();
  });
});

test.describe('the details by keyboard', () => {
  test('relations are one tab stop; arrows move between them and through their evidence; Escape goes back', async ({
    page,
  }) => {
    await page.goto('./');
    await waitForGraph(page);
    const search = page.getByRole('combobox', { name: 'Search actors' });
    await search.focus();
    await page.keyboard.type('HTS');
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
    const relations = details(page).locator('li[data-relation]');
    const n = await relations.count();
    expect(n).toBeGreaterThan(2);
    // exactly one relation is a tab stop
    await expect(details(page).locator('li[data-relation][tabindex="0"]')).toHaveCount(1);
    await page.keyboard.press('Tab');
    await expect(relations.first()).toBeFocused();
    // named by its head
    const head = (await relations.first().locator('.relation-head').textContent()) ?? '';
    await expect(relations.first()).toHaveAccessibleName(head.trim());
    await page.keyboard.press('ArrowDown');
    await expect(relations.nth(1)).toBeFocused();
    await page.keyboard.press('End');
    await expect(relations.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(relations.first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const evidence = relations.nth(1).locator('li[data-evidence]');
    await expect(evidence.first()).toBeFocused();
    if ((await evidence.count()) > 1) {
      await page.keyboard.press('ArrowDown');
      await expect(evidence.nth(1)).toBeFocused();
    }
    // Escape: back to the relation, the selection stays
    await page.keyboard.press('Escape');
    await expect(relations.nth(1)).toBeFocused();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Hayat Tahrir al-Sham');
    // the relation visited keeps the tab stop: Shift+Tab and Tab come back to it
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(relations.nth(1)).toBeFocused();
  });

  test('with the Analysis panel open, a selection scrolls its details into view and takes the keyboard there', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./');
    await waitForGraph(page);
    await page.getByRole('button', { name: 'Analysis', exact: true }).click();
    await expect(page.getByTestId('frustration')).toBeVisible({ timeout: 20_000 });
    const heading = details(page).getByRole('heading', { level: 2 });
    await page.getByRole('combobox', { name: 'Search actors' }).fill('Nujaba');
    await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
    await expect(heading).toHaveText('Harakat Hezbollah al-Nujaba');
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    // a mouse choice (a click in the graph) scrolls too, and leaves the keyboard where it was
    await page.locator('.side').evaluate((el) => (el.scrollTop = 0));
    await expect(heading).not.toBeInViewport();
    // the search moved the camera to Nujaba: the whole graph again, at rest, before clicking SDF
    await page.getByRole('button', { name: 'Fit to view' }).click();
    await page.waitForTimeout(600);
    const p = await actorPosition(page, 'sdf');
    await page.mouse.click(p.x, p.y);
    await expect(heading).toHaveText('Syrian Democratic Forces');
    await expect(heading).toBeInViewport();
    await expect(heading).not.toBeFocused();
  });

  test('the headings of the whole page are in order, an actor and a line selected', async ({ page }) => {
    await page.goto('./#actor=hts');
    await waitForGraph(page);
    await expect(details(page).locator('h4').first()).toBeVisible();
    const order = async () => {
      const r = await new AxeBuilder({ page })
        .withRules(['heading-order', 'aria-allowed-attr', 'nested-interactive'])
        .analyze();
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((x) => x.target.join(' ')).join(', ')}`);
    };
    expect(await order()).toEqual([]);
    // a line: its relations are h3
    await graph(page).focus();
    await page.keyboard.press(']');
    await page.keyboard.press('Enter');
    await expect(details(page).locator('h3.relation-head').first()).toBeVisible();
    expect(await order()).toEqual([]);
  });
});

test('"Keyboard shortcuts": ? opens it, it keeps the keyboard, Escape closes only it and the keyboard returns', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await page.getByRole('combobox', { name: 'Search actors' }).fill('Badr');
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
  // the selection takes the keyboard to the details: wait for it, so it does not take it from the graph later
  await expect(details(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Focus', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await graph(page).focus();
  await expect(graph(page)).toBeFocused();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2, name: 'Keyboard shortcuts' })).toBeFocused();
  await expect(dialog).toContainText('Move to the nearest actor shown in that direction');
  // Tab and Shift+Tab stay inside
  for (let k = 0; k < 8; k++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  for (let k = 0; k < 8; k++) {
    await page.keyboard.press('Shift+Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }
  const results = await new AxeBuilder({ page }).include('.shortcuts-dialog').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(graph(page)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Focus', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(/Badr/);

  // its button opens it too; the single-key shortcuts can be turned off, ? in the graph still works
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox').uncheck();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Table' }).focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search actors' })).not.toBeFocused();
  await graph(page).focus();
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
});
