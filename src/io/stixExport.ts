// A dataset as a STIX 2.1 bundle that CTI platforms (OpenCTI, MISP, the stix2
// library) load and that stixImport.ts reads back to the same dataset: actors,
// relations, dates, status, mode, once, location, note, evidence (its stance, source, quote,
// by, speaker, credibility 1-5), sources, relation types and meta.
//
// - Ids are UUIDv5 (RFC 4122, SHA-1) in the namespace STIX_NAMESPACE of the
//   JSON text of [what, id]: the same actor, relation or evidence item gets the
//   same STIX id in every export, so a platform updates the objects it has.
//   created and modified are meta.updated (its first day), else 1970-01-01, so
//   the same dataset always gives the same text.
// - Actors: armed-group → threat-actor; person → identity "individual"; state
//   and state-institution → identity "organization" in the sector
//   "government-national"; umbrella → identity "group"; organisation, alliance,
//   political → identity "organization". x_faultlines_kind keeps the kind. A
//   country is a location object (country) and a located-at relationship.
//   Aliases: threat-actor's aliases, an identity's x_opencti_aliases (STIX
//   gives identities none; OpenCTI reads these).
// - Relations → relationship objects, relationship_type the type id where STIX
//   allows it (a-z, 0-9, "-"), else "related-to"; x_faultlines_type keeps it.
//   start_time and stop_time span the relation's days (an event: its start's
//   period; "ongoing": no stop_time; a one-off event, its whole window),
//   x_faultlines_start and _end keep the partial dates, x_faultlines_status,
//   _mode and _once (a boolean) the fields STIX has no place for; note →
//   description.
// - Evidence: a supporting item with only a source and a quote → an external
//   reference (source_name = the source's title, external_id = its id, url,
//   description = the quote); any other item (disputing, or with by, speaker or
//   credibility) → an opinion on the relationship (disagree or agree,
//   explanation = quote, authors = [speaker], created_by_ref = the speaking
//   actor's identity, confidence from credibility, the source as its external
//   reference).
// - A report named after the dataset refers to every object and carries the
//   sources and relation types (x_faultlines_sources, _relation_types).
//
// Left out: actors' colours, sizes and positions; stories; credibility 6
// ("cannot be judged", no confidence); the order of a relation's evidence
// (external references first, then opinions).

import { firstDay, formatDay, lastDay, ONGOING_LITERAL, parsePartialDate } from '../model/dates';
import type { Actor, Dataset, Evidence, Relation } from '../model/types';
import { confidenceOf } from './stixImport';

/** Namespace of the UUIDv5 ids this export writes. */
export const STIX_NAMESPACE = '5f0e7c1a-9d3b-4e8f-a2c6-3b71d4e0f9a8';

type Obj = Record<string, unknown>;

// ---- UUIDv5 ----

/** UTF-8 bytes of a string with no lone surrogates (a JSON text always qualifies). */
function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** SHA-1 (FIPS 180-4) of bytes: only for UUIDv5, not for security. */
export function sha1(bytes: readonly number[]): number[] {
  const length = bytes.length;
  const padded = [...bytes, 0x80];
  while (padded.length % 64 !== 56) padded.push(0);
  const bits = length * 8;
  for (let k = 7; k >= 0; k--) padded.push(k >= 4 ? Math.floor(bits / 2 ** (8 * k)) & 255 : (bits >>> (8 * k)) & 255);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Array<number>(80);
  for (let i = 0; i < padded.length; i += 64) {
    for (let t = 0; t < 16; t++)
      w[t] =
        (padded[i + 4 * t] << 24) |
        (padded[i + 4 * t + 1] << 16) |
        (padded[i + 4 * t + 2] << 8) |
        padded[i + 4 * t + 3];
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
      w[t] = (x << 1) | (x >>> 31);
    }
    let [a, b, c, d, e] = h;
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + b) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
  }
  return h.flatMap((x) => [(x >>> 24) & 255, (x >>> 16) & 255, (x >>> 8) & 255, x & 255]);
}

const NAMESPACE_BYTES = STIX_NAMESPACE.replace(/-/g, '')
  .match(/../g)!
  .map((x) => parseInt(x, 16));

