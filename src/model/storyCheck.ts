// Stories from outside a file (a browser's drafts, a link) checked as the format
// checks a file's, by the quick shape check's story rule (quickShape.ts, held
// to zod's answer by a property test) and unique ids: the page checks stories
// without loading zod, which only the loading worker needs.

import type { Problem } from './problems';
import { storyShapeProblem } from './quickShape';
import type { Story } from './types';

/** The first problem of these stories, with its path from the story list ("1.steps.0.title"); null when valid. */
export function storiesProblem(stories: unknown): Problem | null {
  if (!Array.isArray(stories)) return { path: [], message: 'expected a list of stories' };
  const first = new Map<string, number>();
  for (let i = 0; i < stories.length; i++) {
    const problem = storyShapeProblem(stories[i]);
    if (problem) return { path: [i, ...problem.path], message: problem.message };
    const id = (stories[i] as Story).id;
    const seen = first.get(id);
    if (seen !== undefined)
      return { path: [i, 'id'], message: `duplicate story id "${id}" (first used at $.stories[${seen}])` };
    first.set(id, i);
  }
  return null;
}

/** The stories when they are valid, else null. */
export function validStories(stories: unknown): Story[] | null {
  return storiesProblem(stories) === null ? (stories as Story[]) : null;
}
