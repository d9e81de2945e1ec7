// Panels and playback: the Table, the Briefing panel, the panes' sizes, and Play with its speed.
// Sizes and the side panel's collapse are the user's screen, not the view: they
// stay out of the link and are kept in localStorage instead.

import type { StateCreator } from 'zustand';
import type { Store } from '../store';

/** Pane sizes in CSS pixels, as the user last left them; the page clamps them to the window. */
export interface PaneSizes {
  sideWidth: number;
  sideCollapsed: boolean;
  tableHeight: number;
}

export const PANE_DEFAULTS: PaneSizes = { sideWidth: 300, sideCollapsed: false, tableHeight: 260 };

const KEY = 'faultlines:panes';

/** The saved sizes, or the defaults where storage is missing, blocked or holds something else. */
export function loadPaneSizes(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): PaneSizes {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (typeof saved !== 'object' || saved === null) return PANE_DEFAULTS;
    const s = saved as Record<string, unknown>;
    const size = (v: unknown, fallback: number) =>
      typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback;
    return {
      sideWidth: size(s.sideWidth, PANE_DEFAULTS.sideWidth),
      sideCollapsed: s.sideCollapsed === true,
      tableHeight: size(s.tableHeight, PANE_DEFAULTS.tableHeight),
    };
  } catch {
    return PANE_DEFAULTS;
  }
}

function savePaneSizes(sizes: PaneSizes): void {
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(sizes));
  } catch {
    // storage full or blocked (private mode, sandboxed iframe): the sizes last for this page only
  }
}

export interface PanelsSlice extends PaneSizes {
  tableOpen: boolean;
  setTableOpen(open: boolean): void;
  /** the Briefing panel (writing stories) in the side panel */
  briefingOpen: boolean;
  setBriefingOpen(open: boolean): void;
  setPaneSizes(patch: Partial<PaneSizes>): void;
  playing: boolean;
  /** Play's speed, in steps per second */
  playSpeed: number;
  setPlaying(playing: boolean): void;
  setPlaySpeed(speed: number): void;
}

export const createPanelsSlice: StateCreator<Store, [], [], PanelsSlice> = (set, get) => ({
  tableOpen: false,
  setTableOpen(open) {
    set({ tableOpen: open });
  },
  briefingOpen: false,
  setBriefingOpen(open) {
    set({ briefingOpen: open });
  },
  ...loadPaneSizes(),
  setPaneSizes(patch) {
    const { sideWidth, sideCollapsed, tableHeight } = { ...get(), ...patch };
    savePaneSizes({ sideWidth, sideCollapsed, tableHeight });
    set(patch);
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
