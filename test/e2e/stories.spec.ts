// Stories: written in the Briefing panel, kept over a reload and in the JSON
// export, presented step by step from a link, carried by a link when the
// dataset does not hold them, and played in an embed.
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectProblems, exportFile, waitForGraph, type FaultlinesDebug } from './helpers';

async function search(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Search actors' }).fill(name);
  await page.getByRole('combobox', { name: 'Search actors' }).press('Enter');
}

/** Writes a two-step story: the whole week, then Focus on Nujaba with a caption. */
async function writeStory(page: Page): Promise<void> {
  await page.locator('summary', { hasText: /^Briefing/ }).click();
  const panel = page.getByRole('region', { name: 'Briefing' });
  await panel.getByRole('button', { name: 'New story' }).click();
  await panel.getByLabel('Story title').fill('Nujaba in the offensive');
  await panel.getByRole('button', { name: 'Add this view' }).click();
  await panel.getByLabel('Step 1 title').fill('The whole picture');
  await search(page, 'Nujaba');
  await page.getByRole('button', { name: 'Focus', exact: true }).click();
  await panel.getByRole('button', { name: 'Add this view' }).click();
  await panel.getByLabel('Step 2 title').fill('Nujaba up close');
  await panel.getByLabel('Step 2 caption').fill('Nujaba *pledged* fighters.\n\nSee https://example.org/nujaba.');
}

/** A screenshot to look at, where SHOTS_DIR names a folder for them. */
async function shoot(page: Page, name: string): Promise<void> {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: join(process.env.SHOTS_DIR, name) });
}

async function graphCaption(page: Page): Promise<string> {
  return (await page.getByTestId('graph-caption').textContent()) ?? '';
}

test('a story written in the app survives a reload and an export and reopening of the JSON', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto('./');
  await waitForGraph(page);
  await writeStory(page);

  await page.reload();
  await waitForGraph(page);
  await page.locator('summary', { hasText: /^Briefing/ }).click();
  const panel = page.getByRole('region', { name: 'Briefing' });
  await panel.getByLabel('Story', { exact: true }).selectOption({ label: 'Nujaba in the offensive' });
  await expect(panel.getByLabel('Step 2 title')).toHaveValue('Nujaba up close');
  await expect(panel.getByLabel('Step 2 caption')).toHaveValue(/pledged/);

  // back to the whole dataset, then the JSON export carries the stories
  await page.getByRole('button', { name: 'Show all' }).click();
  const json = JSON.parse((await exportFile(page, 'JSON dataset (faultlines/1)')).toString('utf8')) as {
    meta: object;
    stories: { title: string; steps: { title: string; view: string }[] }[];
  };
  const written = json.stories.find((s) => s.title === 'Nujaba in the offensive');
  expect(written?.steps.map((s) => s.title)).toEqual(['The whole picture', 'Nujaba up close']);
  expect(written?.steps[1].view).toContain('focus=1');

  // reopened in a browser that kept nothing: the file brings the story
  await page.evaluate(() => localStorage.clear());
  await page.getByLabel('Open dataset').setInputFiles({
    name: 'exported.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...json, meta: { ...json.meta, title: 'Reopened' } })),
  });
  await waitForGraph(page, 'Reopened');
  await page
    .getByRole('region', { name: 'Briefing' })
    .getByLabel('Story', { exact: true })
    .selectOption({ label: 'Nujaba in the offensive' });
  await expect(page.getByRole('region', { name: 'Briefing' }).getByLabel('Step 2 title')).toHaveValue(
    'Nujaba up close',
  );
  expect(problems).toEqual([]);
});

