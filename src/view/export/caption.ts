// What every exported picture says about itself: a heading, what is shown (the
// dates as dates, Focus, each filter that hides something, any analysis mark,
// the counts), a legend of what is drawn and nothing else, where the relations
// come from, and which data it was made from and when (the dataset's title and
// fingerprint, the day of export), so a picture found later can be traced.

import { describeDay } from '../../model/dateText';
import { daysFromCivil } from '../../model/dates';
import type { FilterEngine } from '../../model/filterEngine';
import type { LoadedDataset } from '../../state/loaded';
import type { Store } from '../../state/store';
import { summariseView } from '../../state/viewSummary';
import { blocName, communityName } from '../analysis/blocNames';
import { colouringOf, communityRanks } from '../graph/nodeColours';
import {
  BLOC_COLOURS,
  COMMUNITY_COLOURS,
  FLIPPED_EDGE,
  KEPT_EDGE,
  KIND_COLOURS,
  SIGN_COLOURS,
  typeColour,
  UNPLACED_NODE,
  withAlpha,
} from '../palette';
import { drawnFacts, type DrawnFacts } from './drawnFacts';

/** How a legend key is drawn: a disc, a line, a thick line, a dashed, dotted or dash-dot line. */
export type LegendShape = 'node' | 'edge' | 'thick' | 'dashed' | 'dotted' | 'dashdot';

export interface LegendItem {
  colour: string;
  label: string;
  shape: LegendShape;
}

export interface Caption {
  /** the heading: a story step's title, else the dataset's */
  title: string;
  /** what is shown, a line each: dates and counts; Focus and filters; analysis marks (none left empty) */
  lines: string[];
  legend: LegendItem[];
  /** "Sources: ... · made with Faultlines" */
  attribution: string;
  /** "Dataset: <title> (fingerprint <f>) · exported 7 Dec 2026" */
  dataset: string;
}

export interface CaptionOptions {
  /** a story step's title: the heading, the dataset's title then goes to the dataset line */
  title?: string;
  /** the moment of export (tests fix it) */
  now?: Date;
}

