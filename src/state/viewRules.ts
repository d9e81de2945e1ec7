// What follows from the view's declaration (viewFields.ts): whether two views
// are the same, how history follows a change, the rules between fields that keep
// a view consistent, and the engine's filters for a view.

import type { Filters } from '../model/filters';
import { VIEW_FIELDS, VIEW_KEYS, type FilterChoices, type View, type ViewGroup } from './viewFields';

/** Whether two states hold the same view, field by field. */
export function sameView(a: View, b: View): boolean {
  return VIEW_KEYS.every((k) => (VIEW_FIELDS[k].equals as (x: unknown, y: unknown) => boolean)(a[k], b[k]));
}

/**
 * How the browser's history follows a change of view: a discrete change (a
 * filter toggled, a selection) pushes an entry, so Back undoes it; a change of
 * continuous fields only (or any change while playing) replaces the entry.
 */
export function historyStep(before: View, after: View, playing: boolean): 'push' | 'replace' | null {
  const changed = VIEW_KEYS.filter(
    (k) => !(VIEW_FIELDS[k].equals as (x: unknown, y: unknown) => boolean)(before[k], after[k]),
  );
  if (changed.length === 0) return null;
  return playing || changed.every((k) => VIEW_FIELDS[k].continuous) ? 'replace' : 'push';
}

/**
 * Rules between fields that make a view consistent, each naming what it drops:
 * a range that ends before it starts, Focus without a selected actor, the drawn
 * comparison without a comparison.
 */
export function consistentView(view: View, notice: (text: string) => void): View {
  let v = view;
  if (v.from !== null && v.to !== null && v.from > v.to) {
    notice('ignored "to": it falls before "from"');
    v = { ...v, to: null };
  }
  if (v.focusHops !== 0 && v.selection?.kind !== 'actor') {
    notice('ignored "focus": no actor is selected');
    v = { ...v, focusHops: 0 };
  }
  if (v.diffShown && !v.compareQuery) {
    notice('ignored "diff": no comparison is asked for');
    v = { ...v, diffShown: false };
  }
  return v;
}

/** The engine's filters for the view's choices, selection and Focus; `lastDay` stands in for an open "as of". */
export function filtersOf(v: FilterChoices & ViewGroup<'selection'>, lastDay: number | null): Filters {
  const asOf = v.asOf ?? lastDay;
  const asof = v.dateMode === 'asof';
  return {
    from: asof ? asOf : v.from,
    to: asof ? asOf : v.to,
    includeUndated: v.includeUndated,
    showIsolated: v.showIsolated,
    hiddenTypes: v.hiddenTypes,
    hiddenKinds: v.hiddenKinds,
    hiddenStatuses: v.hiddenStatuses,
    actsOnly: v.actsOnly,
    minSources: v.minSources,
    reportedBy: v.reportedBy,
    focus: v.focusHops > 0 && v.selection?.kind === 'actor' ? { actor: v.selection.id, hops: v.focusHops } : null,
  };
}
