// Stories as they are being written, kept in the browser (localStorage) for the
// dataset they were written on, so a reload loses nothing. A draft remembers the
// file's own stories it started from: opened again on the same file it comes
// back; where the file's stories changed (a newer file, a reopened export), the
// file's win, since they are what the analyst chose to save. A draft that is
// not valid stories is not used.

import { validStories } from '../model/storyCheck';
import type { Story } from '../model/types';

const PREFIX = 'faultlines:stories:';

interface Draft {
  /** the file's stories the draft was written over, as JSON */
  base: string;
  stories: Story[];
}

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked (a sandboxed iframe, some private modes)
  }
}

const baseOf = (fileStories: readonly Story[]) => JSON.stringify(fileStories);

/** The stories to show for a dataset: the draft written over these file stories, or the file's own. */
export function storiesToOpen(fingerprint: string, fileStories: readonly Story[], store = storage()): Story[] {
  try {
    const draft = JSON.parse(store?.getItem(PREFIX + fingerprint) ?? 'null') as Draft | null;
    // a draft is checked like a file's stories (another version of the app, another app on this origin)
    const stories = draft?.base === baseOf(fileStories) ? validStories(draft.stories) : null;
    if (stories) return stories;
  } catch {
    // unreadable: the file's stories
  }
  return [...fileStories];
}

/** Keeps the stories for this dataset; false when the browser would not keep them (full or blocked). */
export function keepStories(
  fingerprint: string,
  fileStories: readonly Story[],
  stories: readonly Story[],
  store = storage(),
): boolean {
  try {
    if (!store) return false;
    if (baseOf(stories) === baseOf(fileStories)) store.removeItem(PREFIX + fingerprint);
    else store.setItem(PREFIX + fingerprint, JSON.stringify({ base: baseOf(fileStories), stories }));
    return true;
  } catch {
    return false;
  }
}
