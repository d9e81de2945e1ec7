// Previous, the step counter ("2 of 5") and Next: the same controls when
// presenting and in an embed that plays a story. At either end a button says it
// cannot go on (aria-disabled) but keeps the keyboard: a disabled button would
// drop it to the page. One live region says where the story is.

import { useStore } from '../../state/store';
import type { StoryStepShown } from './useStoryStep';

export function StepNavigation({ shown }: { shown: StoryStepShown }) {
  const goToStep = useStore((s) => s.goToStep);
  const { at, count, step } = shown;
  const go = (to: number) => to >= 0 && to < count && goToStep(to);
  return (
    <nav className="step-nav" aria-label="Story steps">
      <button type="button" onClick={() => go(at - 1)} aria-disabled={at === 0} aria-keyshortcuts="ArrowLeft PageUp">
        ← Previous
      </button>
      <span className="step-count" data-testid="step-count">
        {at + 1} of {count}
      </span>
      <button
        type="button"
        onClick={() => go(at + 1)}
        aria-disabled={at === count - 1}
        aria-keyshortcuts="ArrowRight PageDown Space"
      >
        Next →
      </button>
      <span className="visually-hidden" aria-live="polite">
        Step {at + 1} of {count}: {step.title}
      </span>
    </nav>
  );
}
