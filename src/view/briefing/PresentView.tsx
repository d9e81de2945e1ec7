// Presenting a story: the graph over the whole window with the step's title
// and caption, the step counter, Previous and Next; the keys move (usePresentKeys),
// Escape leaves. The legend lists what the step shows.

import { useEffect, useRef } from 'react';
import type { LoadedDataset } from '../../state/loaded';
import { useStore } from '../../state/store';
import { useFollowAnalysis } from '../analysis/useFollowAnalysis';
import { ErrorBoundary } from '../ErrorBoundary';
import { GraphView } from '../graph/GraphView';
import { Legend } from '../Legend';
import { LinkNotices } from '../LinkNotices';
import { CaptionText } from './CaptionText';
import { LinkedStoryNote } from './LinkedStoryNote';
import { StepNavigation } from './StepNavigation';
import { usePresentKeys } from './usePresentKeys';
import { useStoryStep } from './useStoryStep';

export function PresentView({ loaded }: { loaded: LoadedDataset }) {
  const shown = useStoryStep();
  const stop = useStore((s) => s.stopPresenting);
  const heading = useRef<HTMLHeadingElement>(null);
  usePresentKeys(true, stop);
  useFollowAnalysis(loaded);
  // the reader starts at the story: a screen reader reads the step, the keys work at once; leaving, the
  // keyboard goes back to the Present button of the Briefing panel, where it came from
  useEffect(() => {
    heading.current?.focus();
    return () => {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-present]')?.focus());
    };
  }, []);
  if (!shown) return null;
  const { story, step } = shown;
  return (
    <main>
      <div className="present" role="region" aria-label={`Presenting ${story.title}`}>
        <div className="present-graph">
          <ErrorBoundary what="graph drawing" key={loaded.serial}>
            <GraphView loaded={loaded} />
          </ErrorBoundary>
        </div>
        <section className="present-caption" aria-label="Step">
          <LinkedStoryNote />
          <h1 className="present-story">{story.title}</h1>
          <h2 ref={heading} tabIndex={-1} data-testid="step-title">
            {step.title}
          </h2>
          <div className="step-caption" data-testid="step-caption">
            <CaptionText text={step.caption ?? ''} />
          </div>
        </section>
        <div className="present-bar">
          <StepNavigation shown={shown} />
          <button type="button" onClick={stop} aria-keyshortcuts="Escape" aria-label="Exit presenting">
            Exit
          </button>
        </div>
        <div className="present-side">
          <LinkNotices />
          <Legend loaded={loaded} />
        </div>
      </div>
    </main>
  );
}
