import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Console errors and warnings, and uncaught exceptions, of a page. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Waits until the graph has drawn at least one frame of the dataset titled `title`. */
export async function waitForGraph(page: Page, title?: string): Promise<void> {
  await page.waitForFunction(
    (t) => {
      const d = (window as unknown as { faultlinesDebug?: FaultlinesDebug }).faultlinesDebug;
      return !!d?.current && d.frames > 0 && (!t || d.current.loaded.valid.dataset.meta.title === t);
    },
    title,
    { timeout: 30_000 },
  );
}

export interface FaultlinesDebug {
  frames: number;
  current: {
    sigma: {
      getGraph(): { getNodeAttributes(id: string): { x: number; y: number }; nodes(): string[] };
      graphToViewport(p: { x: number; y: number }): { x: number; y: number };
      getNodeDisplayData(id: string): { hidden?: boolean } | undefined;
      refresh(): void;
    };
    loaded: { valid: { dataset: { meta: { title: string } } }; positions: Map<string, { x: number; y: number }> };
  } | null;
}

/** Pixels of the graph that are not background, counted from a real screenshot. */
export async function drawnPixels(page: Page): Promise<number> {
  return inkOf(page, await page.locator('.graph-canvas').screenshot());
}

/** Pixels of a PNG that are not background (near white), counted in the page. */
export async function inkOf(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) n++;
    return n;
  }, png.toString('base64'));
}

/** Screen position of an actor, from the graph's own coordinates. */
export async function actorPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const box = await page.locator('.graph-canvas').boundingBox();
  if (!box) throw new Error('no graph on the page');
  const p = await page.evaluate((actor) => {
    const sigma = (window as unknown as { faultlinesDebug: FaultlinesDebug }).faultlinesDebug.current?.sigma;
    if (!sigma) throw new Error('no renderer');
    return sigma.graphToViewport(sigma.getGraph().getNodeAttributes(actor));
  }, id);
  return { x: box.x + p.x, y: box.y + p.y };
}

export async function statusCounts(
  page: Page,
): Promise<{ actors: number; relations: number; totalActors: number; totalRelations: number }> {
  const text = (await page.getByRole('status').textContent()) ?? '';
  // counts are grouped by thousands: "12,000 of 200,000 relations"
  const m = /^([\d,]+) of ([\d,]+) actors · ([\d,]+) of ([\d,]+) relations$/.exec(text);
  expect(m, `status text "${text}"`).not.toBeNull();
  const n = (k: number) => Number(m![k].replace(/,/g, ''));
  return { actors: n(1), totalActors: n(2), relations: n(3), totalRelations: n(4) };
}

/** The file an item of the Export menu downloads. */
export async function exportFile(page: Page, item: string): Promise<Buffer> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return readFileSync((await download.path())!);
}

/** Collects the page's Content-Security-Policy violations ("directive blocked-uri"), from its first script on. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
