// Panels and playback: the Table, and Play with its speed.

import type { StateCreator } from 'zustand';
import type { Store } from '../store';

export interface PanelsSlice {
  tableOpen: boolean;
  setTableOpen(open: boolean): void;
  playing: boolean;
  /** Play's speed, in steps per second */
  playSpeed: number;
  setPlaying(playing: boolean): void;
  setPlaySpeed(speed: number): void;
}

export const createPanelsSlice: StateCreator<Store, [], [], PanelsSlice> = (set) => ({
  tableOpen: false,
  setTableOpen(open) {
    set({ tableOpen: open });
  },
  playing: false,
  playSpeed: 2,
  setPlaying(playing) {
    set({ playing });
  },
  setPlaySpeed(speed) {
    set({ playSpeed: speed });
  },
});
