// "Export → Briefing file": one HTML file holding the app, the open dataset and
// its stories as written here, which opened from disk presents the story. The
// app itself comes from the single-file build: beside a hosted app it is
// faultlines.html; a page that is itself a single file (opened from disk) is
// its own source, kept as it was before anything ran.

import { briefingPage } from '../../io/briefingPage';
import type { Store } from '../../state/store';

let ownPage: string | null = null;

/** Keeps the page's own HTML where it is self-contained (the single-file build); call before rendering. */
export function keepOwnPage(doc: Document): void {
  if (doc.querySelector('script[src]') === null) ownPage = `<!doctype html>\n${doc.documentElement.outerHTML}`;
}

async function appPage(): Promise<string> {
  if (ownPage !== null) return ownPage;
  let response: Response;
  try {
    response = await fetch(new URL('faultlines.html', location.href));
  } catch {
    throw new Error('the one-file app (faultlines.html) could not be read beside this page');
  }
  if (!response.ok) throw new Error(`the one-file app (faultlines.html) is not beside this page (${response.status})`);
  return response.text();
}

/** The briefing file's HTML for what the store holds: its story is the one presented, or the first. */
export async function briefingFileOf(s: Store): Promise<{ html: string; title: string }> {
  if (!s.loaded) throw new Error('no dataset is open');
  const dataset = { ...s.loaded.valid.dataset, stories: s.stories };
  if (dataset.stories.length === 0) delete (dataset as { stories?: unknown }).stories;
  const story = s.stories.find((x) => x.id === s.presenting?.id) ?? s.stories.find((x) => x.steps.length > 0);
  const title = story ? `${story.title} · ${dataset.meta.title}` : dataset.meta.title;
  const html = briefingPage(await appPage(), { name: s.loaded.name, present: story?.id ?? null, dataset }, title);
  return { html, title };
}
