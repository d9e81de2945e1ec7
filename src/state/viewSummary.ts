// What the picture shows, in words: the caption on the graph, in the embed and on
// every export ("As of 1 Dec 2024 · Focus: Nujaba, 2 hops · 1 type hidden (meets)
// · colour by bloc (2 blocs)"), and, when nothing is shown, which choices hide
// everything.

import type { DayRange } from '../model/dayRangeText';
import { describeDay } from '../model/dateText';
import type { FilterEngine } from '../model/filterEngine';
import { actorName, type LoadedDataset } from './loaded';
import { selectFilters } from './selectors';
import type { Store } from './store';
import { VIEW_DEFAULTS, type SizeBy } from './viewFields';
import { plural } from '../model/countText';

export interface ViewSummary {
  /** the dates shown: "As of 1 Dec 2024", "27 Nov 2024 – 2 Dec 2024 (end of the data)", "All dates" */
  range: string;
  /** the other choices that narrow the picture, each in words */
  narrowing: string[];
  /** what the analysis panel marks on the graph: colours, sizes, a path, a comparison */
  marks: string[];
  /** what is drawn: "12 actors · 30 relations" */
  counts: string;
  /** nothing is drawn */
  empty: boolean;
}

/** Up to this many hidden types or kinds are named; more are counted only (a caption is one or two lines). */
const NAMED_UP_TO = 3;

/** What an actor's size stands for, in words (the legend says the same). */
export const SIZE_WORDS: Record<SizeBy, string> = {
  degree: 'number of relations shown',
  betweenness: 'betweenness (brokers)',
  cooperative: 'cooperative weight',
  hostile: 'hostile weight',
};

/** "2 types hidden (fights, meets)": named when few, so a reader knows which. */
function hiddenNamed(names: string[], one: string): string {
  const head = `${plural(names.length, one)} hidden`;
  return names.length <= NAMED_UP_TO ? `${head} (${[...names].sort().join(', ')})` : head;
}

function describePeriod(range: DayRange): string {
  return range.from === range.to ? describeDay(range.from) : `${describeDay(range.from)} – ${describeDay(range.to)}`;
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

/** Focus and every filter that hides something, in words. */
function narrowingOf(loaded: LoadedDataset, s: Store): string[] {
  const narrowing: string[] = [];
  if (s.focusHops > 0 && s.selection?.kind === 'actor') {
    narrowing.push(`Focus: ${actorName(loaded, s.selection.id)}, ${plural(s.focusHops, 'hop')}`);
  }
  if (s.hiddenTypes.size > 0) {
    const labels = [...s.hiddenTypes].map((t) => loaded.valid.types.get(t)?.label ?? t);
    narrowing.push(hiddenNamed(labels, 'type'));
  }
  if (s.hiddenKinds.size > 0) {
    narrowing.push(
      hiddenNamed(
        [...s.hiddenKinds].map((k) => k.replace('-', ' ')),
        'actor kind',
      ),
    );
  }
  if (s.hiddenStatuses.size > 0) narrowing.push(`${[...s.hiddenStatuses].sort().join(', ')} hidden`);
  if (s.actsOnly) narrowing.push('acts only (intentions, offers, threats and conditional statements hidden)');
  if (s.minSources > 0) narrowing.push(`at least ${plural(s.minSources, 'independent source')}`);
  if (s.reportedBy !== null) narrowing.push(`as reported by ${describeDay(s.reportedBy)}`);
  if (s.includeUndated !== VIEW_DEFAULTS.includeUndated && loaded.index.undatedOrder.length > 0) {
    narrowing.push('undated relations hidden');
  }
  return narrowing;
}

/** What the analysis panel marks on the graph while it is open (as analysisOverlay.ts draws it), in words. */
export function analysisMarks(loaded: LoadedDataset, s: Store): string[] {
  if (!s.analysisOpen) return [];
  const marks: string[] = [];
  const comparison = s.diffShown && s.comparison?.query === s.compareQuery ? s.comparison : null;
  const answer = s.analysis?.analysis;
  const { colourBy, sizeBy } = s.analysisSettings;
  // a comparison draws its own colours: blocs and communities give way
  if (answer && !comparison && colourBy === 'bloc') {
    marks.push(`colour by bloc (${plural(answer.blocs.sizes.length, 'bloc')})`);
  }
  if (answer && !comparison && colourBy === 'community') {
    marks.push(`colour by community (${plural(answer.communities.count, 'community', 'communities')})`);
  }
  if (answer && sizeBy !== 'degree') marks.push(`size by ${SIZE_WORDS[sizeBy]}`);
  const path = s.path;
  const { from, to, cooperativeOnly } = s.pathQuery;
  if (path && path.query === s.pathQuery && path.paths.paths.length > 0 && from && to) {
    const what = cooperativeOnly ? 'chain of support' : 'path';
    marks.push(`${what}: ${actorName(loaded, from)} → ${actorName(loaded, to)} (${plural(path.paths.length, 'hop')})`);
  }
  if (comparison) {
    marks.push(`comparing ${describePeriod(comparison.query.a)} with ${describePeriod(comparison.query.b)}`);
  }
  return marks;
}

export function summariseView(loaded: LoadedDataset, engine: FilterEngine, s: Store): ViewSummary {
  const undated = loaded.index.undatedOrder.length;
  return {
    range: describeRange(s, undated < loaded.index.relationCount ? loaded.index : null),
    narrowing: narrowingOf(loaded, s),
    marks: analysisMarks(loaded, s),
    counts: `${plural(engine.actorCount, 'actor')} · ${plural(engine.relationCount, 'relation')}`,
    empty: engine.relationCount === 0 && engine.actorCount === 0,
  };
}

/** One line: the range, then what narrows it. */
export function summaryLine(summary: ViewSummary): string {
  return [summary.range, ...summary.narrowing].join(' · ');
}
