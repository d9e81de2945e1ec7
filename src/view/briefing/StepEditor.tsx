// One step of a story in the Briefing panel: its title and caption, edited in
// place, and what can be done with it.

import { useId } from 'react';
import type { Story, StoryStep } from '../../model/types';
import { decodeStepView } from '../../state/stepViews';
import { useStore } from '../../state/store';

export function StepEditor({ story, step, at }: { story: Story; step: StoryStep; at: number }) {
  const updateStep = useStore((s) => s.updateStep);
  const updateStepView = useStore((s) => s.updateStepView);
  const moveStep = useStore((s) => s.moveStep);
  const deleteStep = useStore((s) => s.deleteStep);
  const titleId = useId();
  const captionId = useId();
  const n = at + 1;
  const show = () => {
    const s = useStore.getState();
    if (!s.loaded) return;
    const { view, notices } = decodeStepView(step.view, s.loaded, s.embed);
    s.applyView(view, notices, true);
  };
  return (
    <li className="story-step">
      <label htmlFor={titleId}>Step {n} title</label>
      <input
        id={titleId}
        value={step.title}
        onChange={(e) => updateStep(story.id, at, { title: e.target.value })}
        onBlur={(e) => e.target.value.trim() === '' && updateStep(story.id, at, { title: `Step ${n}` })}
      />
      <label htmlFor={captionId}>Step {n} caption</label>
      <textarea
        id={captionId}
        rows={3}
        value={step.caption ?? ''}
        placeholder="What this view shows, on whose word. A blank line starts a paragraph; *emphasis*; links as https://…"
        onChange={(e) => updateStep(story.id, at, { caption: e.target.value })}
      />
      <div className="step-actions">
        <button type="button" onClick={show} aria-label={`Show step ${n}`}>
          Show
        </button>
        <button
          type="button"
          onClick={() => updateStepView(story.id, at)}
          aria-label={`Update step ${n} from this view`}
        >
          Update from this view
        </button>
        <button
          type="button"
          onClick={() => moveStep(story.id, at, at - 1)}
          disabled={at === 0}
          aria-label={`Move step ${n} up`}
        >
          ↑
        </button>
        <button
          type="button"
          onClick={() => moveStep(story.id, at, at + 1)}
          disabled={at === story.steps.length - 1}
          aria-label={`Move step ${n} down`}
        >
          ↓
        </button>
        <button type="button" onClick={() => deleteStep(story.id, at)} aria-label={`Delete step ${n}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