test('presenting: the steps move by keys and buttons, the caption is text, Escape leaves', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await writeStory(page);
  await page.getByRole('region', { name: 'Briefing' }).getByRole('button', { name: 'Present' }).click();
  const presenting = page.getByRole('region', { name: 'Presenting Nujaba in the offensive' });
  await expect(presenting.getByTestId('step-count')).toHaveText('1 of 2');
  await expect(presenting.getByTestId('step-title')).toHaveText('The whole picture');
  const whole = await graphCaption(page);
  await page.keyboard.press('ArrowRight');
  await expect(presenting.getByTestId('step-count')).toHaveText('2 of 2');
  await expect(presenting.getByTestId('step-title')).toHaveText('Nujaba up close');
  await expect(page.getByTestId('graph-caption')).not.toHaveText(whole);
  await expect(page.getByTestId('graph-caption')).toContainText('Focus: Nujaba');
  // the caption's marks are emphasis and an http link, rendered as elements with text
  await expect(presenting.getByTestId('step-caption').locator('em')).toHaveText('pledged');
  await expect(presenting.getByRole('link', { name: 'https://example.org/nujaba' })).toHaveAttribute(
    'href',
    'https://example.org/nujaba',
  );
  await page.keyboard.press('PageUp');
  await expect(presenting.getByTestId('step-count')).toHaveText('1 of 2');
  await page.keyboard.press(' ');
  await expect(presenting.getByTestId('step-count')).toHaveText('2 of 2');
  await presenting.getByRole('button', { name: '← Previous' }).click();
  await expect(presenting.getByTestId('step-count')).toHaveText('1 of 2');
  await page.keyboard.press('Escape');
  await expect(presenting).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Briefing' })).toBeVisible();
  // the keyboard is back where presenting began
  await expect(page.getByRole('button', { name: 'Present' })).toBeFocused();
});

test('a link to a story the dataset does not hold carries it, and opens presenting at its step', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await writeStory(page);
  await page.getByRole('region', { name: 'Briefing' }).getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-count')).toHaveText('2 of 2');
  // the address follows the story
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('step=2');
  const hash = await page.evaluate(() => location.hash);
  expect(hash).toContain('storydata=');

  // another browser, with nothing kept
  const other = await browser.newContext();
  const fresh = await other.newPage();
  const problems = collectProblems(fresh);
  await fresh.goto(`./${hash}`);
  await waitForGraph(fresh);
  await expect(fresh.getByTestId('step-title')).toHaveText('Nujaba up close');
  await expect(fresh.getByTestId('step-count')).toHaveText('2 of 2');
  // the words are the sender's, and say so
  await expect(fresh.getByTestId('linked-story-note')).toBeVisible();
  await expect(fresh.getByTestId('graph-caption')).toContainText('Focus: Nujaba');
  // Back returns to the first step
  await fresh.keyboard.press('ArrowLeft');
  await expect(fresh.getByTestId('step-count')).toHaveText('1 of 2');
  await fresh.goBack();
  await expect(fresh.getByTestId('step-count')).toHaveText('2 of 2');
  expect(problems).toEqual([]);
  await other.close();
});

test('a damaged story in a link is named, and the view still opens', async ({ page }) => {
  await page.goto('./#story=x&step=1&storydata=AAAA');
  await waitForGraph(page);
  await expect(page.getByRole('alert')).toContainText('ignored "storydata": the story it carries is damaged');
  await expect(page.getByRole('alert')).toContainText('ignored the story "x": this dataset has no such story');
});

async function cameraRatio(page: Page): Promise<number> {
  return page.evaluate(() => {
    const s = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!.sigma as unknown as {
      getCamera(): { getState(): { ratio: number } };
    };
    return s.getCamera().getState().ratio;
  });
}

test('an embed plays a story with Previous and Next, and leaves the wheel to the page unless Ctrl is held', async ({
  page,
}) => {
  await page.goto('./');
  await waitForGraph(page);
  await writeStory(page);
  await page.getByRole('region', { name: 'Briefing' }).getByRole('button', { name: 'Present' }).click();
  const hash = await page.evaluate(() => location.hash);
  await page.goto(`./${hash}&embed=1`);
  await page.reload();
  await waitForGraph(page);
  await expect(page.getByTestId('step-count')).toHaveText('1 of 2');
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page.getByTestId('step-count')).toHaveText('2 of 2');
  await expect(page.getByTestId('step-title')).toHaveText('Nujaba up close');
  await page.waitForTimeout(600); // the camera glides to the step
  const before = await cameraRatio(page);
  const box = (await page.locator('.embed-graph').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(400);
  expect(await cameraRatio(page)).toBe(before);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect.poll(() => cameraRatio(page)).toBeLessThan(before);
  await page.getByRole('button', { name: 'Zoom the graph out' }).click();
});

