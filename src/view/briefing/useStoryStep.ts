// The story presented and its step, for the present view and the embed.

import { useStore } from '../../state/store';
import { storyById } from '../../state/slices/storiesSlice';
import type { Story, StoryStep } from '../../model/types';

export interface StoryStepShown {
  story: Story;
  step: StoryStep;
  /** 0-based */
  at: number;
  count: number;
}

export function useStoryStep(): StoryStepShown | null {
  const presenting = useStore((s) => s.presenting);
  const story = useStore((s) => (s.presenting ? storyById(s, s.presenting.id) : undefined));
  if (!presenting || !story || story.steps.length === 0) return null;
  const at = Math.min(presenting.step, story.steps.length - 1);
  return { story, step: story.steps[at], at, count: story.steps.length };
}