/** The day of a moment, in the exporter's own time zone, as a reader says it. */
export function exportDay(now: Date): string {
  return describeDay(daysFromCivil(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

export function caption(loaded: LoadedDataset, engine: FilterEngine, s: Store, options: CaptionOptions = {}): Caption {
  const summary = summariseView(loaded, engine, s);
  const datasetTitle = loaded.valid.dataset.meta.title;
  const facts = drawnFacts(loaded, engine);
  return {
    title: options.title ?? datasetTitle,
    lines: [`${summary.range} · ${summary.counts}`, summary.narrowing.join(' · '), summary.marks.join(' · ')].filter(
      Boolean,
    ),
    legend: [...actorKeys(loaded, engine, s, facts), ...lineKeys(facts), ...markKeys(s, facts)],
    attribution: `Sources: ${publishers(loaded, engine)} · made with Faultlines`,
    dataset: `Dataset: ${datasetTitle} (fingerprint ${loaded.fingerprint}) · exported ${exportDay(options.now ?? new Date())}`,
  };
}

/** The publishers of the evidence of the relations shown, the first six named. */
function publishers(loaded: LoadedDataset, engine: FilterEngine): string {
  const names = new Set<string>();
  loaded.valid.dataset.relations.forEach((r, i) => {
    if (!engine.visible[i]) return;
    for (const e of r.evidence ?? []) {
      const src = loaded.sourcesById.get(e.source);
      if (src) names.add(src.publisher ?? src.title);
    }
  });
  const list = [...names].sort();
  if (list.length === 0) return 'none';
  return list.length > 6 ? `${list.slice(0, 6).join(', ')} and ${list.length - 6} more` : list.join(', ');
}

/** The actors' colours as drawn: by the analysis panel, the file, community or kind (of the actors shown). */
function actorKeys(loaded: LoadedDataset, engine: FilterEngine, s: Store, facts: DrawnFacts): LegendItem[] {
  const byAnalysis = analysisKeys(s);
  if (byAnalysis) return byAnalysis;
  const colouring = colouringOf(loaded, s.appColours);
  if (colouring === 'file')
    return [{ colour: UNPLACED_NODE, label: "actors in the file's own colours", shape: 'node' }];
  if (colouring === 'community') {
    const { rank, sizes } = communityRanks(loaded.communities);
    const shown = new Set(Array.from(rank).filter((r, a) => engine.actorVisible[a] && r < COMMUNITY_COLOURS.length));
    return sizes
      .map((n, r) => ({ colour: COMMUNITY_COLOURS[r], label: `community ${r + 1} (${n})`, shape: 'node' as const }))
      .filter((_, r) => shown.has(r));
  }
  return Object.entries(KIND_COLOURS)
    .filter(([k]) => facts.kinds.has(k as keyof typeof KIND_COLOURS))
    .map(([k, colour]) => ({ colour, label: k.replace('-', ' '), shape: 'node' }));
}

/** The actors' legend when the analysis panel colours them by bloc or community (as the graph draws them). */
function analysisKeys(s: Store): LegendItem[] | null {
  const answer = s.analysis?.analysis;
  if (!s.analysisOpen || !answer || (s.diffShown && s.comparison)) return null;
  if (s.analysisSettings.colourBy === 'bloc') {
    return answer.blocs.sizes.map((n, b) => ({
      colour: BLOC_COLOURS[b],
      label: `bloc ${blocName(b)} (${n})`,
      shape: 'node' as const,
    }));
  }
  if (s.analysisSettings.colourBy === 'community') {
    const shown = Math.min(answer.communities.count, COMMUNITY_COLOURS.length);
    return Array.from({ length: shown }, (_, c) => ({
      colour: COMMUNITY_COLOURS[c],
      label: `community ${communityName(c)}${answer.communities.count > shown && c === shown - 1 ? ' and others' : ''}`,
      shape: 'node' as const,
    }));
  }
  return null;
}

/** A key per type shown, an arrow after a directed one. */
function lineKeys(facts: DrawnFacts): LegendItem[] {
  return facts.types.map((t) => ({
    colour: typeColour(t),
    label: `${t.label}${t.directed ? ' →' : ''}`,
    shape: 'edge',
  }));
}

/** The keys of the line patterns, each while a line is drawn with it (drawnFacts.ts). */
export const PATTERN_KEYS = {
  dashed: 'dashed (faded if curved): denied or disputed',
  dotted: 'dotted (faded if curved): intentions, offers, threats or conditional statements, not acts',
  dashdot: 'dash-dot (faded if curved): denied or disputed, and not acts',
} as const;

/** The key's grey: a pattern says the same whatever the type's colour. */
const PATTERN_KEY_COLOUR = '#5f5f5f';

/**
 * The marks drawn on lines: contested, not acted, both, a path, a comparison (reducers.ts: a path or a
 * comparison dashes and dots nothing).
 */
function markKeys(s: Store, facts: DrawnFacts): LegendItem[] {
  const comparing = s.analysisOpen && s.diffShown && s.comparison !== null && s.comparison.query === s.compareQuery;
  const path = s.path;
  const pathDrawn = s.analysisOpen && path !== null && path.query === s.pathQuery && path.paths.paths.length > 0;
  if (comparing) {
    return [
      { colour: SIGN_COLOURS[1], label: '"new": in B, not in A', shape: 'thick' },
      { colour: withAlpha(SIGN_COLOURS[-1], 0.35), label: '"gone": in A, not in B', shape: 'edge' },
      { colour: FLIPPED_EDGE, label: '"flipped": the pair changed sign', shape: 'thick' },
      { colour: KEPT_EDGE, label: 'grey: in both periods', shape: 'edge' },
    ];
  }
  if (pathDrawn)
    return [{ colour: SIGN_COLOURS[-1], label: 'thick: on the shortest path (the rest faded)', shape: 'thick' }];
  const drawn: [boolean, keyof typeof PATTERN_KEYS][] = [
    [facts.contested, 'dashed'],
    [facts.unacted, 'dotted'],
    [facts.contestedUnacted, 'dashdot'],
  ];
  return drawn
    .filter(([shown]) => shown)
    .map(([, shape]) => ({ colour: PATTERN_KEY_COLOUR, label: PATTERN_KEYS[shape], shape }));
}
