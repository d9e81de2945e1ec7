// GEXF edges as relations: one per edge, or one per spell. Which attributes
// count depends on who wrote the file. In one Faultlines wrote (gexfImport.ts
// tells), the relation's own fields are read back whole: relation_id, type,
// status, mode, once, the exact partial dates, evidence. In any other file a
// "type", "status", "mode" or "once" is that file's own data (Gephi Lite's test
// graph has an edge "type" of its own): used only when it is a built-in type, a
// status, a mode, or once on a dated edge, else left out (a generic relation for
// a type) and the reader says what it left out; the exact partial dates are not
// read. Evidence is read from any file, as the export writes it.

import type { ProblemList } from '../model/problems';
import { BUILTIN_TYPES, GENERIC_TYPE } from '../model/relationTypes';
import { ONGOING_LITERAL } from '../model/dates';
import { MODES, STATUSES, type Evidence, type Relation } from '../model/types';
import { gexfSpan, type SpanRead } from './gexfDates';
import type { GexfEdge } from './gexfElements';
import type { UniqueIds } from './graphFileProblems';

/** Edge attributes read only from a Faultlines file (precision is derived from start_text, never read). */
const FAULTLINES_ONLY = ['start_text', 'end_text'] as const;

const BUILTIN_IDS = new Set(BUILTIN_TYPES.map((t) => t.id));
const STATUS_SET = new Set<string>(STATUSES);
const MODE_SET = new Set<string>(MODES);

/** A once attribute: GEXF's boolean (xsd: true, false, 1, 0); undefined when it is none of these. */
function booleanOf(text: string): boolean | undefined {
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  return undefined;
}

export interface EdgeReading {
  name: string;
  /** the file is one Faultlines wrote: its relation fields are read back */
  faultlines: boolean;
  /** the graph's time format gives calendar dates */
  datesUsable: boolean;
  errors: ProblemList;
  warnings: ProblemList;
  ids: UniqueIds;
}

/** What the reader says once for all edges rather than per edge. */
export class EdgeTally {
  untyped = 0;
  undated = 0;
  unusableDates = 0;
  unsourced = 0;
  /** per attribute of a foreign file left out (a type or status of its own, start_text...): how many, the first */
  readonly foreign = new Map<string, { count: number; first: string; place: string }>();

  leftOut(key: string, value: string, place: string): void {
    const seen = this.foreign.get(key);
    if (seen) seen.count++;
    else this.foreign.set(key, { count: 1, first: value, place });
  }
}

export function describeElement(tag: string, e: { id?: string; line: number }): string {
  return `line ${e.line}, ${e.id === undefined ? `<${tag}>` : `<${tag} id="${e.id}">`}`;
}

type EvidenceRead = { ok: true; evidence: Evidence[] } | { ok: false; message: string };

/** The evidence attribute: the JSON list of objects the export writes; the validator checks each item's fields. */
function readEvidence(text: string): EvidenceRead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the evidence attribute is not JSON: expected the list the GEXF export writes' };
  }
  if (!Array.isArray(parsed))
    return {
      ok: false,
      message: 'the evidence attribute is not a JSON list: expected the list the GEXF export writes',
    };
  const bad = parsed.findIndex((x) => typeof x !== 'object' || x === null || Array.isArray(x));
  if (bad >= 0)
    return {
      ok: false,
      message: `item ${bad + 1} of the evidence attribute is ${JSON.stringify(parsed[bad])}: expected an evidence item (a JSON object with its source and stance)`,
    };
  return { ok: true, evidence: parsed as Evidence[] };
}

/** The edge's intervals: the exact partial dates a Faultlines file wrote, else its start/end, else each spell. */
type Span = { start?: string; end?: string };

