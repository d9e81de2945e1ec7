// FollowTheMoney entities in and out. (1) An OpenSanctions-like sample maps to the
// expected actors, relations, dates and evidence, and what is left out is said
// once. (2) Broken files fail with problems that name the line and property.
// (3) The export is valid FtM (ids, schemas, ranges, references) and reads back
// to the same actors, relations, dates, relation types and sources, for any
// valid dataset (fast-check, FUZZ_RUNS) and for the bundled one. (4) The reader
// never throws on arbitrary or mutated input.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToFtm } from '../../src/io/ftmExport';
import { decodeFtmId, encodeFtmId, ftmDate, FTM_TYPES, isFtmText, readFtmDataset } from '../../src/io/ftmImport';
import { ACTOR_KINDS, type Dataset } from '../../src/model/types';
import type { Validation } from '../../src/model/validate';
import { applyTextEdit, expectSoundReading, replaceInJson, textEdit } from '../support/hostileReads';
import { datasetArbitrary, defined } from '../support/datasetArbitrary';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const fixture = (f: string) => readFileSync(new URL(`../fixtures/ftm/${f}`, import.meta.url), 'utf8');
const SAMPLE = fixture('opensanctions-sample.ftm.json');
const bundled = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8')) as Dataset;

function ok(v: Validation) {
  if (!v.ok) throw new Error(JSON.stringify(v.errors.slice(0, 3)));
  return v;
}
const messages = (v: Validation) => v.warnings.map((w) => w.message);

