// A dataset as FollowTheMoney entities, one JSON object a line, that Aleph and
// OpenSanctions' tools load and that ftmImport.ts reads back to the same actors
// (id, label, kind, aliases, short, country, description), relations (id, ends,
// type, start, end), relation types and sources.
//
// - The first line is the dataset entity (FTM_MARKER_ID): a Document whose
//   generator is "Faultlines", with the title, description and date (meta.updated)
//   and each declared relation type as JSON in its notes. Its presence is how the
//   reader knows the file is one of ours.
// - Actors: person → Person; state and state-institution → PublicBody; the other
//   kinds → Organization (Company where an Ownership owns it: FtM owns only
//   assets). A kind the schema does not give back is kept as a keyword
//   "faultlines:kind=<kind>". label → name, aliases → alias, short → weakAlias,
//   country → country (lower case, as FtM writes it), description → description.
// - Sources → Documents (title, sourceUrl, publisher, publishedAt).
// - Relations → the FtM link schema of their type where FtM's ranges allow it
//   (member-of → Membership, directs → Directorship, owns → Ownership,
//   associate-of → Associate and family-of → Family between two people,
//   holds-post → Occupancy of a Position named after the target and in it),
//   else UnknownLink with role = the type id. start → startDate, end → endDate;
//   "ongoing" → status "current" (Associate and Family have no status: such a
//   relation is written as an UnknownLink). Supporting evidence → proof (its
//   sources' Documents) and, when there is one item, its quote → summary.
// - Ids: FtM ids hold only letters, digits, "." and "-": each id is written
//   with a prefix per collection (fl-a-, fl-r-, fl-d-, fl-p-) and its other
//   characters escaped (encodeFtmId), and the reader decodes them.
//
// Left out: disputing evidence, quotes of relations with several items, by,
// speaker, credibility; status, mode, once (FtM's Interval has no place for
// them: a one-off event's window reads back as a relation lasting that long),
// location, note; colours, sizes, positions;
// sources' reliability, file and derivedFrom; stories.

import type { Actor, ActorKind, Dataset, Relation } from '../model/types';
import {
  encodeFtmId,
  FTM_ACTOR_KINDS,
  FTM_GENERATOR,
  FTM_KIND_KEYWORD,
  FTM_LINKS,
  FTM_MARKER_ID,
  FTM_PREFIX,
} from './ftmImport';

type Properties = Record<string, string[]>;

interface FtmEntity {
  id: string;
  schema: string;
  properties: Properties;
}

const actorId = (id: string) => encodeFtmId(FTM_PREFIX.actor, id);

/** The FtM schema of a relation: its type's own where FtM's ranges allow the ends, else UnknownLink. */
function schemaOf(r: Relation, kindOf: (id: string) => ActorKind | undefined): string {
  const from = kindOf(r.source);
  const to = kindOf(r.target);
  const people = from === 'person' && to === 'person';
  switch (r.type) {
    case 'member-of':
      return to !== 'person' ? 'Membership' : 'UnknownLink';
    case 'directs':
      return to !== 'person' ? 'Directorship' : 'UnknownLink';
    case 'owns':
      // the asset is written as a Company: a person or a public body cannot be one
      return to !== 'person' && to !== 'state' && to !== 'state-institution' ? 'Ownership' : 'UnknownLink';
    case 'associate-of':
      return people && r.end !== 'ongoing' ? 'Associate' : 'UnknownLink';
    case 'family-of':
      return people && r.end !== 'ongoing' ? 'Family' : 'UnknownLink';
    case 'holds-post':
      return from === 'person' && to !== 'person' ? 'Occupancy' : 'UnknownLink';
    default:
      return 'UnknownLink';
  }
}

function actorSchema(kind: ActorKind, company: boolean): string {
  if (kind === 'person') return 'Person';
  if (kind === 'state' || kind === 'state-institution') return 'PublicBody';
  return company ? 'Company' : 'Organization';
}

function actorEntity(a: Actor, company: boolean): FtmEntity {
  const schema = actorSchema(a.kind, company);
  const properties: Properties = { name: [a.label] };
  if (a.aliases !== undefined) properties.alias = [...a.aliases];
  if (a.short !== undefined) properties.weakAlias = [a.short];
  if (a.country !== undefined) properties.country = [a.country.toLowerCase()];
  if (a.description !== undefined) properties.description = [a.description];
  if (FTM_ACTOR_KINDS.get(schema) !== a.kind) properties.keywords = [`${FTM_KIND_KEYWORD}${a.kind}`];
  return { id: actorId(a.id), schema, properties };
}

export function datasetToFtm(d: Dataset): string {
  const kinds = new Map(d.actors.map((a) => [a.id, a.kind]));
  const labels = new Map(d.actors.map((a) => [a.id, a.label]));
  const schemas = d.relations.map((r) => schemaOf(r, (id) => kinds.get(id)));
  const companies = new Set(d.relations.filter((_, i) => schemas[i] === 'Ownership').map((r) => r.target));

  const entities: FtmEntity[] = [];
  const marker: Properties = { title: [d.meta.title], generator: [FTM_GENERATOR] };
  if (d.meta.description !== undefined) marker.description = [d.meta.description];
  if (d.meta.updated !== undefined) marker.date = [d.meta.updated];
  if (d.relationTypes?.length) marker.notes = d.relationTypes.map((t) => JSON.stringify(t));
  entities.push({ id: FTM_MARKER_ID, schema: 'Document', properties: marker });

  for (const a of d.actors) entities.push(actorEntity(a, companies.has(a.id)));

  for (const s of d.sources) {
    const properties: Properties = { title: [s.title] };
    if (s.url !== undefined) properties.sourceUrl = [s.url];
    if (s.publisher !== undefined) properties.publisher = [s.publisher];
    if (s.published !== undefined) properties.publishedAt = [s.published];
    entities.push({ id: encodeFtmId(FTM_PREFIX.source, s.id), schema: 'Document', properties });
  }

  d.relations.forEach((r, i) => {
    const schema = schemas[i];
    const link = FTM_LINKS.get(schema)!;
    const properties: Properties = { [link.from]: [actorId(r.source)] };
    if (schema === 'Occupancy') {
      // FtM holds a post, not an organisation: a Position in the target, named after it
      const post = encodeFtmId(FTM_PREFIX.post, r.id);
      entities.push({
        id: post,
        schema: 'Position',
        properties: { name: [labels.get(r.target) ?? r.target], organization: [actorId(r.target)] },
      });
      properties[link.to] = [post];
    } else properties[link.to] = [actorId(r.target)];
    if (schema === 'UnknownLink') properties.role = [r.type];
    if (r.start !== undefined) properties.startDate = [r.start];
    if (r.end === 'ongoing') properties.status = ['current'];
    else if (r.end !== undefined) properties.endDate = [r.end];
    const supporting = (r.evidence ?? []).filter((x) => x.stance === 'supports');
    const proof = [...new Set(supporting.map((x) => x.source))];
    if (proof.length) properties.proof = proof.map((s) => encodeFtmId(FTM_PREFIX.source, s));
    if (supporting.length === 1 && supporting[0].quote !== undefined) properties.summary = [supporting[0].quote];
    entities.push({ id: encodeFtmId(FTM_PREFIX.relation, r.id), schema, properties });
  });

  return entities.map((e) => `${JSON.stringify(e)}\n`).join('');
}
