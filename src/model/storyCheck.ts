// Stories from outside a file (a browser's drafts, a link) checked as the format
// checks a file's: one definition of a story (schema.ts), and the problem named.

import type { Problem } from './problems';
import { FORMAT, type Story } from './types';
import { validateDataset } from './validate';

/** The first problem of these stories, with its path from the story list ("1.steps.0.title"); null when valid. */
export function storiesProblem(stories: unknown): Problem | null {
  const check = validateDataset({
    format: FORMAT,
    meta: { title: 'stories' },
    sources: [],
    actors: [],
    relations: [],
    stories,
  });
  if (check.ok) return null;
  const first = check.errors[0];
  // the path inside the wrapper starts at "stories"
  return { ...first, path: first.path[0] === 'stories' ? first.path.slice(1) : first.path };
}

/** The stories when they are valid, else null. */
export function validStories(stories: unknown): Story[] | null {
  return storiesProblem(stories) === null ? (stories as Story[]) : null;
}