describe('an OpenSanctions-like FtM file', () => {
  const v = ok(readFtmDataset('opensanctions-sample.ftm.json', SAMPLE));
  const d = v.dataset;
  const actor = (id: string) => d.actors.find((a) => a.id === id);
  const relation = (id: string) => d.relations.find((r) => r.id === id);

  it('reads people, organisations, companies, legal entities and public bodies as actors', () => {
    expect(d.meta.title).toBe('opensanctions-sample');
    expect(d.actors.map((a) => [a.id, a.kind])).toEqual([
      ['p-voss', 'person'],
      ['p-ilse', 'person'],
      ['p-adler', 'person'],
      ['org-brigade', 'organisation'],
      ['co-korvel', 'organisation'],
      ['pb-mod', 'state-institution'],
      ['le-fund', 'organisation'],
      ['pos-mayor', 'organisation'],
    ]);
    expect(actor('p-voss')).toEqual({
      id: 'p-voss',
      label: 'Marek Voss',
      kind: 'person',
      // the rest of name, then alias and previousName
      aliases: ['Marek VOSS', 'Voss the Elder', 'Marek Vossberg'],
      country: 'XA',
      description: 'Businessman; deputy minister of defence 2012-2015.',
    });
    // a country from nationality; an alias from a later fragment of the same entity
    expect(actor('p-adler')).toMatchObject({ country: 'XB', aliases: ['Tom Adler'] });
    // an alias equal to the name is not repeated; summary is the description where there is none
    expect(actor('org-brigade')).toMatchObject({
      aliases: ['NGB'],
      description: 'Armed formation active in the northern districts.',
    });
    expect(actor('co-korvel')?.country).toBe('XB');
    // "suhh" (the Soviet Union in FtM) is no ISO 3166-1 alpha-2 code
    expect(actor('le-fund')?.country).toBeUndefined();
  });

  it('reads each link schema as its relation type, with its dates', () => {
    const view = (id: string) => {
      const r = relation(id);
      return r && [r.source, r.type, r.target, r.start, r.end];
    };
    expect(view('mem-adler')).toEqual(['p-adler', 'member-of', 'org-brigade', '2019-05', undefined]);
    expect(view('dir-voss')).toEqual(['p-voss', 'directs', 'co-korvel', '2016-02-01', '2020-11-30']);
    // status "current" and no end date: it runs on
    expect(view('own-voss')).toEqual(['p-voss', 'owns', 'co-korvel', '2016', 'ongoing']);
    // a datetime keeps its date
    expect(view('assoc-voss-adler')).toEqual(['p-voss', 'associate-of', 'p-adler', '2018-06-12', undefined]);
    expect(view('fam-voss')).toEqual(['p-voss', 'family-of', 'p-ilse', undefined, undefined]);
    // an occupancy is of the organisation the post is in, the post named in the note
    expect(view('occ-voss')).toEqual(['p-voss', 'holds-post', 'pb-mod', '2012', '2015']);
    expect(relation('occ-voss')?.note).toBe('post: Deputy Minister of Defence');
    // a post in no organisation of the file is an actor of its own
    expect(view('occ-ilse')).toEqual(['p-ilse', 'holds-post', 'pos-mayor', '2022-01', 'ongoing']);
    // an UnknownLink whose role is a Faultlines type is of that type; any other role is its note
    expect(view('link-backs')).toEqual(['org-brigade', 'backs', 'pb-mod', '2020-03', undefined]);
    expect(view('link-donor')).toEqual(['le-fund', 'related-to', 'org-brigade', '2021', undefined]);
    expect(relation('link-donor')?.note).toBe('role: Donor');
    expect(relation('dir-voss')?.note).toBe('role: Chairman');
    expect(relation('own-star')).toBeUndefined();
  });

  it('declares the FtM types it uses, with their signs', () => {
    expect(d.relationTypes?.map((t) => [t.id, t.sign, t.directed, t.kind])).toEqual([
      ['directs', 1, true, 'material'],
      ['owns', 1, true, 'material'],
      ['associate-of', 0, false, 'verbal'],
      ['family-of', 0, false, 'material'],
      ['holds-post', 1, true, 'material'],
    ]);
  });

  it('makes proof documents, source links and publishers its sources, one per distinct one', () => {
    const source = (id: string) => d.sources.find((s) => s.id === id);
    expect(relation('mem-adler')?.evidence).toEqual([
      {
        source: 'eastport-herald',
        quote: 'Adler took command of the Northgate Brigade in May 2019.',
        stance: 'supports',
      },
    ]);
    expect(source('eastport-herald')).toEqual({
      id: 'eastport-herald',
      title: 'Eastport Herald',
      publisher: 'Eastport Herald',
      url: 'https://news.example.org/2019/05/brigade-command',
    });
    // one document cited by two links is one source
    expect(relation('dir-voss')?.evidence).toEqual([{ source: 'doc-registry', stance: 'supports' }]);
    expect(relation('own-voss')?.evidence).toEqual([{ source: 'doc-registry', stance: 'supports' }]);
    expect(source('doc-registry')).toEqual({
      id: 'doc-registry',
      title: 'Registry extract, Korvel Shipping Ltd',
      url: 'https://registry.example.org/xb/448201',
      publisher: 'Companies Registry of Bellmark',
      published: '2021-03-04',
    });
    expect(source(relation('link-backs')!.evidence![0].source)).toMatchObject({ title: 'Arcadian Monitor' });
    // the description is the quote where there is no summary
    expect(relation('link-donor')?.evidence?.[0].quote).toBe('The fund transferred money to the brigade in 2021.');
    expect(relation('fam-voss')?.evidence).toBeUndefined();
  });

  it('says once per kind what it left out or changed', () => {
    const m = messages(v);
    expect(m).toContain(
      '1 Vessel entity: not read (Faultlines reads people, organisations and public bodies as actors, and the links between them)',
    );
    expect(m.filter((x) => x.includes('Sanction entity'))).toHaveLength(1);
    expect(m.some((x) => x.startsWith('1 Ownership entity links a Vessel') && x.includes('line 16'))).toBe(true);
    expect(m.some((x) => x.startsWith('1 entity is given again in a later line: merged'))).toBe(true);
    expect(m.some((x) => x.includes('not an ISO 3166-1 alpha-2 code') && x.includes('"suhh"'))).toBe(true);
    expect(m.some((x) => x.startsWith('1 relation ends before it starts') && x.includes('2021 to 2020'))).toBe(true);
    expect(m.some((x) => x.startsWith('3 links have no proof, source link or publisher'))).toBe(true);
    // the validator's one warning per unsourced relation is summarised, and counted once
    expect(m.filter((x) => x.startsWith('no evidence'))).toEqual([]);
    expect(v.warningCount).toBe(v.warnings.length);
  });

  it('reads a JSON array of the same entities to the same dataset', () => {
    const array = `[\n${SAMPLE.trim().split('\n').join(',\n')}\n]`;
    expect(isFtmText(array)).toBe(true);
    expect(ok(readFtmDataset('opensanctions-sample.ftm.json', array)).dataset).toEqual(d);
  });
});

