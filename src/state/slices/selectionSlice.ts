// The selected actor or line, and Focus on the selected actor's neighbourhood.
// Focus follows the selection: selecting anything but an actor ends it.

import type { StateCreator } from 'zustand';
import { withStep } from '../filterStep';
import type { Store } from '../store';
import { groupDefaults, type FocusHops, type Selection, type ViewGroup } from '../viewFields';

export interface SelectionSlice extends ViewGroup<'selection'> {
  /** bumped to ask the graph to move its camera to the selected actor */
  revealSerial: number;
  select(selection: Selection | null, options?: { reveal?: boolean }): void;
  setFocus(hops: FocusHops): void;
}

export const createSelectionSlice: StateCreator<Store, [], [], SelectionSlice> = (set, get) => ({
  ...groupDefaults('selection'),
  revealSerial: 0,
  select(selection, options) {
    const s = get();
    const patch: Partial<Store> = {
      selection,
      // without a selected actor there is nothing to focus on
      focusHops: selection?.kind === 'actor' ? s.focusHops : 0,
      revealSerial: options?.reveal ? s.revealSerial + 1 : s.revealSerial,
    };
    // only Focus makes the selection change what is shown
    set(s.focusHops > 0 || patch.focusHops! > 0 ? withStep(s, patch) : patch);
  },
  setFocus(hops) {
    const s = get();
    set(withStep(s, { focusHops: s.selection?.kind === 'actor' ? hops : 0 }));
  },
});
