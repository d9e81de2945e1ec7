// Rolled-up rows (sql/rollup.sql) as a faultlines/1 dataset, with the ids the
// app's own rollup gives (src/io/eventsDataset.ts): actors and sources by their
// keys, slugged and made unique in the order they first appear; a relation per
// row, its id from its ends, type and period, its note counting its events. A
// file ingested here and the same file opened in the app, rolled up the same
// way, give the same actors, types and relations; the evidence differs only where
// the ingest keeps less of it (--evidence, 10 items a relation by default).

import type { EventEvidence, EventSource } from '../../src/io/eventRecords';
import { KeyedIds, slug } from '../../src/io/eventsDataset';
import { UniqueIds } from '../../src/io/graphFileProblems';
import type { RelationType } from '../../src/model/relationTypes';
import { FORMAT, type Actor, type ActorKind, type Dataset, type Relation, type Source } from '../../src/model/types';
import { FORMATS, type EventFormatSpec, type FormatName } from './formats';

/** Event ids a relation's note names (the app's rollup names as many). */
export const MAX_IDS = 10;
/** Evidence items a rolled-up relation keeps by default: those of its first events. */
export const DEFAULT_MAX_EVIDENCE = 10;

export type Order = bigint | number | string;

export interface RolledEvidence {
  ord: Order;
  sub: Order;
  sources: string | null;
  publishers: string | null;
  quotes: string | null;
  source_url: string | null;
}

/** One row of sql/rollup.sql: a relation, or (with a problem) the events left out for it. */
export interface RolledRow {
  format: string;
  rollup: string;
  problem: string | null;
  first_ord: Order;
  first_sub: Order | null;
  from_key: string | null;
  from_label: string | null;
  from_kind: string | null;
  from_country: string | null;
  to_key: string | null;
  to_label: string | null;
  to_kind: string | null;
  to_country: string | null;
  type: string | null;
  period_start: string | null;
  period_end: string | null;
  events: number | bigint;
  first_day: string | null;
  last_day: string | null;
  event_ids: string | null;
  place_count: number | bigint;
  /** the first three places, in the order the events name them */
  places: string[] | null;
  note: string | null;
  /**
   * The window an event (rollup none) happened in, once, some day not known which: partial dates
   * (window_end NULL: window_start's own period); both NULL: the day itself. Rows written before
   * window_start was a column have window_end alone, the window starting on the day.
   */
  window_start?: string | null;
  window_end: string | null;
  evidence: RolledEvidence[] | null;
  /** the relations and events the rollup read, written or not (the same on every row; NULL: unknown) */
  relations_read: number | bigint | null;
  events_read: number | bigint | null;
}

/** Events left out for one reason, with the ids of the first of them. */
export interface LeftOut {
  reason: string;
  events: number;
  firstIds: string;
}

export interface RolledReport {
  /** events in the relations written */
  events: number;
  /** events that passed the format's checks, written or not */
  eventsRead: number;
  relations: number;
  /** relations left out by --min-events or --top, and their events */
  droppedRelations: number;
  droppedEvents: number;
  /** relations whose evidence was cut to the cap */
  evidenceCut: number;
  /** events the format's checks left out, by reason */
  leftOut: LeftOut[];
  /** how the rows were rolled up (for --format rolled, what they say) */
  rollup?: string;
}

export interface RolledOptions {
  title?: string;
  description?: string;
  /** the file name the description names ("acled.csv"), as the app's does */
  inputName: string;
  maxEvidence: number;
  /** for the description: what --min-events and --top were */
  minEvents?: number;
  top?: number;
}

/** Compares two orders: numbers (or bigints) as numbers, anything else as text. */
export function compareOrder(a: Order | null, b: Order | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a !== 'string' && typeof b !== 'string') return a < b ? -1 : a > b ? 1 : 0;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareItems(a: readonly [Order, Order, number], b: readonly [Order, Order, number]): number {
  return compareOrder(a[0], b[0]) || compareOrder(a[1], b[1]) || a[2] - b[2];
}

const num = (n: number | bigint) => Number(n);
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Builds the dataset from rolled rows given in the order of their first event
 * (first_ord, first_sub): call add() for each, then finish().
 */
