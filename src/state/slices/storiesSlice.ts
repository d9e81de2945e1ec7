// Stories: the briefings written on the open dataset (kept in the browser as
// they are written, storyDrafts.ts) and the one being presented, at which step.
// Writing captures the current view as a step; presenting shows a step's view,
// the camera gliding to it.

import type { StateCreator } from 'zustand';
import { MAX_STEP_VIEW, MAX_STEPS } from '../../model/storyLimits';
import type { Story, StoryStep } from '../../model/types';
import type { LoadedDataset } from '../loaded';
import { decodeStepView, stepViewOf } from '../stepViews';
import type { Store } from '../store';
import { keepStories, storiesToOpen } from '../storyDrafts';
import type { StoryAt } from '../urlCodec';
import { viewPatch } from './frameSlice';

export interface StoriesSlice {
  /** the open dataset's stories, as written so far */
  stories: Story[];
  /** false when the browser would not keep the last change (storage full or blocked) */
  storiesKept: boolean;
  /** a story that came with a link and is not the dataset's (shown, not kept) */
  linkedStory: Story | null;
  /** the story presented and its step; null when not presenting */
  presenting: StoryAt | null;
  /** Adds a story; returns its id. */
  addStory(title: string): string;
  updateStory(id: string, patch: Partial<Pick<Story, 'title' | 'description'>>): void;
  deleteStory(id: string): void;
  /** Adds the current view as a step at the end; says why not when it cannot (null when added). */
  addStep(id: string, title: string): string | null;
  updateStep(id: string, step: number, patch: Partial<Pick<StoryStep, 'title' | 'caption'>>): void;
  /** Replaces a step's view with the current one; says why not when it cannot (null when done). */
  updateStepView(id: string, step: number): string | null;
  /** Shows a step's view (the camera gliding to it) without presenting. */
  showStep(id: string, step: number): void;
  moveStep(id: string, step: number, to: number): void;
  deleteStep(id: string, step: number): void;
  /** Presents a story from a step (0-based): its view is shown. */
  present(id: string, step?: number, from?: PresentFrom): void;
  /** Moves to a step of the story presented (clamped to the story). */
  goToStep(step: number): void;
  stopPresenting(): void;
}

/** Where a presentation comes from, when a link opens it. */
export interface PresentFrom {
  /** the story as the link has it, where it is not the dataset's as written here */
  linked?: Story | null;
  /** what the link asked for that could not be shown */
  notices?: string[];
  /** the link's embed switch */
  embed?: boolean;
}

/** Why the current view cannot be kept as a step of `story`; null when it can. */
function stepRefusal(story: Story | undefined, view: string, adding: boolean): string | null {
  if (adding && story && story.steps.length >= MAX_STEPS) return `a story holds at most ${MAX_STEPS} steps`;
  if (view.length > MAX_STEP_VIEW) {
    return `this view takes ${view.length} characters to write down, more than the ${MAX_STEP_VIEW} a step keeps: show hidden types instead of hiding many`;
  }
  return null;
}

/**
 * The change that shows step `step` of `story` (clamped, and said so), its view cleaned against the
 * data with what it lacks named, the camera gliding; `more` joins the same change.
 */
export function stepPatch(
  s: Store,
  story: Story,
  step: number,
  embed: boolean,
  notices: string[],
  more: Partial<Store>,
) {
  const at = Math.max(0, Math.min(step, story.steps.length - 1));
  const decoded = decodeStepView(story.steps[at].view, s.loaded!, embed);
  const said = [...notices, ...decoded.notices.map((n) => `step ${at + 1}: ${n}`)];
  if (at !== step) said.unshift(`step ${step + 1}: the story has ${story.steps.length} steps; showing step ${at + 1}`);
  return { at, patch: viewPatch(s, decoded.view, said, true, more) };
}

/** What a newly opened dataset starts with: its stories, or the draft written over them. */
export function storiesOnOpen(
  loaded: LoadedDataset,
): Pick<StoriesSlice, 'stories' | 'storiesKept' | 'linkedStory' | 'presenting'> {
  return {
    stories: storiesToOpen(loaded.fingerprint, loaded.valid.dataset.stories ?? []),
    storiesKept: true,
    linkedStory: null,
    presenting: null,
  };
}