describe('FtM problems', () => {
  const line = (id: string, schema: string, properties: object) => JSON.stringify({ id, schema, properties });
  const people = [line('a', 'Person', { name: ['A'] }), line('b', 'Organization', { name: ['B'] })];

  it('refuses a link to an entity the file does not give, naming the line and the property', () => {
    const v = readFtmDataset(
      'links.ftm.json',
      [...people, line('m', 'Membership', { member: ['a'], organization: ['ghost'] })].join('\n'),
    );
    expect(v.ok).toBe(false);
    expect(v.errors).toEqual([
      {
        path: [],
        message: 'entity "ghost" is not in the file: expected the id of an entity the file gives',
        place: 'links.ftm.json, line 3, entity "m", property "organization"',
      },
    ]);
  });

  it('refuses a link without one of its ends', () => {
    const v = readFtmDataset('x.ftm.json', [...people, line('d', 'Directorship', { director: ['a'] })].join('\n'));
    expect(v.errors.map((e) => [e.place, e.message])).toEqual([
      [
        'x.ftm.json, line 3, entity "d"',
        'Directorship without "organization": expected the id of the entity at that end',
      ],
    ]);
  });

  it('names the line and column of a line that is not JSON, and of entities that are not entities', () => {
    const v = readFtmDataset('x.ftm.json', [people[0], '', '{"id": "b", "schema": }', '[1]', '{"id": "c"}'].join('\n'));
    expect(v.errors.map((e) => e.place)).toEqual([
      'x.ftm.json, line 3',
      'x.ftm.json, line 4',
      'x.ftm.json, line 5, entity "c"',
    ]);
    expect(v.errors[0].message).toMatch(/^not valid JSON at column 23: .*expected one entity a line$/);
    expect(v.errors[1].message).toBe('expected an entity: a JSON object with "id", "schema" and "properties"');
    expect(v.errors[2].message).toMatch(/without a "schema"/);
  });

  it('places the validator’s problems on the entity’s line', () => {
    const v = readFtmDataset('x.ftm.json', [line('a', 'Person', { name: ['A'] }), line('a2', 'Person', {})].join('\n'));
    expect(ok(v).dataset.actors[1].label).toBe('a2');
    expect(messages(v).some((m) => m.includes('no name') && m.includes('line 2'))).toBe(true);
  });

  it('reads an end date without a start as undated, the end in the note', () => {
    const v = ok(
      readFtmDataset(
        'x.ftm.json',
        [...people, line('m', 'Membership', { member: ['a'], organization: ['b'], endDate: ['2020-05'] })].join('\n'),
      ),
    );
    expect(v.dataset.relations[0]).toMatchObject({ note: 'end date 2020-05 (no start date)' });
    expect(v.dataset.relations[0].start).toBeUndefined();
  });

  it('refuses a link that would become more relations than it can hold', () => {
    const many = Array.from({ length: 101 }, (_, i) => `p${i}`);
    const v = readFtmDataset(
      'x.ftm.json',
      [
        ...many.map((id) => line(id, 'Person', { name: [id] })),
        line('l', 'UnknownLink', { subject: many, object: many }),
      ].join('\n'),
    );
    expect(v.errors[0].message).toMatch(/links 101 × 101 entities/);
  });
});

describe('FtM dates and ids', () => {
  it('keeps the date of a partial date or a datetime', () => {
    expect(['2024', '2024-11', '2024-11-27', '2024-11-27T08:30:00', '2024-11-27T08:30:00Z'].map(ftmDate)).toEqual([
      '2024',
      '2024-11',
      '2024-11-27',
      '2024-11-27',
      '2024-11-27',
    ]);
    expect(['', '24', '2024-13', '2024-02-30', '2024-11T08', 'today'].map(ftmDate)).toEqual(Array(6).fill(undefined));
  });

  it('encodes any id as an FtM id and decodes it back', () => {
    const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
    expect(encodeFtmId('fl-a-', 'Syrian Army')).toBe('fl-a-Syrian.20xArmy');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), (id) => {
        const encoded = encodeFtmId('fl-a-', id);
        expect(encoded).toMatch(FTM_ID);
        expect(decodeFtmId('fl-a-', encoded)).toBe(id);
      }),
      { numRuns: RUNS },
    );
  });

  it('tells FtM text from other JSON', () => {
    expect(isFtmText(SAMPLE)).toBe(true);
    expect(isFtmText(`\uFEFF${SAMPLE}`)).toBe(true);
    expect(isFtmText(datasetToFtm(bundled))).toBe(true);
    expect(isFtmText(JSON.stringify(bundled))).toBe(false);
    expect(isFtmText(JSON.stringify(bundled, null, 2))).toBe(false);
    expect(isFtmText('{"type": "bundle", "id": "bundle--1", "objects": []}')).toBe(false);
    expect(isFtmText('id,label\na,A')).toBe(false);
  });
});

