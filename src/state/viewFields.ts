// The view, declared once. Each field has its default, its part of a link (keys
// and codec), whether a change to it is continuous (a dragged slider, a moving
// camera: the history entry is replaced) or discrete (a history entry is
// pushed), its group in the store, and what the open data may make of it. The
// store's view state and defaults, the engine's filters, the link codec and the
// history rule are derived from this table; a new field is added here only.

import { MAX_BLOCS } from '../model/blocs';
import type { DayRange } from '../model/dayRangeText';
import { DEFAULT_FILTERS } from '../model/filters';
import { ACTOR_KINDS, STATUSES, type ActorKind, type Status } from '../model/types';
import {
  cameraCodec,
  dayOrNull,
  flag,
  oneOf,
  pathCodec,
  rangePairOrNull,
  record,
  scalar,
  selectionCodec,
  setOf,
  type CodecSpec,
  type FieldCodec,
} from './linkCodecs';

export type DateMode = 'range' | 'asof';
export type Selection = { kind: 'actor'; id: string } | { kind: 'edge'; key: string };
export type FocusHops = 0 | 1 | 2;
/** The camera: centre in graph coordinates and zoom ratio. */
export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}
export type ColourBy = 'kind' | 'bloc' | 'community';
export type SizeBy = 'degree' | 'betweenness' | 'cooperative' | 'hostile';
export interface AnalysisSettings {
  /** number of blocs, 2 to MAX_BLOCS */
  k: number;
  /** weight factor of claimed-only relations, 0 to 1 */
  claimed: number;
  /** weight factor of denied and disputed relations, 0 to 1 */
  contested: number;
  /** weight factor of relations that are not acts (intentions, offers, threats, conditional statements), 0 to 1 */
  unacted: number;
  colourBy: ColourBy;
  sizeBy: SizeBy;
}
export interface PathQuery {
  from: string | null;
  to: string | null;
  /** "chain of support": cooperative ties only */
  cooperativeOnly: boolean;
}
/** Two periods to compare (a single day is a range of one day). */
export interface CompareQuery {
  a: DayRange;
  b: DayRange;
}

export const CLAIMED_WEIGHTS = [0, 0.25, 0.5, 0.75, 1];
export const COLOUR_BY: readonly ColourBy[] = ['kind', 'bloc', 'community'];
export const SIZE_BY: readonly SizeBy[] = ['degree', 'betweenness', 'cooperative', 'hostile'];
const BLOC_COUNTS = Array.from({ length: MAX_BLOCS - 1 }, (_, k) => k + 2);

/** What the open dataset has, for cleaning a link against it. */
export interface DataFacts {
  readonly fingerprint: string;
  hasType(id: string): boolean;
  hasActor(id: string): boolean;
  hasEdge(key: string): boolean;
}

/** Where a field lives in the store: each group is one slice's view state. */
export type FieldGroup = 'filters' | 'selection' | 'frame' | 'analysis';

export interface ViewField<T, G extends FieldGroup = FieldGroup> {
  readonly group: G;
  readonly default: T;
  readonly codec: FieldCodec<T>;
  /** true: changes replace the history entry (a dragged slider, the camera); false: they push one */
  readonly continuous: boolean;
  readonly equals: (a: T, b: T) => boolean;
  /** Drops what the open data lacks, naming each in `notice`. */
  readonly clean?: (value: T, data: DataFacts, notice: (text: string) => void) => T;
}

