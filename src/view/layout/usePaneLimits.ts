// How large the side panel and the table may be in this window: whatever the
// user asks, the graph keeps at least GRAPH_SHARE of the window's width and height.

import { useLayoutEffect, useState, type RefObject } from 'react';

export const GRAPH_SHARE = 0.4;
export const SIDE_MIN = 240;
const SIDE_CAP = 720;
/** the header row and two rows of relations */
export const TABLE_MIN = 80;
/** the vertical splitter's gutter and the horizontal splitter's bar */
const GUTTER = 8;

export interface PaneLimits {
  sideMax: number;
  tableMax: number;
}

/** Measured on the workspace: its height less what sits below the graph (timeline, footer) decides the table's room. */
function measure(workspace: HTMLElement): PaneLimits {
  const width = window.innerWidth;
  const height = window.innerHeight;
  const below = ['.under-graph', '.footer']
    .map((sel) => workspace.querySelector<HTMLElement>(`:scope > ${sel}`)?.offsetHeight ?? 0)
    .reduce((a, b) => a + b, 0);
  return {
    sideMax: Math.max(SIDE_MIN, Math.floor(Math.min(SIDE_CAP, width * (1 - GRAPH_SHARE) - GUTTER))),
    tableMax: Math.max(TABLE_MIN, Math.floor(workspace.clientHeight - below - GUTTER - height * GRAPH_SHARE)),
  };
}

export function usePaneLimits(workspace: RefObject<HTMLElement | null>): PaneLimits {
  const [limits, setLimits] = useState<PaneLimits>({ sideMax: SIDE_CAP, tableMax: 10_000 });
  useLayoutEffect(() => {
    const el = workspace.current;
    if (!el) return;
    const update = () =>
      setLimits((old) => {
        const next = measure(el);
        return old.sideMax === next.sideMax && old.tableMax === next.tableMax ? old : next;
      });
    update();
    // the timeline and the legend change height with their content; the workspace with the window
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const sel of ['.under-graph', '.footer']) {
      const part = el.querySelector(`:scope > ${sel}`);
      if (part) observer.observe(part);
    }
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [workspace]);
  return limits;
}
