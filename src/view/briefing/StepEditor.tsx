// One step of a story in the Briefing panel: its title and caption, edited in
// place, and what can be done with it. After a move or a deletion the keyboard
// stays with the step (or goes to the next one), not with the place it left.

import { useId, useState } from 'react';
import { MAX_CAPTION } from '../../model/storyLimits';
import type { Story, StoryStep } from '../../model/types';
import { useStore } from '../../state/store';
import { useEditedText } from './useEditedText';

/** Focuses a control of a step once the list has been redrawn. */
function focusLater(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

export function StepEditor({ story, step, at }: { story: Story; step: StoryStep; at: number }) {
  const updateStep = useStore((s) => s.updateStep);
  const updateStepView = useStore((s) => s.updateStepView);
  const moveStep = useStore((s) => s.moveStep);
  const deleteStep = useStore((s) => s.deleteStep);
  const showStep = useStore((s) => s.showStep);
  const [refusal, setRefusal] = useState<string | null>(null);
  const title = useEditedText(step.title, (text) => updateStep(story.id, at, { title: text }));
  const titleId = useId();
  const captionId = useId();
  const n = at + 1;
  const move = (to: number, which: 'up' | 'down') => {
    moveStep(story.id, at, to);
    // the same button of the moved step, or the other one where it reached an end
    const end = to === 0 || to === story.steps.length - 1;
    focusLater(`[data-step="${to}"][data-move="${end ? (which === 'up' ? 'down' : 'up') : which}"]`);
  };
  return (
    <li className="story-step">
      <label htmlFor={titleId}>Step {n} title</label>
      <input id={titleId} data-step={at} data-field="title" {...title} />
      <label htmlFor={captionId}>Step {n} caption</label>
      <textarea
        id={captionId}
        rows={3}
        maxLength={MAX_CAPTION}
        value={step.caption ?? ''}
        placeholder="What this view shows, on whose word. A blank line starts a paragraph; *emphasis*; links as https://…"
        onChange={(e) => updateStep(story.id, at, { caption: e.target.value })}
      />
      <div className="step-actions">
        <button type="button" onClick={() => showStep(story.id, at)} aria-label={`Show step ${n}`}>
          Show
        </button>
        <button
          type="button"
          onClick={() => setRefusal(updateStepView(story.id, at))}
          aria-label={`Update step ${n} from this view`}
        >
          Update from this view
        </button>
        <button
          type="button"
          data-step={at}
          data-move="up"
          onClick={() => move(at - 1, 'up')}
          disabled={at === 0}
          aria-label={`Move step ${n} up`}
        >
          ↑
        </button>
        <button
          type="button"
          data-step={at}
          data-move="down"
          onClick={() => move(at + 1, 'down')}
          disabled={at === story.steps.length - 1}
          aria-label={`Move step ${n} down`}
        >
          ↓
        </button>
        <button
          type="button"
          onClick={() => {
            deleteStep(story.id, at);
            // the step that takes its place, else the one before, else adding a new one
            const next = Math.min(at, story.steps.length - 2);
            focusLater(next >= 0 ? `[data-step="${next}"][data-field="title"]` : '[data-add-step]');
          }}
          aria-label={`Delete step ${n}`}
        >
          Delete
        </button>
      </div>
      {refusal && (
        <p role="alert" className="briefing-warning">
          {refusal}
        </p>
      )}
    </li>
  );
}