/** The UUIDv5 of a name in a namespace (RFC 4122, section 4.3). */
export function uuidV5(name: string, namespace: readonly number[] = NAMESPACE_BYTES): string {
  const b = sha1([...namespace, ...utf8(name)]).slice(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A STIX id for one thing of the dataset: JSON text keeps every id (lone surrogates too) distinct. */
function stixId(type: string, ...key: (string | number)[]): string {
  return `${type}--${uuidV5(JSON.stringify(key))}`;
}

// ---- objects ----

const RELATIONSHIP_TYPE = /^[a-z0-9-]{3,250}$/;

function timestamp(date: string | undefined, end: 'first' | 'last'): string | undefined {
  if (date === undefined) return undefined;
  const p = parsePartialDate(date);
  if (!p.ok) return undefined;
  const day = formatDay(end === 'first' ? firstDay(p.date) : lastDay(p.date));
  return `${day}T${end === 'first' ? '00:00:00.000' : '23:59:59.999'}Z`;
}

function actorObject(a: Actor, common: Obj): Obj {
  const threat = a.kind === 'armed-group';
  const type = threat ? 'threat-actor' : 'identity';
  const o: Obj = { type, spec_version: '2.1', id: stixId(type, 'actor', a.id), ...common, name: a.label };
  if (a.description !== undefined) o.description = a.description;
  if (!threat) {
    o.identity_class = a.kind === 'person' ? 'individual' : a.kind === 'umbrella' ? 'group' : 'organization';
    if (a.kind === 'state' || a.kind === 'state-institution') o.sectors = ['government-national'];
  }
  if (a.aliases !== undefined) o[threat ? 'aliases' : 'x_opencti_aliases'] = [...a.aliases];
  o.x_faultlines_id = a.id;
  o.x_faultlines_kind = a.kind;
  if (a.short !== undefined) o.x_faultlines_short = a.short;
  return o;
}

/** Whether an evidence item is only a source supporting with words: an external reference holds it whole. */
function plain(x: Evidence): boolean {
  return x.stance === 'supports' && x.by === undefined && x.speaker === undefined && x.credibility === undefined;
}

export function datasetToStix(d: Dataset): string {
  const created = timestamp(d.meta.updated, 'first') ?? '1970-01-01T00:00:00.000Z';
  const common = { created, modified: created };
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const reference = (x: Evidence, withQuote: boolean): Obj => {
    const s = sources.get(x.source);
    const ref: Obj = { source_name: s?.title ?? x.source };
    if (withQuote && x.quote !== undefined) ref.description = x.quote;
    if (s?.url !== undefined) ref.url = s.url;
    ref.external_id = x.source;
    return ref;
  };

  const actorObjects = new Map<string, Obj>();
  for (const a of d.actors) actorObjects.set(a.id, actorObject(a, common));
  const refOf = (id: string) => actorObjects.get(id)?.id as string;

  const locations = new Map<string, Obj>();
  const placed: Obj[] = [];
  for (const a of d.actors) {
    if (a.country === undefined) continue;
    let location = locations.get(a.country);
    if (!location) {
      location = {
        type: 'location',
        spec_version: '2.1',
        id: stixId('location', 'country', a.country),
        ...common,
        name: a.country,
        country: a.country,
      };
      locations.set(a.country, location);
    }
    placed.push({
      type: 'relationship',
      spec_version: '2.1',
      id: stixId('relationship', 'located-at', a.id),
      ...common,
      relationship_type: 'located-at',
      source_ref: refOf(a.id),
      target_ref: location.id,
    });
  }

  const relationships: Obj[] = [];
  const opinions: Obj[] = [];
  for (const r of d.relations) {
    const id = stixId('relationship', 'relation', r.id);
    relationships.push(relationshipObject(r, id, common, refOf, reference));
    (r.evidence ?? []).forEach((x, k) => {
      if (plain(x)) return;
      const o: Obj = {
        type: 'opinion',
        spec_version: '2.1',
        id: stixId('opinion', 'evidence', r.id, k),
        ...common,
        opinion: x.stance === 'supports' ? 'agree' : 'disagree',
      };
      if (x.quote !== undefined) o.explanation = x.quote;
      if (x.speaker !== undefined) o.authors = [x.speaker];
      o.object_refs = [id];
      const by = x.by === undefined ? undefined : actorObjects.get(x.by);
      if (by?.type === 'identity') o.created_by_ref = by.id;
      const confidence = x.credibility === undefined ? undefined : confidenceOf(x.credibility);
      if (confidence !== undefined) o.confidence = confidence;
      o.external_references = [reference(x, false)];
      if (x.by !== undefined) o.x_faultlines_by = x.by;
      opinions.push(o);
    });
  }

  const objects = [...actorObjects.values(), ...locations.values(), ...placed, ...relationships, ...opinions];
  const report: Obj = {
    type: 'report',
    spec_version: '2.1',
    id: stixId('report', 'dataset'),
    ...common,
    name: d.meta.title,
  };
  if (d.meta.description !== undefined) report.description = d.meta.description;
  report.published = created;
  report.object_refs = objects.map((o) => o.id);
  report.x_faultlines_format = d.format;
  if (d.meta.updated !== undefined) report.x_faultlines_updated = d.meta.updated;
  report.x_faultlines_sources = d.sources;
  if (d.relationTypes !== undefined) report.x_faultlines_relation_types = d.relationTypes;

  // one object a line: half the size of an indented bundle, and a diff still shows what changed
  const head = `{"type":"bundle","id":${JSON.stringify(stixId('bundle', 'dataset', d.meta.title))},"objects":[`;
  return `${head}\n${[report, ...objects].map((o) => JSON.stringify(o)).join(',\n')}\n]}\n`;
}

function relationshipObject(
  r: Relation,
  id: string,
  common: Obj,
  refOf: (actorId: string) => string,
  reference: (x: Evidence, withQuote: boolean) => Obj,
): Obj {
  const o: Obj = {
    type: 'relationship',
    spec_version: '2.1',
    id,
    ...common,
    relationship_type: RELATIONSHIP_TYPE.test(r.type) ? r.type : 'related-to',
    source_ref: refOf(r.source),
    target_ref: refOf(r.target),
  };
  if (r.note !== undefined) o.description = r.note;
  const start = timestamp(r.start, 'first');
  if (start !== undefined) {
    o.start_time = start;
    // an event spans its start's period; a state runs to the end of its end's; "ongoing" has no stop
    const stop = r.end === ONGOING_LITERAL ? undefined : timestamp(r.end ?? r.start, 'last');
    if (stop !== undefined) o.stop_time = stop;
  }
  const refs = (r.evidence ?? []).filter(plain).map((x) => reference(x, true));
  if (refs.length) o.external_references = refs;
  o.x_faultlines_id = r.id;
  o.x_faultlines_type = r.type;
  if (r.start !== undefined) o.x_faultlines_start = r.start;
  if (r.end !== undefined) o.x_faultlines_end = r.end;
  if (r.status !== undefined) o.x_faultlines_status = r.status;
  if (r.mode !== undefined) o.x_faultlines_mode = r.mode;
  if (r.once !== undefined) o.x_faultlines_once = r.once;
  if (r.location !== undefined) o.x_faultlines_location = r.location;
  return o;
}
