// Events (eventRecords.ts) as a faultlines/1 dataset: parties become actors,
// sources become sources, and each event a dated relation (an event known only
// within a window, a one-off event in it: once, with the window as its dates),
// or, rolled up, one relation per pair of parties, type and period (ISO week,
// month or year: an aggregate over the period, never once) whose evidence is
// its events' and whose note counts them, so a year of events stays drawable.
// Ids are made from the format's keys, unique and stable: the same file opens
// to the same ids.

import { daysFromCivil, formatDay } from '../model/dates';
import { MAX_EVIDENCE_PER_RELATION } from '../model/validate';
import type { RelationType } from '../model/relationTypes';
import { FORMAT, type Actor, type Dataset, type Evidence, type Relation, type Source } from '../model/types';
import type { EventParty, EventRecord, EventSource, Rollup } from './eventRecords';
import { UniqueIds } from './graphFileProblems';

export interface EventsDatasetOptions {
  title: string;
  description?: string;
  rollup: Rollup;
  /** the types the format's table declares beyond the built-in ones */
  relationTypes?: RelationType[];
}

/** An id from a format's key: lower case words joined by "-", at most 80 characters. */
export function slug(key: string): string {
  const s = key
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return s || 'x';
}

/** Ids given once per key, unique among themselves. */
export class KeyedIds {
  private readonly byKey = new Map<string, string>();
  private readonly ids = new UniqueIds();
  idOf(key: string): { id: string; isNew: boolean } {
    const known = this.byKey.get(key);
    if (known !== undefined) return { id: known, isNew: false };
    const id = this.ids.take(slug(key));
    this.byKey.set(key, id);
    return { id, isNew: true };
  }
}

/** The period a day falls in, as the dataset writes it: its start and end (partial dates), and a key. */
export function periodOf(day: string, rollup: Exclude<Rollup, 'none'>): { start: string; end?: string; key: string } {
  if (rollup === 'year') return { start: day.slice(0, 4), key: day.slice(0, 4) };
  if (rollup === 'month') return { start: day.slice(0, 7), key: day.slice(0, 7) };
  // ISO week: Monday to Sunday, written as its two days (day numbers: Date.UTC takes years 0-99 for 1900s)
  const [y, m, d] = day.split('-').map(Number);
  const n = daysFromCivil(y, m, d);
  // day 0 (1970-01-01) was a Thursday: Monday is 3 days before it
  const monday = n - ((((n + 3) % 7) + 7) % 7);
  // the format's calendar ends with 9999: a last week running past it ends there
  const end = Math.min(monday + 6, daysFromCivil(9999, 12, 31));
  return { start: formatDay(monday), end: formatDay(end), key: formatDay(monday) };
}

export function eventsToDataset(events: readonly EventRecord[], options: EventsDatasetOptions): Dataset {
  const actorIds = new KeyedIds();
  const sourceIds = new KeyedIds();
  const actors: Actor[] = [];
  const sources: Source[] = [];
  const actorOf = (p: EventParty) => {
    const { id, isNew } = actorIds.idOf(p.key);
    if (isNew) actors.push({ id, label: p.label, kind: p.kind, ...(p.country && { country: p.country }) });
    return id;
  };
  const sourceOf = (s: EventSource) => {
    const { id, isNew } = sourceIds.idOf(s.key);
    if (isNew) {
      sources.push({
        id,
        title: s.title,
        ...(s.publisher && { publisher: s.publisher }),
        ...(s.url && { url: s.url }),
      });
    }
    return id;
  };
  const evidenceOf = (e: EventRecord): Evidence[] =>
    e.evidence.map((x) => ({ source: sourceOf(x.source), stance: 'supports', ...(x.quote && { quote: x.quote }) }));

  const relations =
    options.rollup === 'none'
      ? eachEvent(events, actorOf, evidenceOf)
      : rolledUp(events, options.rollup, actorOf, evidenceOf);
  const dataset: Dataset = {
    format: FORMAT,
    meta: { title: options.title, ...(options.description && { description: options.description }) },
    sources,
    actors,
    relations,
  };
  if (options.relationTypes?.length) {
    const used = new Set(relations.map((r) => r.type));
    const declared = options.relationTypes.filter((t) => used.has(t.id));
    if (declared.length) dataset.relationTypes = declared;
  }
  return dataset;
}

function eachEvent(
  events: readonly EventRecord[],
  actorOf: (p: EventParty) => string,
  evidenceOf: (e: EventRecord) => Evidence[],
): Relation[] {
  const ids = new UniqueIds();
  return events.map((e) => {
    const evidence = evidenceOf(e);
    return {
      id: ids.take(slug(`${e.eventId}`)),
      source: actorOf(e.from),
      target: actorOf(e.to),
      type: e.type,
      // an event known only within a window is a one-off event in it
      ...(e.window
        ? { start: e.window.start, ...(e.window.end && { end: e.window.end }), once: true }
        : { start: e.day }),
      ...(e.location && { location: e.location }),
      ...(e.note && { note: e.note }),
      ...(evidence.length && { evidence }),
    };
  });
}

function rolledUp(
  events: readonly EventRecord[],
  rollup: Exclude<Rollup, 'none'>,
  actorOf: (p: EventParty) => string,
  evidenceOf: (e: EventRecord) => Evidence[],
): Relation[] {
  interface Group {
    relation: Relation;
    count: number;
    places: Set<string>;
    evidence: Evidence[];
    firstIds: string[];
  }
  const groups = new Map<string, Group>();
  const ids = new UniqueIds();
  for (const e of events) {
    const source = actorOf(e.from);
    const target = actorOf(e.to);
    const period = periodOf(e.day, rollup);
    const key = JSON.stringify([source, target, e.type, period.key]);
    let g = groups.get(key);
    if (!g) {
      g = {
        relation: {
          id: ids.take(slug(`${source}-${e.type}-${target}-${period.key}`)),
          source,
          target,
          type: e.type,
          start: period.start,
          ...(period.end && { end: period.end }),
        },
        count: 0,
        places: new Set(),
        evidence: [],
        firstIds: [],
      };
      groups.set(key, g);
    }
    g.count++;
    if (e.location) g.places.add(e.location);
    if (g.firstIds.length < 10) g.firstIds.push(e.eventId);
    // the evidence of every event, up to the format's limit per relation (the rest are counted)
    for (const x of evidenceOf(e)) if (g.evidence.length < MAX_EVIDENCE_PER_RELATION) g.evidence.push(x);
  }
  return [...groups.values()].map((g) => {
    const places = [...g.places];
    const note = [
      `${g.count} event${g.count === 1 ? '' : 's'} (${g.firstIds.join(', ')}${g.count > g.firstIds.length ? ', …' : ''})`,
      g.evidence.length >= MAX_EVIDENCE_PER_RELATION ? `evidence of the first ${MAX_EVIDENCE_PER_RELATION} kept` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return {
      ...g.relation,
      ...(places.length && {
        location:
          places.length <= 3 ? places.join('; ') : `${places.slice(0, 3).join('; ')} and ${places.length - 3} more`,
      }),
      note,
      ...(g.evidence.length && { evidence: g.evidence }),
    };
  });
}
