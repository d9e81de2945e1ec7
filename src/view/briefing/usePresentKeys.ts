// The keys that move through a story: ←/→, Page Up/Page Down and Space; Home
// and End; Escape leaves. Not while typing in a field, in an open dialog or moving a slider, and
// Space not on a button or link, which it presses.

import { useEffect } from 'react';
import { storyById } from '../../state/slices/storiesSlice';
import { useStore } from '../../state/store';
import { inOpenDialog, typingIn } from '../typingIn';

/** The step a key asks for from step `at` of `count`; undefined when the key is not one of these. */
export function stepForKey(key: string, at: number, count: number): number | undefined {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ') return Math.min(at + 1, count - 1);
  if (key === 'ArrowLeft' || key === 'PageUp') return Math.max(at - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

function keyBelongsToTarget(key: string, target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (typingIn(target) || inOpenDialog(target)) return true;
  if (target.closest('[role="slider"]')) return true;
  return key === ' ' && target.closest('button, a, summary') !== null;
}

export function usePresentKeys(active: boolean, leave: (() => void) | null): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || keyBelongsToTarget(e.key, e.target)) return;
      const s = useStore.getState();
      const story = s.presenting && storyById(s, s.presenting.id);
      if (!s.presenting || !story) return;
      if (e.key === 'Escape' && leave) leave();
      else {
        const to = stepForKey(e.key, s.presenting.step, story.steps.length);
        if (to === undefined) return;
        // a held key would race through the story faster than it can be read (or drawn)
        if (to !== s.presenting.step && !e.repeat) s.goToStep(to);
      }
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, leave]);
}