/** An id from the title, unique among the stories. */
function newId(title: string, stories: readonly Story[]): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'story';
  const taken = new Set(stories.map((s) => s.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The story presented or asked for: the dataset's, or the one a link carried. */
export function storyById(s: Pick<StoriesSlice, 'stories' | 'linkedStory'>, id: string): Story | undefined {
  if (s.linkedStory?.id === id) return s.linkedStory;
  return s.stories.find((x) => x.id === id);
}

export const createStoriesSlice: StateCreator<Store, [], [], StoriesSlice> = (set, get) => {
  /** Replaces the stories and keeps them in the browser. */
  const write = (stories: Story[]) => {
    const { loaded } = get();
    const kept = loaded ? keepStories(loaded.fingerprint, loaded.valid.dataset.stories ?? [], stories) : true;
    set({ stories, storiesKept: kept });
  };
  const edit = (id: string, change: (story: Story) => Story) =>
    write(get().stories.map((x) => (x.id === id ? change(x) : x)));
  const editSteps = (id: string, change: (steps: StoryStep[]) => StoryStep[]) =>
    edit(id, (x) => ({ ...x, steps: change([...x.steps]) }));
  const show = (story: Story, step: number, from: PresentFrom) => {
    const s = get();
    if (!s.loaded || story.steps.length === 0) return;
    const linked = from.linked ?? null;
    const embed = from.embed ?? s.embed;
    const { at, patch } = stepPatch(s, story, step, embed, from.notices ?? [], { linkedStory: linked });
    // one change: the step's view, its filter step and where the story is
    set({ ...patch, presenting: { id: story.id, step: at } });
  };
  return {
    stories: [],
    storiesKept: true,
    linkedStory: null,
    presenting: null,
    addStory(title) {
      const id = newId(title, get().stories);
      write([...get().stories, { id, title, steps: [] }]);
      return id;
    },
    updateStory(id, patch) {
      edit(id, (x) => ({ ...x, ...patch }));
    },
    deleteStory(id) {
      write(get().stories.filter((x) => x.id !== id));
      if (get().presenting?.id === id) set({ presenting: null });
    },
    addStep(id, title) {
      const view = stepViewOf(get());
      const refusal = stepRefusal(
        get().stories.find((x) => x.id === id),
        view,
        true,
      );
      if (!refusal) editSteps(id, (steps) => [...steps, { title, view }]);
      return refusal;
    },
    updateStep(id, step, patch) {
      editSteps(id, (steps) => steps.map((x, k) => (k === step ? { ...x, ...patch } : x)));
    },
    updateStepView(id, step) {
      const view = stepViewOf(get());
      const refusal = stepRefusal(undefined, view, false);
      if (!refusal) editSteps(id, (steps) => steps.map((x, k) => (k === step ? { ...x, view } : x)));
      return refusal;
    },
    showStep(id, step) {
      const s = get();
      const story = s.stories.find((x) => x.id === id);
      if (s.loaded && story?.steps[step]) set(stepPatch(s, story, step, s.embed, [], {}).patch);
    },
    moveStep(id, step, to) {
      editSteps(id, (steps) => {
        if (to < 0 || to >= steps.length || step === to) return steps;
        const [moved] = steps.splice(step, 1);
        steps.splice(to, 0, moved);
        return steps;
      });
    },
    deleteStep(id, step) {
      editSteps(id, (steps) => steps.filter((_, k) => k !== step));
    },
    present(id, step = 0, from = {}) {
      const story = from.linked ?? storyById(get(), id);
      if (story) show(story, step, from);
    },
    goToStep(step) {
      const s = get();
      const story = s.presenting && storyById(s, s.presenting.id);
      if (story && step >= 0 && step < story.steps.length) show(story, step, { linked: s.linkedStory });
    },
    stopPresenting() {
      set({ presenting: null, linkedStory: null });
    },
  };
};
