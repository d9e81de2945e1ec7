// What the picture shows, in words: the caption on the graph, in the embed and on
// every export ("As of 1 Dec 2024 · Focus: Nujaba, 2 hops · 3 types hidden"), and,
// when nothing is shown, which choices hide everything.

import { describeDay } from '../model/dateText';
import type { FilterEngine } from '../model/filterEngine';
import type { LoadedDataset } from './loaded';
import { selectFilters } from './selectors';
import type { Store } from './store';
import { VIEW_DEFAULTS } from './viewFields';

export interface ViewSummary {
  /** the dates shown: "As of 1 Dec 2024", "27 Nov 2024 – 2 Dec 2024 (end of the data)", "All dates" */
  range: string;
  /** the other choices that narrow the picture, each in words */
  narrowing: string[];
  /** what is drawn: "12 actors · 30 relations" */
  counts: string;
  /** nothing is drawn */
  empty: boolean;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The dates shown, as dates: an open end is the data's own first or last day, said so (a picture
 * read next month must not take "now" for the day it is read).
 */
export function describeRange(s: Store, data: { minDay: number; maxDay: number } | null): string {
  if (!data) return 'Undated';
  const f = selectFilters(s);
  if (s.dateMode === 'asof' && f.from !== null) return `As of ${describeDay(f.from)}`;
  if (f.from === null && f.to === null) return 'All dates';
  const from = f.from === null ? `${describeDay(data.minDay)} (start of the data)` : describeDay(f.from);
  const to = f.to === null ? `${describeDay(data.maxDay)} (end of the data)` : describeDay(f.to);
  return `${from} – ${to}`;
}

export function summariseView(loaded: LoadedDataset, engine: FilterEngine, s: Store): ViewSummary {
  const narrowing: string[] = [];
  if (s.focusHops > 0 && s.selection?.kind === 'actor') {
    const actor = loaded.actorsById.get(s.selection.id);
    const name = actor ? (actor.short ?? actor.label) : s.selection.id;
    narrowing.push(`Focus: ${name}, ${plural(s.focusHops, 'hop')}`);
  }
  if (s.hiddenTypes.size > 0) narrowing.push(`${plural(s.hiddenTypes.size, 'type')} hidden`);
  if (s.hiddenKinds.size > 0) narrowing.push(`${plural(s.hiddenKinds.size, 'actor kind')} hidden`);
  if (s.hiddenStatuses.size > 0) narrowing.push(`${[...s.hiddenStatuses].sort().join(', ')} hidden`);
  if (s.minSources > 0) narrowing.push(`at least ${plural(s.minSources, 'independent source')}`);
  if (s.reportedBy !== null) narrowing.push(`as reported by ${describeDay(s.reportedBy)}`);
  const undated = loaded.index.undatedOrder.length;
  if (s.includeUndated !== VIEW_DEFAULTS.includeUndated && undated > 0) {
    narrowing.push('undated relations hidden');
  }
  return {
    range: describeRange(s, undated < loaded.index.relationCount ? loaded.index : null),
    narrowing,
    counts: `${plural(engine.actorCount, 'actor')} · ${plural(engine.relationCount, 'relation')}`,
    empty: engine.relationCount === 0 && engine.actorCount === 0,
  };
}

/** One line: the range, then what narrows it. */
export function summaryLine(summary: ViewSummary): string {
  return [summary.range, ...summary.narrowing].join(' · ');
}