test('the bundled story opens from its link at a step, and ArrowRight moves on: counts and caption change', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto('./#story=aleppo-offensive&step=1');
  await waitForGraph(page);
  const presenting = page.getByRole('region', { name: 'Presenting The Aleppo offensive in five steps' });
  await expect(presenting.getByTestId('step-count')).toHaveText('1 of 5');
  await expect(presenting.getByTestId('step-title')).toHaveText('The old alignments');
  await expect(presenting.getByTestId('linked-story-note')).toHaveCount(0);
  await page.waitForTimeout(800); // the camera's glide
  await shoot(page, 'story-step-1.png');
  const counts = await graphCaption(page);
  const caption = await presenting.getByTestId('step-caption').textContent();
  await page.keyboard.press('ArrowRight');
  await expect(presenting.getByTestId('step-count')).toHaveText('2 of 5');
  await expect(presenting.getByTestId('step-title')).toHaveText('The offensive');
  await expect(page.getByTestId('graph-caption')).not.toHaveText(counts);
  expect(await presenting.getByTestId('step-caption').textContent()).not.toBe(caption);
  await expect
    .poll(() => page.evaluate(() => location.hash))
    .toMatch(
      /^#fp=\w+&story=aleppo-offensive&step=2&from=2024-11-27&to=2024-11-29&undated=0&statuses=claimed,denied,disputed$/,
    );
  await page.keyboard.press('End');
  await expect(presenting.getByTestId('step-count')).toHaveText('5 of 5');
  await page.waitForTimeout(800);
  await shoot(page, 'story-step-5.png');
  expect(problems).toEqual([]);
});

test('the Briefing panel and presenting have no accessibility violations', async ({ page }) => {
  await page.goto('./');
  await waitForGraph(page);
  await writeStory(page);
  await shoot(page, 'briefing-panel.png');
  const panel = await new AxeBuilder({ page }).include('.briefing').analyze();
  expect(panel.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.getByRole('region', { name: 'Briefing' }).getByRole('button', { name: 'Present' }).click();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(600);
  await shoot(page, 'presenting.png');
  const presenting = await new AxeBuilder({ page }).include('.present').exclude('.graph-canvas').analyze();
  expect(presenting.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

test("a story's step fades in the actors it adds", async ({ page }) => {
  await page.goto('./#story=aleppo-offensive&step=3');
  await waitForGraph(page);
  await expect(page.getByTestId('step-count')).toHaveText('3 of 5');
  await page.waitForTimeout(800);
  // step 4 shows the denials: the actors step 3 hid come in faded, then whole. The key and the first
  // reading are one task in the page, so a slow machine cannot let the fade end before it is read.
  const colours = (pressFirst: boolean) =>
    page.evaluate((press) => {
      if (press) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      const sigma = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current!
        .sigma as unknown as {
        getGraph(): { nodes(): string[] };
        getNodeDisplayData(n: string): { hidden?: boolean; color: string } | undefined;
      };
      return sigma
        .getGraph()
        .nodes()
        .map((n) => sigma.getNodeDisplayData(n))
        .filter((d) => d && !d.hidden)
        .map((d) => d!.color);
    }, pressFirst);
  const during = await colours(true);
  expect(during.filter((c) => /^rgba\(.*, 0\.0\d+\)$/.test(c)).length).toBeGreaterThan(0);
  await expect(page.getByTestId('step-count')).toHaveText('4 of 5');
  await expect.poll(async () => (await colours(false)).every((c) => c.startsWith('#'))).toBe(true);
});