export class RolledDatasetBuilder {
  private readonly actorIds = new KeyedIds();
  private readonly relationIds = new UniqueIds();
  private readonly actors: Actor[] = [];
  private readonly relations: Relation[] = [];
  /** each kept relation's evidence, as the events give it, sorted and given source ids in finish() */
  private readonly pending: { relation: Relation; items: { order: [Order, Order, number]; e: EventEvidence }[] }[] = [];
  private format: EventFormatSpec | undefined;
  private rollup: string | undefined;
  private readonly report: RolledReport = {
    events: 0,
    eventsRead: 0,
    relations: 0,
    droppedRelations: 0,
    droppedEvents: 0,
    evidenceCut: 0,
    leftOut: [],
  };
  private lastOrder: [Order, Order | null] | undefined;
  /** what the rollup read: relations and events, written or not */
  private readonly totals: { relations?: number; events?: number } = {};

  constructor(private readonly options: RolledOptions) {}

  private actorOf(key: string, label: string | null, kind: string | null, country: string | null): string {
    const { id, isNew } = this.actorIds.idOf(key);
    if (isNew)
      this.actors.push({
        id,
        label: label ?? key,
        kind: (kind ?? 'organisation') as ActorKind,
        ...(country && { country }),
      });
    return id;
  }

  add(row: RolledRow): void {
    const format = FORMATS[row.format as FormatName];
    if (!format) throw new Error(`a rolled row of format "${row.format}": expected acled, ucdp or gdelt`);
    if (this.format && this.format !== format)
      throw new Error(`rolled rows of two formats, ${this.format.name} and ${format.name}: ingest them apart`);
    if (this.rollup !== undefined && this.rollup !== row.rollup)
      throw new Error(`rolled rows of two rollups, ${this.rollup} and ${row.rollup}: ingest them apart`);
    this.format = format;
    this.rollup = row.rollup;
    const events = num(row.events);
    if (row.problem !== null) {
      this.report.leftOut.push({ reason: row.problem, events, firstIds: row.event_ids ?? '' });
      return;
    }
    const order: [Order, Order | null] = [row.first_ord, row.first_sub];
    if (this.lastOrder && (compareOrder(order[0], this.lastOrder[0]) || compareOrder(order[1], this.lastOrder[1])) < 0)
      throw new Error('rolled rows out of order: they must come sorted by first_ord, first_sub');
    this.lastOrder = order;
    if (row.relations_read !== null && row.relations_read !== undefined)
      this.totals.relations = num(row.relations_read);
    if (row.events_read !== null && row.events_read !== undefined) this.totals.events = num(row.events_read);
    if (row.from_key === null || row.to_key === null || row.type === null || row.period_start === null)
      throw new Error(`a rolled row without from_key, to_key, type or period_start (first event ${row.event_ids})`);
    this.report.events += events;
    this.report.relations++;
    const source = this.actorOf(row.from_key, row.from_label, row.from_kind, row.from_country);
    const target = this.actorOf(row.to_key, row.to_label, row.to_kind, row.to_country);
    const perEvent = row.rollup === 'none';

    // evidence: each event's items, in order, up to the cap
    const items: { order: [Order, Order, number]; e: EventEvidence }[] = [];
    const kept = [...(row.evidence ?? [])].sort((a, b) => compareOrder(a.ord, b.ord) || compareOrder(a.sub, b.sub));
    for (const ev of kept) {
      format.evidence(ev).forEach((e, i) => items.push({ order: [ev.ord, ev.sub, i], e }));
    }
    const cut = items.length > this.options.maxEvidence || (!perEvent && events > kept.length && kept.length > 0);
    if (cut) this.report.evidenceCut++;
    items.length = Math.min(items.length, this.options.maxEvidence);

    const places = (row.places ?? []).slice(0, 3);
    const placeCount = num(row.place_count);
    const location =
      places.length === 0
        ? undefined
        : placeCount <= 3
          ? places.join('; ')
          : `${places.join('; ')} and ${placeCount - 3} more`;
    let relation: Relation;
    if (perEvent) {
      const note = [row.note, cut ? `evidence of the first ${this.options.maxEvidence} kept` : '']
        .filter(Boolean)
        .join('; ');
      // an event known only within a window is a one-off event in it, as eventsToDataset makes it
      const windowed = Boolean(row.window_start || row.window_end);
      relation = {
        id: this.relationIds.take(slug(`${row.event_ids}`)),
        source,
        target,
        type: row.type,
        start: (windowed && row.window_start) || row.period_start,
        ...(windowed && row.window_end && { end: row.window_end }),
        ...(windowed && { once: true }),
        ...(location && { location }),
        ...(note && { note }),
      };
    } else {
      const shown = Math.min(events, MAX_IDS);
      const note = [
        `${events} event${events === 1 ? '' : 's'} (${row.event_ids ?? ''}${events > shown ? ', …' : ''})`,
        cut ? `evidence of the first ${this.options.maxEvidence} kept` : '',
      ]
        .filter(Boolean)
        .join('; ');
      relation = {
        id: this.relationIds.take(slug(`${source}-${row.type}-${target}-${row.period_start}`)),
        source,
        target,
        type: row.type,
        start: row.period_start,
        ...(row.period_end && { end: row.period_end }),
        ...(location && { location }),
        note,
      };
    }
    this.relations.push(relation);
    this.pending.push({ relation, items });
  }

