// The Briefing panel, a section of the side panel that opens like Filters: write
// stories on the open dataset. "Add this view" keeps
// what the graph shows as a step; each step's title and caption are edited in
// place, moved, updated from the current view or deleted; "Present" shows the
// story step by step. Everything is kept in the browser as it is written.

import { useId, useState } from 'react';
import type { Story } from '../../model/types';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { summariseView, summaryLine } from '../../state/viewSummary';
import { ErrorBoundary } from '../ErrorBoundary';
import { StepEditor } from './StepEditor';
import { useEditedText } from './useEditedText';

/** The panel as a disclosure at the top of the side panel, its contents made only while open. */
export function BriefingSection({ loaded }: { loaded: LoadedDataset }) {
  const open = useStore((s) => s.briefingOpen);
  const setOpen = useStore((s) => s.setBriefingOpen);
  const count = useStore((s) => s.stories.length);
  return (
    <details className="briefing-section" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Briefing<span className="summary-note"> · {count === 1 ? '1 story' : `${count} stories`}</span>
      </summary>
      {open && (
        <ErrorBoundary what="briefing panel">
          <BriefingPanel loaded={loaded} />
        </ErrorBoundary>
      )}
    </details>
  );
}

function BriefingPanel({ loaded }: { loaded: LoadedDataset }) {
  const stories = useStore((s) => s.stories);
  const kept = useStore((s) => s.storiesKept);
  const addStory = useStore((s) => s.addStory);
  const [chosen, setChosen] = useState<string | null>(null);
  const story = stories.find((x) => x.id === chosen) ?? stories[0];
  const pickId = useId();
  return (
    <section className="briefing" aria-label="Briefing">
      {!kept && (
        <p role="alert" className="briefing-warning">
          This browser is not keeping these stories (its storage is full or blocked): export the JSON dataset to keep
          them.
        </p>
      )}
      <div className="briefing-stories">
        {stories.length > 1 && (
          <>
            <label htmlFor={pickId}>Story</label>
            <select id={pickId} value={story?.id} onChange={(e) => setChosen(e.target.value)}>
              {stories.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.title}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="button" onClick={() => setChosen(addStory(`Story ${stories.length + 1}`))}>
          New story
        </button>
      </div>
      {story ? (
        <StoryEditor story={story} loaded={loaded} onDeleted={() => setChosen(null)} />
      ) : (
        <p>No story yet. A story is a sequence of views with captions, presented step by step.</p>
      )}
    </section>
  );
}

function StoryEditor({ story, loaded, onDeleted }: { story: Story; loaded: LoadedDataset; onDeleted: () => void }) {
  const updateStory = useStore((s) => s.updateStory);
  const deleteStory = useStore((s) => s.deleteStory);
  const addStep = useStore((s) => s.addStep);
  const present = useStore((s) => s.present);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const title = useEditedText(story.title, (text) => updateStory(story.id, { title: text }));
  const titleId = useId();
  const addThisView = () => {
    const s = useStore.getState();
    // a first title that says what the view is; the analyst rewrites it
    const first = s.engine ? summaryLine(summariseView(loaded, s.engine, s)) : 'Step';
    setRefusal(addStep(story.id, first));
  };
  return (
    <div className="story-editor">
      <label htmlFor={titleId}>Story title</label>
      <input id={titleId} {...title} />
      <div className="story-actions">
        <button type="button" onClick={addThisView} data-add-step>
          Add this view
        </button>
        <button type="button" disabled={story.steps.length === 0} onClick={() => present(story.id, 0)} data-present>
          Present
        </button>
        {confirming ? (
          <>
            <button type="button" onClick={() => (deleteStory(story.id), onDeleted())}>
              Delete “{story.title}” and its {story.steps.length} steps
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            Delete story…
          </button>
        )}
      </div>
      {refusal && (
        <p role="alert" className="briefing-warning">
          {refusal}
        </p>
      )}
      {story.steps.length === 0 ? (
        <p>Set up the graph as you want it seen, then “Add this view”.</p>
      ) : (
        <ol className="story-steps">
          {story.steps.map((step, k) => (
            <StepEditor key={k} story={story} step={step} at={k} />
          ))}
        </ol>
      )}
    </div>
  );
}
