// "Export → Briefing file": one HTML file holding the app, the open dataset and
// its stories as written here, which opened from disk presents the story. The
// app itself comes from the single-file build: beside a hosted app it is
// faultlines.html; a page that is itself a single file (opened from disk) is
// its own source, kept as it was before anything ran.

import { briefingPage } from '../../io/briefingPage';
import { storiesProblem } from '../../model/storyCheck';
import { storyById } from '../../state/slices/storiesSlice';
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
  // the story presented as it is shown (a link's own version too), with this browser's others
  const shown = s.presenting && storyById(s, s.presenting.id);
  const stories = shown ? [...s.stories.filter((x) => x.id !== shown.id), shown] : s.stories;
  const problem = storiesProblem(stories);
  if (problem) throw new Error(`a story cannot be saved: ${problem.path.join('.')}: ${problem.message}`);
  const dataset = { ...s.loaded.valid.dataset, stories };
  if (stories.length === 0) delete (dataset as { stories?: unknown }).stories;
  const story = shown ?? stories.find((x) => x.steps.length > 0);
  const title = story ? `${story.title} · ${dataset.meta.title}` : dataset.meta.title;
  const html = briefingPage(await appPage(), { name: s.loaded.name, present: story?.id ?? null, dataset }, title);
  return { html, title };
}