  finish(): { dataset: Dataset; report: RolledReport } {
    const report = this.report;
    report.rollup = this.rollup;
    report.eventsRead = this.totals.events ?? report.events;
    report.droppedRelations = (this.totals.relations ?? report.relations) - report.relations;
    report.droppedEvents = report.eventsRead - report.events;
    // sources get their ids in the order the events first cite them, as the app's rollup gives
    // them: each source's first citation, then the sources sorted by it
    const firsts = new Map<string, { order: [Order, Order, number]; source: EventSource }>();
    for (const p of this.pending) {
      for (const item of p.items) {
        const known = firsts.get(item.e.source.key);
        if (!known || compareItems(item.order, known.order) < 0)
          firsts.set(item.e.source.key, { order: item.order, source: item.e.source });
      }
    }
    const sourceIds = new KeyedIds();
    const idOfKey = new Map<string, string>();
    const sources: Source[] = [];
    for (const { source: s } of [...firsts.values()].sort((a, b) => compareItems(a.order, b.order))) {
      const { id } = sourceIds.idOf(s.key);
      idOfKey.set(s.key, id);
      sources.push({
        id,
        title: s.title,
        ...(s.publisher && { publisher: s.publisher }),
        ...(s.url && { url: s.url }),
      });
    }
    for (const p of this.pending) {
      if (p.items.length === 0) continue;
      p.relation.evidence = p.items.map(({ e }) => ({
        source: idOfKey.get(e.source.key) as string,
        stance: 'supports',
        ...(e.quote && { quote: e.quote }),
      }));
    }

    const format = this.format;
    const { inputName } = this.options;
    const rollup = this.rollup ?? 'none';
    const leftOutByOptions =
      this.report.droppedRelations > 0
        ? ` Left out: ${plural(this.report.droppedRelations, 'relation')} (${plural(this.report.droppedEvents, 'event')})${this.options.minEvents && this.options.minEvents > 1 ? ` of fewer than ${this.options.minEvents} events` : ''}${this.options.top !== undefined ? `${this.options.minEvents && this.options.minEvents > 1 ? ' or' : ''} beyond the ${this.options.top.toLocaleString('en')} with the most events` : ''}.`
        : '';
    const description =
      this.options.description ??
      `${this.report.eventsRead} ${format?.label ?? ''} events from ${inputName}${rollup === 'none' ? '' : `, rolled up by ${rollup}`}.${leftOutByOptions}`;
    const dataset: Dataset = {
      format: FORMAT,
      meta: { title: this.options.title ?? inputName.replace(/\.[^.]*$/, ''), description },
      sources,
      actors: this.actors,
      relations: this.relations,
    };
    const declared: readonly RelationType[] = format?.types ?? [];
    if (declared.length) {
      const used = new Set(this.relations.map((r) => r.type));
      const types = declared.filter((t) => used.has(t.id));
      if (types.length) dataset.relationTypes = types;
    }
    return { dataset, report: this.report };
  }
}