function field<T, G extends FieldGroup>(spec: {
  group: G;
  default: T;
  codec: CodecSpec<T>;
  continuous?: boolean;
  equals?: (a: T, b: T) => boolean;
  clean?: (value: T, data: DataFacts, notice: (text: string) => void) => T;
}): ViewField<T, G> {
  const equals = spec.equals ?? Object.is;
  return {
    group: spec.group,
    default: spec.default,
    codec: spec.codec(spec.default, equals),
    continuous: spec.continuous ?? false,
    equals,
    clean: spec.clean,
  };
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Plain data (numbers, strings, nested objects) compared by content. */
function sameData<T>(a: T, b: T): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Drops the ids the data does not have, naming each. */
function cleanIds(ids: ReadonlySet<string>, has: (id: string) => boolean, notice: (t: string) => void, what: string) {
  const kept = [...ids].filter(
    (id) => has(id) || (notice(`ignored the ${what} "${id}": this dataset has no such ${what}`), false),
  );
  return new Set(kept);
}

/** The fields of the view, in the order a link writes them. */
export const VIEW_FIELDS = {
  dateMode: field<DateMode, 'filters'>({ group: 'filters', default: 'range', codec: oneOf('mode', ['range', 'asof']) }),
  from: field({ group: 'filters', default: DEFAULT_FILTERS.from, codec: dayOrNull('from'), continuous: true }),
  to: field({ group: 'filters', default: DEFAULT_FILTERS.to, codec: dayOrNull('to'), continuous: true }),
  /** the day of "as of" mode; null: the last day of the data */
  asOf: field({ group: 'filters', default: null as number | null, codec: dayOrNull('asof'), continuous: true }),
  includeUndated: field({ group: 'filters', default: DEFAULT_FILTERS.includeUndated, codec: flag('undated') }),
  showIsolated: field({ group: 'filters', default: DEFAULT_FILTERS.showIsolated, codec: flag('isolated') }),
  hiddenTypes: field({
    group: 'filters',
    default: DEFAULT_FILTERS.hiddenTypes,
    codec: setOf<string>('types'),
    equals: sameSet,
    clean: (types, data, notice) => cleanIds(types, (t) => data.hasType(t), notice, 'type'),
  }),
  hiddenKinds: field({
    group: 'filters',
    default: DEFAULT_FILTERS.hiddenKinds,
    codec: setOf<ActorKind>('kinds', ACTOR_KINDS),
    equals: sameSet,
  }),
  hiddenStatuses: field({
    group: 'filters',
    default: DEFAULT_FILTERS.hiddenStatuses,
    codec: setOf<Status>('statuses', STATUSES),
    equals: sameSet,
  }),
  actsOnly: field({ group: 'filters', default: DEFAULT_FILTERS.actsOnly, codec: flag('acts') }),
  minSources: field({
    group: 'filters',
    default: DEFAULT_FILTERS.minSources,
    codec: scalar('sources', String, (raw) => (/^[0-9]$/.test(raw) ? Number(raw) : undefined)),
  }),
  reportedBy: field({ group: 'filters', default: DEFAULT_FILTERS.reportedBy, codec: dayOrNull('reported') }),
  selection: field({
    group: 'selection',
    default: null as Selection | null,
    codec: selectionCodec,
    equals: sameData,
    clean: (selection, data, notice) => {
      if (selection?.kind === 'actor' && !data.hasActor(selection.id)) {
        notice(`ignored the selected actor "${selection.id}": it is not in this dataset`);
        return null;
      }
      if (selection?.kind === 'edge' && !data.hasEdge(selection.key)) {
        notice('ignored the selected line: it is not in this dataset');
        return null;
      }
      return selection;
    },
  }),
  /** 0: the whole graph; 1 or 2: only the selected actor's neighbourhood */
  focusHops: field({ group: 'selection', default: 0 as FocusHops, codec: oneOf<FocusHops>('focus', [1, 2]) }),
  camera: field({
    group: 'frame',
    default: null as CameraView | null,
    codec: cameraCodec,
    continuous: true,
    equals: sameData,
  }),
  /** the app's colours for the actors even where the file brings its own */
  appColours: field({ group: 'frame', default: false, codec: flag('appcolours') }),
  /** embed mode: graph, legend and timeline only */
  embed: field({ group: 'frame', default: false, codec: flag('embed') }),
  analysisOpen: field({ group: 'analysis', default: false, codec: flag('an') }),
  analysisSettings: field<AnalysisSettings, 'analysis'>({
    group: 'analysis',
    default: { k: 2, claimed: 0.5, contested: 0.25, unacted: 0.25, colourBy: 'kind', sizeBy: 'degree' },
    codec: record<AnalysisSettings>({
      k: oneOf('k', BLOC_COUNTS),
      claimed: oneOf('claimed', CLAIMED_WEIGHTS),
      contested: oneOf('contested', CLAIMED_WEIGHTS),
      unacted: oneOf('unacted', CLAIMED_WEIGHTS),
      colourBy: oneOf('colour', COLOUR_BY),
      sizeBy: oneOf('size', SIZE_BY),
    }),
    equals: sameData,
  }),
  pathQuery: field<PathQuery, 'analysis'>({
    group: 'analysis',
    default: { from: null, to: null, cooperativeOnly: false },
    codec: pathCodec,
    equals: sameData,
    clean: (query, data, notice) => {
      const end = (id: string | null) => {
        if (id === null || data.hasActor(id)) return id;
        notice(`ignored the path's end "${id}": it is not in this dataset`);
        return null;
      };
      return { ...query, from: end(query.from), to: end(query.to) };
    },
  }),
  compareQuery: field({
    group: 'analysis',
    default: null as CompareQuery | null,
    codec: rangePairOrNull('cmp'),
    equals: sameData,
  }),
  /** draw the comparison in the graph instead of the current view */
  diffShown: field({ group: 'analysis', default: false, codec: flag('diff') }),
};

type Fields = typeof VIEW_FIELDS;
export type ViewKey = keyof Fields;
type ValueOf<F> = F extends ViewField<infer T, FieldGroup> ? T : never;
/** The whole view: what a link holds and the store mirrors, field by field. */
export type View = { [K in ViewKey]: ValueOf<Fields[K]> };
type KeysOf<G extends FieldGroup> = { [K in ViewKey]: Fields[K]['group'] extends G ? K : never }[ViewKey];
/** The part of the view one group (one slice of the store) holds. */
export type ViewGroup<G extends FieldGroup> = Pick<View, KeysOf<G>>;
export type FilterChoices = ViewGroup<'filters'>;

export const VIEW_KEYS = Object.keys(VIEW_FIELDS) as ViewKey[];

/** The value every field starts with. */
export const VIEW_DEFAULTS = Object.fromEntries(VIEW_KEYS.map((k) => [k, VIEW_FIELDS[k].default])) as View;

/** The fields one group (one slice of the store) holds. */
export function groupKeys<G extends FieldGroup>(group: G): KeysOf<G>[] {
  return VIEW_KEYS.filter((k) => VIEW_FIELDS[k].group === group) as KeysOf<G>[];
}

/** The defaults of one group, for its slice. */
export function groupDefaults<G extends FieldGroup>(group: G): ViewGroup<G> {
  return Object.fromEntries(groupKeys(group).map((k) => [k, VIEW_FIELDS[k].default])) as ViewGroup<G>;
}

/** The view's fields of a state that holds them (the store), and nothing else. */
export function pickView(s: View): View {
  return Object.fromEntries(VIEW_KEYS.map((k) => [k, s[k]])) as View;
}
