// Skip links: the first stops of the tab order, out of sight until focused,
// that take the keyboard to the graph, the details, the timeline and the table.
// A link opens what it goes to (the side panel, the table) and focuses it; the
// address keeps its hash, which holds the view, not a place on the page.

import type { MouseEvent } from 'react';
import { useStore } from '../state/store';

const FRAMES = 20;

/** Focuses the first element `selector` finds, waiting a few frames for one that is about to be drawn. */
function focusWhenThere(selector: string, frames = FRAMES): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (el && el.offsetParent !== null) {
    // a region without a tab stop of its own takes the focus only from a script
    if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus();
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusWhenThere(selector, frames - 1));
}

const LINKS: { label: string; target: string; selector: string; open?: () => void }[] = [
  { label: 'Skip to the graph', target: 'graph', selector: '.graph-area .graph-canvas' },
  {
    label: 'Skip to the details',
    target: 'side',
    selector: '.side .details',
    open: () => {
      if (useStore.getState().sideCollapsed) useStore.getState().setPaneSizes({ sideCollapsed: false });
    },
  },
  { label: 'Skip to the timeline', target: 'timeline', selector: '.under-graph .timeline' },
  {
    label: 'Skip to the table',
    target: 'table',
    selector: '.table-panel',
    open: () => {
      if (!useStore.getState().tableOpen) useStore.getState().setTableOpen(true);
    },
  },
];

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {LINKS.map((link) => (
        <a
          key={link.target}
          href={`#${link.target}`}
          onClick={(e: MouseEvent) => {
            e.preventDefault();
            link.open?.();
            focusWhenThere(link.selector);
          }}
        >
          {link.label}
        </a>
      ))}
    </nav>
  );
}
