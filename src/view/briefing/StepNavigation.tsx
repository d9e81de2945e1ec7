// Previous, the step counter ("2 of 5") and Next: the same controls when
// presenting and in an embed that plays a story.

import { useStore } from '../../state/store';
import type { StoryStepShown } from './useStoryStep';

export function StepNavigation({ shown }: { shown: StoryStepShown }) {
  const goToStep = useStore((s) => s.goToStep);
  const { at, count } = shown;
  return (
    <nav className="step-nav" aria-label="Story steps">
      <button type="button" onClick={() => goToStep(at - 1)} disabled={at === 0} aria-keyshortcuts="ArrowLeft PageUp">
        ← Previous
      </button>
      <span className="step-count" data-testid="step-count" aria-live="polite">
        {at + 1} of {count}
      </span>
      <button
        type="button"
        onClick={() => goToStep(at + 1)}
        disabled={at === count - 1}
        aria-keyshortcuts="ArrowRight PageDown Space"
      >
        Next →
      </button>
    </nav>
  );
}