// ---- the export ----

const FTM_ID = /^[0-9a-zA-Z]([0-9a-zA-Z.-]*[0-9a-zA-Z])?$/;
const ENTITY_PROPS: Record<string, readonly string[]> = {
  Membership: ['member', 'organization', 'proof'],
  Directorship: ['director', 'organization', 'proof'],
  Ownership: ['owner', 'asset', 'proof'],
  Associate: ['person', 'associate', 'proof'],
  Family: ['person', 'relative', 'proof'],
  Occupancy: ['holder', 'post', 'proof'],
  UnknownLink: ['subject', 'object', 'proof'],
  Position: ['organization'],
};
/** The schema each end must have, where FtM's range is narrower than any actor. */
const RANGES: Record<string, Record<string, readonly string[]>> = {
  Membership: { organization: ['Organization', 'Company', 'PublicBody'] },
  Directorship: { organization: ['Organization', 'Company', 'PublicBody'] },
  Ownership: { asset: ['Company'] },
  Associate: { person: ['Person'], associate: ['Person'] },
  Family: { person: ['Person'], relative: ['Person'] },
  Occupancy: { holder: ['Person'], post: ['Position'] },
  Position: { organization: ['Organization', 'Company', 'PublicBody'] },
};

/** The export is FtM as its tools check it: ids, schemas, strings, references and their ranges. */
function checkFtm(text: string): void {
  const entities = text
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, unknown> });
  const byId = new Map(entities.map((e) => [e.id, e]));
  expect(byId.size).toBe(entities.length);
  for (const e of entities) {
    expect(Object.keys(e)).toEqual(['id', 'schema', 'properties']);
    expect(e.id).toMatch(FTM_ID);
    for (const values of Object.values(e.properties)) {
      expect(Array.isArray(values) && values.every((x) => typeof x === 'string')).toBe(true);
    }
    for (const prop of ENTITY_PROPS[e.schema] ?? []) {
      for (const ref of (e.properties[prop] as string[] | undefined) ?? []) {
        const target = byId.get(ref);
        expect(target, `${e.id}.${prop} -> ${ref}`).toBeDefined();
        const range = RANGES[e.schema]?.[prop];
        if (range) expect(range).toContain(target!.schema);
        if (prop === 'proof') expect(target!.schema).toBe('Document');
      }
    }
  }
}

// ---- datasets for the round trip ----

/** Type ids that exercise every FtM schema, STIX's, and ones no format knows. */
const TYPE_IDS = [...FTM_TYPES.map((t) => t.id), 'targets', 'Funds 💰', 'x', 'backs'];

const datasets = datasetArbitrary({ typeIds: TYPE_IDS });

const pick = <T extends object, K extends keyof T>(o: T, keys: readonly K[]) =>
  defined(Object.fromEntries(keys.map((k) => [k, o[k]])) as Pick<T, K>);
const ACTOR_FIELDS = ['id', 'label', 'kind', 'aliases', 'short', 'country', 'description'] as const;
// not status, mode, once, location or note: FtM's link schemas have no place for them, so the export
// leaves them out (a one-off event's window reads back as a relation over that window)
const RELATION_FIELDS = ['id', 'source', 'target', 'type', 'start', 'end'] as const;
const SOURCE_FIELDS = ['id', 'title', 'url', 'publisher', 'published'] as const;