function intervals(
  e: GexfEdge,
  v: ReadonlyMap<string, string>,
  r: EdgeReading,
  tally: EdgeTally,
  place: string,
): Span[] {
  const startText = r.faultlines ? v.get('start_text') : undefined;
  if (startText) return [{ start: startText, end: v.get('end_text') || undefined }];
  const dated = e.start || e.end || e.spells?.length;
  if (dated && !r.datesUsable) {
    tally.unusableDates++;
    return [{}];
  }
  const reads: SpanRead[] = [];
  if (e.start || e.end)
    reads.push(
      gexfSpan(
        { attribute: `attribute "${e.startName}"`, text: e.start },
        { attribute: `attribute "${e.endName}"`, text: e.end },
      ),
    );
  else
    e.spells?.forEach((a, k) => {
      const [s, t] = [a.start ? 'start' : 'startopen', a.end ? 'end' : 'endopen'];
      reads.push(
        gexfSpan(
          { attribute: `<spell> ${k + 1}, attribute "${s}"`, text: a[s] },
          { attribute: `<spell> ${k + 1}, attribute "${t}"`, text: a[t] },
        ),
      );
    });
  const refused = reads.find((x) => !x.ok);
  if (refused && !refused.ok) {
    r.warnings.add([], `${refused.message}: loaded as undated`, place);
    return [{}];
  }
  const spans = reads.flatMap((x) => (x.ok && x.start ? [{ start: x.start, end: x.end }] : []));
  if (spans.length === 0) {
    tally.undated++;
    return [{}];
  }
  return spans;
}

/** The relations of one edge (none if it cannot be read: the error is added), its ends known to be set. */
export function edgeRelations(
  e: GexfEdge & { source: string; target: string },
  k: number,
  v: ReadonlyMap<string, string>,
  r: EdgeReading,
  tally: EdgeTally,
): Relation[] {
  const place = `${r.name}, ${describeElement('edge', e)}`;
  /** a foreign file's value, if `usable`; else left out and tallied */
  const foreign = (key: string, usable: (x: string) => boolean) => {
    const x = v.get(key);
    if (r.faultlines || !x || usable(x)) return x;
    tally.leftOut(key, x, place);
    return undefined;
  };
  if (!r.faultlines) for (const key of FAULTLINES_ONLY) foreign(key, () => false);
  const type = foreign('type', (x) => BUILTIN_IDS.has(x));
  const base: Relation = {
    id: (r.faultlines && v.get('relation_id')) || e.id || `edge-${k}`,
    source: e.source,
    target: e.target,
    type: type || GENERIC_TYPE,
  };
  if (!type) tally.untyped++;
  const status = foreign('status', (x) => STATUS_SET.has(x));
  if (status) base.status = status as Relation['status'];
  const mode = foreign('mode', (x) => MODE_SET.has(x));
  if (mode) base.mode = mode as Relation['mode'];
  const onceText = v.get('once');
  const once = onceText === undefined || onceText === '' ? undefined : booleanOf(onceText);
  if (onceText && once === undefined) {
    if (r.faultlines)
      r.errors.add([], `the once attribute is "${onceText.slice(0, 40)}": expected true or false`, place);
    else tally.leftOut('once', onceText, place);
  }
  for (const field of ['location', 'note'] as const) {
    const text = v.get(field);
    // a Faultlines file's text is read exactly, an empty one included
    if (text !== undefined && (text || r.faultlines)) base[field] = text;
  }
  const evidenceText = v.get('evidence');
  if (evidenceText !== undefined) {
    const read = readEvidence(evidenceText);
    if (read.ok) base.evidence = read.evidence;
    else r.errors.add([], read.message, place);
  }
  if (!base.evidence?.length) tally.unsourced++;

  const spans = intervals(e, v, r, tally, place);
  return spans.map((span, s) => {
    const rel: Relation = { ...base, id: r.ids.take(spans.length > 1 ? `${base.id}#${s + 1}` : base.id) };
    if (span.start) rel.start = span.start;
    // another tool's point in time (start = end) is an event; a Faultlines file's end is read as written
    if (span.start && span.end && (span.end !== span.start || r.faultlines)) rel.end = span.end;
    if (once !== undefined) {
      // another tool's one-off event needs dates that hold it: else the flag would refuse the file
      if (r.faultlines || !once || (rel.start !== undefined && rel.end !== ONGOING_LITERAL)) rel.once = once;
      else tally.leftOut('once', onceText!, place);
    }
    return rel;
  });
}
