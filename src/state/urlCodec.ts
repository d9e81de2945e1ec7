// The view in the URL hash: a pure codec, so that a link reproduces exactly what
// the sender saw. Short keys, defaults omitted, lists comma-separated with each
// item URI-encoded. Decoding never throws: unknown or invalid parts are dropped,
// each named in a notice.

import { MAX_BLOCS } from '../model/blocs';
import { firstDay, formatDay, parsePartialDate } from '../model/dates';
import { parseDayRange, type DayRange } from '../model/dayRangeText';
import { ACTOR_KINDS, STATUSES, type ActorKind, type Status } from '../model/types';
import type { ColourBy, SizeBy } from './analysisSlice';

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

/** The analysis panel as a link holds it: open, its settings and its questions. */
export interface AnalysisView {
  k: number;
  claimed: number;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  path: { from: string | null; to: string | null; cooperativeOnly: boolean } | null;
  compare: { a: DayRange; b: DayRange } | null;
  diffShown: boolean;
}

export const DEFAULT_ANALYSIS_VIEW: AnalysisView = {
  k: 2,
  claimed: 0.5,
  colourBy: 'kind',
  sizeBy: 'degree',
  path: null,
  compare: null,
  diffShown: false,
};

export const CLAIMED_WEIGHTS = [0, 0.25, 0.5, 0.75, 1];
const COLOUR_BY: readonly ColourBy[] = ['kind', 'bloc', 'community'];
const SIZE_BY: readonly SizeBy[] = ['degree', 'betweenness', 'cooperative', 'hostile'];
const ANALYSIS_KEYS = ['k', 'claimed', 'colour', 'size', 'path', 'chain', 'cmp', 'diff'];

export interface UrlView {
  /** dataset loaded from a URL */
  data?: string;
  /** short fingerprint of the dataset the link was made on */
  fingerprint?: string;
  dateMode: 'range' | 'asof';
  from: number | null;
  to: number | null;
  asOf: number | null;
  includeUndated: boolean;
  showIsolated: boolean;
  hiddenTypes: string[];
  hiddenKinds: ActorKind[];
  hiddenStatuses: Status[];
  minSources: number;
  reportedBy: number | null;
  selection: { kind: 'actor'; id: string } | { kind: 'edge'; key: string } | null;
  focusHops: 0 | 1 | 2;
  camera: CameraView | null;
  embed: boolean;
  /** the analysis panel, when open */
  analysis: AnalysisView | null;
}

export const DEFAULT_VIEW: UrlView = {
  dateMode: 'range',
  from: null,
  to: null,
  asOf: null,
  includeUndated: true,
  showIsolated: false,
  hiddenTypes: [],
  hiddenKinds: [],
  hiddenStatuses: [],
  minSources: 0,
  reportedBy: null,
  selection: null,
  focusHops: 0,
  camera: null,
  embed: false,
  analysis: null,
};

const list = (items: readonly string[]) => items.map(encodeURIComponent).join(',');

/** The hash (without "#") for a view; defaults are left out. */
export function encodeView(v: UrlView): string {
  const parts: string[] = [];
  const put = (key: string, value: string) => parts.push(`${key}=${value}`);
  if (v.data !== undefined) put('data', encodeURIComponent(v.data));
  if (v.fingerprint !== undefined) put('fp', encodeURIComponent(v.fingerprint));
  if (v.dateMode === 'asof') put('mode', 'asof');
  if (v.from !== null) put('from', formatDay(v.from));
  if (v.to !== null) put('to', formatDay(v.to));
  if (v.asOf !== null) put('asof', formatDay(v.asOf));
  if (!v.includeUndated) put('undated', '0');
  if (v.showIsolated) put('isolated', '1');
  if (v.hiddenTypes.length) put('types', list(v.hiddenTypes));
  if (v.hiddenKinds.length) put('kinds', list(v.hiddenKinds));
  if (v.hiddenStatuses.length) put('statuses', list(v.hiddenStatuses));
  if (v.minSources !== 0) put('sources', String(v.minSources));
  if (v.reportedBy !== null) put('reported', formatDay(v.reportedBy));
  if (v.selection?.kind === 'actor') put('actor', encodeURIComponent(v.selection.id));
  if (v.selection?.kind === 'edge') put('edge', encodeURIComponent(v.selection.key));
  if (v.focusHops !== 0) put('focus', String(v.focusHops));
  // String() is the shortest text that reads back to the same double (-0 aside)
  if (v.camera)
    put('cam', [v.camera.x, v.camera.y, v.camera.ratio].map((n) => (Object.is(n, -0) ? '-0' : String(n))).join(','));
  if (v.embed) put('embed', '1');
  if (v.analysis) encodeAnalysis(v.analysis, put);
  return parts.join('&');
}