/** What an FtM file keeps of a dataset. */
function ftmView(d: Dataset) {
  return {
    meta: d.meta,
    actors: d.actors.map((a) => pick(a, ACTOR_FIELDS)),
    relations: d.relations.map((r) => {
      const supporting = (r.evidence ?? []).filter((x) => x.stance === 'supports');
      return {
        ...pick(r, RELATION_FIELDS),
        sources: [...new Set(supporting.map((x) => x.source))],
        quote: supporting.length === 1 ? supporting[0].quote : undefined,
      };
    }),
    sources: d.sources.map((s) => pick(s, SOURCE_FIELDS)),
    relationTypes: d.relationTypes ?? [],
  };
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('FtM export, read back', () => {
  it('is tried on datasets of every shape (the generator the FtM, STIX and GEXF round trips share)', () => {
    const sample = fc.sample(datasets, { numRuns: 300, seed: 16 });
    const relations = sample.flatMap((d) => d.relations);
    const shapes = {
      undated: relations.some((r) => r.start === undefined),
      'start only': relations.some((r) => r.start !== undefined && r.end === undefined),
      ongoing: relations.some((r) => r.end === 'ongoing'),
      'start and end': relations.some((r) => r.end !== undefined && r.end !== 'ongoing'),
      disputed: relations.some((r) => r.evidence?.some((x) => x.stance === 'disputes')),
      'a mode': relations.some((r) => r.mode !== undefined && r.mode !== 'act'),
      'mode act': relations.some((r) => r.mode === 'act'),
      'one-off event': relations.some((r) => r.once === true && r.end === undefined),
      'one-off event in a window': relations.some((r) => r.once === true && r.end !== undefined),
      'once false': relations.some((r) => r.once === false),
      'declared types': sample.some((d) => d.relationTypes?.length),
      'derived sources': sample.some((d) => d.sources.some((s) => s.derivedFrom?.length)),
      'positioned actors': sample.some((d) => d.actors.some((a) => a.x !== undefined)),
      'a lone surrogate': sample.some((d) => d.actors.some((a) => LONE_SURROGATE.test(a.label))),
    };
    expect(Object.entries(shapes).filter(([, seen]) => !seen)).toEqual([]);
  });

  it('writes valid FtM and gives back the actors, relations, dates, types and sources of any dataset', () => {
    fc.assert(
      fc.property(datasets, (d) => {
        const out = datasetToFtm(d);
        checkFtm(out);
        const back = ok(readFtmDataset('round.ftm.json', out)).dataset;
        expect(ftmView(back)).toEqual(ftmView(d));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back the bundled dataset', () => {
    const out = datasetToFtm(bundled);
    checkFtm(out);
    const back = ok(readFtmDataset('aleppo.ftm.json', out)).dataset;
    expect(ftmView(back)).toEqual(ftmView(bundled));
    expect(back.actors.map((a) => a.kind)).toEqual(bundled.actors.map((a) => a.kind));
  });

  it('writes each relation type as its FtM schema where the ranges allow it', () => {
    const d: Dataset = {
      format: 'faultlines/1',
      meta: { title: 't' },
      sources: [],
      actors: [
        { id: 'p', label: 'P', kind: 'person' },
        { id: 'q', label: 'Q', kind: 'person' },
        { id: 'g', label: 'G', kind: 'armed-group' },
        { id: 's', label: 'S', kind: 'state' },
      ],
      relations: [
        { id: 'r1', source: 'p', target: 'g', type: 'member-of' },
        { id: 'r2', source: 'p', target: 'g', type: 'owns' },
        { id: 'r3', source: 'p', target: 's', type: 'owns' },
        { id: 'r4', source: 'p', target: 'q', type: 'associate-of', start: '2020' },
        { id: 'r5', source: 'p', target: 'q', type: 'associate-of', start: '2020', end: 'ongoing' },
        { id: 'r6', source: 'p', target: 's', type: 'holds-post', start: '2019-03', end: '2021' },
        { id: 'r7', source: 'g', target: 's', type: 'fights', start: '2024-11-27', end: 'ongoing' },
      ],
      relationTypes: FTM_TYPES.filter((t) => t.id !== 'directs'),
    };
    const entities = datasetToFtm(d)
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    const byId = new Map(entities.map((e) => [e.id, e]));
    expect(entities[0]).toMatchObject({
      id: 'fl-dataset',
      schema: 'Document',
      properties: { generator: ['Faultlines'] },
    });
    expect(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7'].map((r) => byId.get(`fl-r-${r}`)?.schema)).toEqual([
      'Membership',
      'Ownership',
      'UnknownLink',
      'Associate',
      'UnknownLink',
      'Occupancy',
      'UnknownLink',
    ]);
    // the owned armed group is a Company that keeps its kind; a person's kind needs no keyword
    expect(byId.get('fl-a-g')).toMatchObject({
      schema: 'Company',
      properties: { keywords: ['faultlines:kind=armed-group'] },
    });
    expect(byId.get('fl-a-p')?.properties.keywords).toBeUndefined();
    expect(byId.get('fl-a-s')).toMatchObject({
      schema: 'PublicBody',
      properties: { keywords: ['faultlines:kind=state'] },
    });
    expect(byId.get('fl-r-r7')?.properties).toMatchObject({
      role: ['fights'],
      startDate: ['2024-11-27'],
      status: ['current'],
    });
    expect(byId.get('fl-p-r6')).toEqual({
      id: 'fl-p-r6',
      schema: 'Position',
      properties: { name: ['S'], organization: ['fl-a-s'] },
    });
  });
});

// ---- the reader under hostile input ----

const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  '',
  ' ',
  '__proto__',
  'constructor',
  '2024-13-45',
  '0000',
  'ongoing',
  'current',
  'fl-a-',
  'fl-dataset',
  'x'.repeat(300),
  [],
  [null],
  [[['deep']]],
  {},
  JSON.parse('{"__proto__": ["x"]}'),
];

const mutation = fc.oneof(
  textEdit,
  fc.record({
    kind: fc.constant('line' as const),
    at: fc.nat(),
    to: fc.nat(),
    how: fc.constantFrom('drop', 'double', 'move'),
  }),
  fc.record({
    kind: fc.constant('value' as const),
    at: fc.nat(),
    node: fc.nat(),
    value: fc.constantFrom(...ODD_VALUES),
    remove: fc.boolean(),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'char' || m.kind === 'truncate') return applyTextEdit(text, m);
  const lines = text.split('\n');
  const k = m.at % lines.length;
  if (m.kind === 'line') {
    const [line] = lines.splice(k, 1);
    if (m.how === 'double') lines.splice(k, 0, line, line);
    if (m.how === 'move') lines.splice(m.to % (lines.length + 1), 0, line);
    return lines.join('\n');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(lines[k]);
  } catch {
    return text;
  }
  const value = structuredClone(m.value);
  lines[k] = JSON.stringify(replaceInJson(parsed, m.node, value, m.remove, 2000) ?? value);
  return lines.join('\n');
}

const checkResult = (v: Validation) => expectSoundReading(v, 'FtM', true);

const SEEDS = [
  SAMPLE,
  datasetToFtm({ ...bundled, relations: bundled.relations.slice(0, 30) }),
  datasetToFtm({
    format: 'faultlines/1',
    meta: { title: 'kinds' },
    sources: [{ id: 's', title: 'S' }],
    actors: ACTOR_KINDS.map((kind) => ({ id: kind, label: kind, kind })),
    relations: [
      { id: 'r1', source: 'person', target: 'organisation', type: 'holds-post', start: '2020', end: 'ongoing' },
      {
        id: 'r2',
        source: 'person',
        target: 'armed-group',
        type: 'owns',
        evidence: [{ source: 's', stance: 'supports', quote: 'q' }],
      },
      { id: 'r3', source: 'state', target: 'umbrella', type: 'fights', start: '2020-01', end: '2021' },
    ],
    relationTypes: FTM_TYPES.filter((t) => t.id !== 'directs'),
  }),
];

describe('the FtM reader on hostile input', () => {
  it('never throws on arbitrary text, alone or inside an entity', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(0, 1, 2), (s, shell) => {
        const text =
          shell === 0
            ? s
            : shell === 1
              ? `{"id":"a","schema":"Person","properties":{"name":["A"]}}\n{"id":"m","schema":"Membership","properties":${s}}`
              : `[{"id":"a","schema":${s}}]`;
        checkResult(readFtmDataset('any.ftm.json', text));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on FtM files and its own exports, edited', () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (k, ms) => {
        checkResult(readFtmDataset('mutated.ftm.json', ms.reduce(mutate, SEEDS[k])));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads deep nesting and many fragments without recursion or quadratic time', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    checkResult(readFtmDataset('deep.ftm.json', `{"id":"a","schema":"Person","properties":{"name":${deep}}}`));
    checkResult(readFtmDataset('deep.ftm.json', `[${deep}]`));
    const fragments = Array.from({ length: 20_000 }, (_, i) =>
      JSON.stringify({ id: 'a', schema: 'Person', properties: { name: ['A'], alias: [`alias ${i}`] } }),
    ).join('\n');
    const started = Date.now();
    const v = ok(readFtmDataset('fragments.ftm.json', fragments));
    expect(v.dataset.actors[0].aliases).toHaveLength(20_000);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
