// The Details panel's keys and where its selection is shown. The relations form
// one composite (a roving tabindex, Details.tsx): ↑ ↓ Home End move between
// them, → or Enter goes into the relation's evidence; there ↑ ↓ Home End move
// between items, ← or Escape back to the relation (Escape goes no further: the
// selection stays). A new selection is scrolled into view in the side panel,
// and the keyboard follows it there when a key chose it from the search box,
// the graph, the analysis panel or the details themselves (not from the table,
// whose rows keep the keyboard as the Details follow them).

import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';

const RELATION = 'li[data-relation]';
const EVIDENCE = 'li[data-evidence]';
/** Where a key that selects something sends the keyboard on to the Details. */
const KEYBOARD_SOURCES = '.search, .graph-pane, .details, .analysis-panel';
/** A key this long before the selection changed did not choose it. */
const KEY_WINDOW_MS = 1000;

/** The element the arrow key asks for among `items`, from item `at`; undefined for any other key. */
function step<T>(items: readonly T[], at: number, key: string): T | undefined | null {
  if (key === 'ArrowDown') return items[Math.min(at + 1, items.length - 1)];
  if (key === 'ArrowUp') return items[Math.max(at - 1, 0)];
  if (key === 'Home') return items[0];
  if (key === 'End') return items[items.length - 1];
  return null;
}

/** Handles a key pressed in the Details panel: moves between relations and their evidence items. */
export function detailsKey(e: KeyboardEvent<HTMLElement>): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const target = e.target as HTMLElement;
  const panel = e.currentTarget;
  let to: HTMLElement | null | undefined = null;
  if (target.matches(RELATION)) {
    const items = [...panel.querySelectorAll<HTMLElement>(RELATION)];
    to = step(items, items.indexOf(target), e.key);
    if (to === null && (e.key === 'ArrowRight' || e.key === 'Enter')) to = target.querySelector<HTMLElement>(EVIDENCE);
  } else if (target.matches(EVIDENCE)) {
    const relation = target.closest<HTMLElement>(RELATION);
    if (!relation) return;
    const items = [...relation.querySelectorAll<HTMLElement>(EVIDENCE)];
    to = step(items, items.indexOf(target), e.key);
    if (to === null && (e.key === 'ArrowLeft' || e.key === 'Escape')) to = relation;
  }
  if (to === null) return;
  e.preventDefault();
  // Escape was this panel's: the selection and Focus stay
  e.stopPropagation();
  to?.focus();
}

/** The nearest ancestor that scrolls. */
function scroller(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/**
 * Scrolls the side panel so that `el`'s top is in its upper half (where the Analysis panel
 * above had pushed it out of sight); left as it is when it is there already.
 */
export function bringIntoView(el: HTMLElement): void {
  const box = scroller(el);
  if (!box) return;
  const top = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
  if (top >= 0 && top < box.clientHeight / 2) return;
  box.scrollTop += top;
}

/**
 * Whether the selection that just changed was chosen by a key in a place that sends the
 * keyboard on to the details: the last input was that key, moments ago, and no pointer since.
 */
export function useKeyboardOrigin(): (details: HTMLElement) => boolean {
  const last = useRef<{ at: number; target: Element | null }>({ at: -Infinity, target: null });
  useEffect(() => {
    const key = (e: globalThis.KeyboardEvent) => {
      last.current = { at: performance.now(), target: e.target instanceof Element ? e.target : null };
    };
    const pointer = () => {
      last.current = { at: -Infinity, target: null };
    };
    window.addEventListener('keydown', key, true);
    window.addEventListener('pointerdown', pointer, true);
    return () => {
      window.removeEventListener('keydown', key, true);
      window.removeEventListener('pointerdown', pointer, true);
    };
  }, []);
  return useCallback((details: HTMLElement) => {
    const { at, target } = last.current;
    if (performance.now() - at > KEY_WINDOW_MS || !target) return false;
    return details.contains(target) || target.closest(KEYBOARD_SOURCES) !== null;
  }, []);
}