function encodeAnalysis(a: AnalysisView, put: (key: string, value: string) => void): void {
  const d = DEFAULT_ANALYSIS_VIEW;
  put('an', '1');
  if (a.k !== d.k) put('k', String(a.k));
  if (a.claimed !== d.claimed) put('claimed', String(a.claimed));
  if (a.colourBy !== d.colourBy) put('colour', a.colourBy);
  if (a.sizeBy !== d.sizeBy) put('size', a.sizeBy);
  if (a.path) {
    put('path', [a.path.from ?? '', a.path.to ?? ''].map(encodeURIComponent).join(','));
    if (a.path.cooperativeOnly) put('chain', '1');
  }
  if (a.compare) {
    const range = (r: DayRange) => `${formatDay(r.from)}..${formatDay(r.to)}`;
    put('cmp', `${range(a.compare.a)},${range(a.compare.b)}`);
    if (a.diffShown) put('diff', '1');
  }
}

export interface DecodedView {
  view: UrlView;
  /** what was dropped, each named: "unknown part 'foo'", "invalid date in 'from'" */
  notices: string[];
}

function decodeItem(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function decodeDay(text: string): number | null {
  const r = parsePartialDate(text);
  return r.ok && r.date.precision === 'day' ? firstDay(r.date) : null;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The view a hash describes (with or without its "#"); never throws. */
export function decodeView(hash: string): DecodedView {
  const view: UrlView = { ...DEFAULT_VIEW, hiddenTypes: [], hiddenKinds: [], hiddenStatuses: [] };
  const notices: string[] = [];
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (body === '') return { view, notices };
  const bad = (key: string, value: string) =>
    notices.push(`ignored "${shorten(key)}": "${shorten(value)}" is not valid`);
  const analysis: AnalysisView = { ...DEFAULT_ANALYSIS_VIEW };
  let analysisOpen = false;
  const analysisParts: string[] = [];
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    const items = (allowed?: readonly string[]) => {
      const out: string[] = [];
      for (const item of raw.split(',')) {
        const v = decodeItem(item);
        if (v === null || v === '' || (allowed && !allowed.includes(v))) bad(key, item);
        else out.push(v);
      }
      return out;
    };
    switch (key) {
      case 'data':
      case 'fp': {
        const v = decodeItem(raw);
        if (v === null || v === '') bad(key, raw);
        else if (key === 'data') view.data = v;
        else view.fingerprint = v;
        break;
      }
      case 'mode':
        if (raw === 'asof' || raw === 'range') view.dateMode = raw;
        else bad(key, raw);
        break;
      case 'from':
      case 'to':
      case 'asof':
      case 'reported': {
        const d = decodeDay(raw);
        if (d === null) bad(key, raw);
        else if (key === 'from') view.from = d;
        else if (key === 'to') view.to = d;
        else if (key === 'asof') view.asOf = d;
        else view.reportedBy = d;
        break;
      }
      case 'undated':
      case 'isolated':
      case 'embed':
        if (raw !== '0' && raw !== '1') bad(key, raw);
        else if (key === 'undated') view.includeUndated = raw === '1';
        else if (key === 'isolated') view.showIsolated = raw === '1';
        else view.embed = raw === '1';
        break;
      case 'types':
        view.hiddenTypes = items();
        break;
      case 'kinds':
        view.hiddenKinds = items(ACTOR_KINDS) as ActorKind[];
        break;
      case 'statuses':
        view.hiddenStatuses = items(STATUSES) as Status[];
        break;
      case 'sources':
        if (/^[0-9]$/.test(raw)) view.minSources = Number(raw);
        else bad(key, raw);
        break;
      case 'actor':
      case 'edge': {
        const v = decodeItem(raw);
        if (v === null || v === '') bad(key, raw);
        else view.selection = key === 'actor' ? { kind: 'actor', id: v } : { kind: 'edge', key: v };
        break;
      }
      case 'focus':
        if (raw === '1' || raw === '2') view.focusHops = Number(raw) as 1 | 2;
        else bad(key, raw);
        break;
      case 'cam': {
        const n = raw.split(',').map(Number);
        if (n.length === 3 && n.every((x) => Number.isFinite(x)) && n[2] > 0)
          view.camera = { x: n[0], y: n[1], ratio: n[2] };
        else bad(key, raw);
        break;
      }
      case 'an':
        if (raw === '1') analysisOpen = true;
        else bad(key, raw);
        break;
      default:
        if (!ANALYSIS_KEYS.includes(key)) notices.push(`ignored unknown part "${shorten(key)}"`);
        else if (decodeAnalysisPart(analysis, key, raw)) analysisParts.push(key);
        else bad(key, raw);
    }
  }
  if (analysisOpen) {
    if (analysis.path && !analysisParts.includes('path')) analysis.path = null;
    if (analysisParts.includes('chain') && !analysis.path) notices.push('ignored "chain": no path is asked for');
    if (analysisParts.includes('diff') && !analysis.compare) notices.push('ignored "diff": no comparison is asked for');
    if (!analysis.compare) analysis.diffShown = false;
    view.analysis = analysis;
  } else if (analysisParts.length > 0) {
    notices.push(`ignored ${analysisParts.map((k) => `"${k}"`).join(', ')}: the analysis panel is not open (an=1)`);
  }
  if (view.from !== null && view.to !== null && view.from > view.to) {
    notices.push('ignored "to": it falls before "from"');
    view.to = null;
  }
  if (view.focusHops !== 0 && view.selection?.kind !== 'actor') {
    notices.push('ignored "focus": no actor is selected');
    view.focusHops = 0;
  }
  return { view, notices };
}

/** Reads one analysis part into `a`; false when its value is not valid. */
function decodeAnalysisPart(a: AnalysisView, key: string, raw: string): boolean {
  switch (key) {
    case 'k': {
      const k = Number(raw);
      if (!/^[0-9]$/.test(raw) || k < 2 || k > MAX_BLOCS) return false;
      a.k = k;
      return true;
    }
    case 'claimed': {
      const w = Number(raw);
      if (raw === '' || !CLAIMED_WEIGHTS.includes(w)) return false;
      a.claimed = w;
      return true;
    }
    case 'colour':
      if (!(COLOUR_BY as readonly string[]).includes(raw)) return false;
      a.colourBy = raw as ColourBy;
      return true;
    case 'size':
      if (!(SIZE_BY as readonly string[]).includes(raw)) return false;
      a.sizeBy = raw as SizeBy;
      return true;
    case 'path': {
      const ends = raw.split(',').map(decodeItem);
      if (ends.length !== 2 || ends.some((e) => e === null) || ends.every((e) => e === '')) return false;
      a.path = { from: ends[0] || null, to: ends[1] || null, cooperativeOnly: a.path?.cooperativeOnly ?? false };
      return true;
    }
    case 'chain':
      if (raw !== '1') return false;
      a.path = { ...(a.path ?? { from: null, to: null }), cooperativeOnly: true };
      return true;
    case 'cmp': {
      const ranges = raw.split(',').map(parseDayRange);
      if (ranges.length !== 2 || !ranges[0].ok || !ranges[1].ok) return false;
      a.compare = { a: ranges[0].range, b: ranges[1].range };
      return true;
    }
    case 'diff':
      if (raw !== '1') return false;
      a.diffShown = true;
      return true;
    default:
      return false;
  }
}
