// STIX 2.1 bundles in and out. (1) A bundle of threat actors, intrusion sets,
// identities and a campaign with their relationships, external references and
// opinions maps to the expected actors, relations, dates and evidence, and what
// is left out is said once. (2) Broken bundles fail with problems that name the
// object and property. (3) The export is STIX 2.1 as its rules go (ids, refs,
// relationship types, times, custom properties), deterministic, and reads back
// to the same dataset for any valid dataset (fast-check, FUZZ_RUNS) and for the
// bundled one. (4) The reader never throws on arbitrary or mutated input.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToStix, sha1, uuidV5 } from '../../src/io/stixExport';
import { confidenceOf, credibilityOf, isStixJson, readStixDataset, stixDay, STIX_TYPES } from '../../src/io/stixImport';
import { ACTOR_KINDS, type Credibility, type Dataset, type Evidence, type Relation } from '../../src/model/types';
import { validateDataset, type Validation } from '../../src/model/validate';
import { applyTextEdit, expectSoundReading, replaceInJson, textEdit } from '../support/hostileReads';
import { datasetArbitrary } from '../support/datasetArbitrary';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const BUNDLE = readFileSync(new URL('../fixtures/stix/kestrel-bundle.json', import.meta.url), 'utf8');
const bundled = JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8')) as Dataset;

function ok(v: Validation) {
  if (!v.ok) throw new Error(JSON.stringify(v.errors.slice(0, 3)));
  return v;
}
const messages = (v: Validation) => v.warnings.map((w) => w.message);

type StixObject = Record<string, unknown> & { type: string; id: string };
const objectsOf = (text: string) => (JSON.parse(text) as { objects: StixObject[] }).objects;
const raw = objectsOf(BUNDLE);
const stixIdOf = (type: string, name: string) => raw.find((o) => o.type === type && o.name === name)!.id;

describe('a STIX bundle of threat actors', () => {
  const v = ok(readStixDataset('kestrel-bundle.json', BUNDLE));
  const d = v.dataset;
  const kestrel = stixIdOf('threat-actor', 'Kestrel Team');
  const frostbite = stixIdOf('intrusion-set', 'FROSTBITE');
  const directorate = stixIdOf('identity', 'Arcadian Military Intelligence Directorate');
  const eastport = stixIdOf('identity', 'Eastport Energy Company');
  const hartmann = stixIdOf('identity', 'Lena Hartmann');
  const nightjar = stixIdOf('identity', 'Nightjar');
  const coldHarbour = stixIdOf('campaign', 'Operation Cold Harbour');
  const lanternfish = stixIdOf('identity', 'Lanternfish Threat Research');
  const between = (source: string, type: string, target: string) =>
    d.relations.filter((r) => r.source === source && r.type === type && r.target === target);
  const only = (source: string, type: string, target: string) => {
    const found = between(source, type, target);
    expect(found).toHaveLength(1);
    return found[0];
  };

  it('reads the actor-like objects as actors of their kinds', () => {
    expect(d.actors.map((a) => [a.label, a.kind])).toEqual([
      ['Lanternfish Threat Research', 'organisation'],
      ['Kestrel Team', 'armed-group'],
      ['FROSTBITE', 'armed-group'],
      ['Arcadian Military Intelligence Directorate', 'state-institution'],
      ['Eastport Energy Company', 'organisation'],
      ['Lena Hartmann', 'person'],
      ['Nightjar', 'armed-group'],
      ['Operation Cold Harbour', 'organisation'],
    ]);
    // the latest version of an object; its name is not an alias; the country of the location it is at
    expect(d.actors.find((a) => a.id === kestrel)).toEqual({
      id: kestrel,
      label: 'Kestrel Team',
      kind: 'armed-group',
      aliases: ['Grey Kestrel', 'KSTL-1'],
      description: 'State-sponsored espionage group first reported in 2019.',
      country: 'XA',
    });
    expect(d.actors.find((a) => a.id === directorate)?.aliases).toEqual(['AMID']);
  });

  it('reads relationships between actors as relations of declared types, with their days', () => {
    const view = (r: Relation) => [r.start, r.end];
    // a start_time without a stop_time runs on
    expect(view(only(kestrel, 'attributed-to', directorate))).toEqual(['2019-01-15', 'ongoing']);
    expect(view(only(frostbite, 'attributed-to', kestrel))).toEqual([undefined, undefined]);
    expect(view(only(coldHarbour, 'attributed-to', frostbite))).toEqual(['2023-10-02', '2024-02-15']);
    expect(view(only(coldHarbour, 'targets', eastport))).toEqual(['2023-10-02', '2024-02-15']);
    expect(view(only(kestrel, 'targets', hartmann))).toEqual(['2022-05-10', '2022-05-10']);
    expect(view(only(nightjar, 'impersonates', eastport))).toEqual(['2024-01-20', '2024-01-21']);
    // "2024-01" is no STIX timestamp: undated, and said
    expect(view(only(kestrel, 'cooperates-with', nightjar))).toEqual([undefined, undefined]);
    expect(view(only(coldHarbour, 'related-to', nightjar))).toEqual([undefined, undefined]);
    expect(d.relations).toHaveLength(8);
    expect(d.relationTypes?.map((t) => [t.id, t.sign, t.directed, t.kind])).toEqual([
      ['attributed-to', 1, true, 'material'],
      ['targets', -1, true, 'material'],
      ['impersonates', -1, true, 'verbal'],
      ['cooperates-with', 0, true, 'verbal'],
    ]);
  });

  it('makes external references sources and evidence, confidence their credibility', () => {
    expect(only(kestrel, 'attributed-to', directorate).evidence).toEqual([
      {
        source: 'lanternfish-kestrel-team',
        stance: 'supports',
        quote:
          'We assess with high confidence that Kestrel Team operates on behalf of the Arcadian Military Intelligence Directorate.',
        credibility: 1,
      },
    ]);
    expect(only(coldHarbour, 'targets', eastport).evidence?.map((x) => x.source)).toEqual([
      'lanternfish-cold-harbour',
      'eastport-herald',
    ]);
    // one source per URL, however many relationships cite it
    expect(d.sources.filter((s) => s.url === 'https://research.example.com/cold-harbour')).toEqual([
      {
        id: 'lanternfish-cold-harbour',
        title: 'Lanternfish: Cold Harbour',
        url: 'https://research.example.com/cold-harbour',
      },
    ]);
    // a confidence with no reference to carry it is kept in the note, after the description
    expect(only(frostbite, 'attributed-to', kestrel).note).toBe(
      'Infrastructure overlaps with earlier Kestrel Team operations.\nSTIX confidence 50',
    );
  });

  it('makes opinions evidence that supports or disputes, by their author', () => {
    const disputed = only(kestrel, 'cooperates-with', nightjar).evidence;
    expect(disputed?.map((x) => x.stance)).toEqual(['supports', 'disputes']);
    expect(disputed?.[1]).toEqual({
      source: 'eastport-energy-statement',
      stance: 'disputes',
      quote: 'Nightjar has never had access to our systems; the posts are fabricated.',
      by: eastport,
      speaker: 'Eastport Energy press office',
      credibility: 3,
    });
    const agreed = only(coldHarbour, 'attributed-to', frostbite).evidence?.[1];
    expect(agreed).toMatchObject({ stance: 'supports', by: lanternfish });
    // an opinion without a reference of its own is its own source
    expect(d.sources.find((s) => s.id === agreed?.source)?.title).toMatch(/^STIX opinion opinion--/);
    // a neutral opinion gives no evidence
    expect(only(coldHarbour, 'targets', eastport).evidence?.every((x) => x.stance === 'supports')).toBe(true);
  });

  it('says once per kind what it left out or changed', () => {
    const m = messages(v);
    for (const type of ['malware', 'indicator', 'sighting'])
      expect(m.filter((x) => x.startsWith(`1 ${type} object: `))).toHaveLength(1);
    expect(m).toContain('1 location object: read only for the countries of actors located at them');
    expect(m.some((x) => x.includes('marking-definition'))).toBe(false);
    expect(m.some((x) => x.startsWith('1 relationship reaches an object not read as an actor (malware)'))).toBe(true);
    expect(m.some((x) => x.startsWith('1 relationship type is not known') && x.includes('"cooperates-with"'))).toBe(
      true,
    );
    expect(m.some((x) => x.startsWith('1 object is given in several versions'))).toBe(true);
    expect(m.some((x) => x.startsWith('1 opinion is neutral'))).toBe(true);
    expect(m.some((x) => x.startsWith('1 time is not a STIX timestamp') && x.includes('"2024-01"'))).toBe(true);
    expect(m.some((x) => x.startsWith('2 relations have no external reference nor opinion'))).toBe(true);
    expect(m.filter((x) => x.startsWith('no evidence'))).toEqual([]);
    expect(v.warningCount).toBe(v.warnings.length);
  });
});

describe('STIX problems', () => {
  const bundle = (objects: unknown[]) => JSON.stringify({ type: 'bundle', id: 'bundle--1', objects });
  const actor = { type: 'threat-actor', spec_version: '2.1', id: 'threat-actor--a', name: 'A' };

  it('refuses a relationship to an object not in the bundle, naming the object and the property', () => {
    const v = readStixDataset(
      'b.json',
      bundle([
        actor,
        {
          type: 'relationship',
          id: 'relationship--r',
          relationship_type: 'targets',
          source_ref: 'threat-actor--a',
          target_ref: 'identity--ghost',
        },
      ]),
    );
    expect(v.ok).toBe(false);
    expect(v.errors).toEqual([
      {
        path: [],
        message: 'object "identity--ghost" is not in the bundle: expected the id of an object in the bundle',
        place: 'b.json, objects[1] (relationship "targets"), property "target_ref"',
      },
    ]);
  });

  it('refuses what is not a bundle, and objects without a type or id', () => {
    expect(readStixDataset('b.json', '{"type": "report"}').errors[0].message).toMatch(/^not a STIX bundle/);
    expect(readStixDataset('b.json', '{"type": "bundle", "objects": [1,\n}').errors[0].message).toMatch(
      /^not valid JSON at line 2, column 1/,
    );
    const v = readStixDataset('b.json', bundle([actor, { type: 'identity' }, 'x']));
    expect(v.errors.map((e) => e.place)).toEqual(['b.json, objects[1]', 'b.json, objects[2]']);
  });

  it('places the validator’s problems on the object', () => {
    const v = readStixDataset('b.json', bundle([{ ...actor, x_faultlines_kind: 'state', x_faultlines_id: '' }]));
    expect(ok(v).dataset.actors[0]).toMatchObject({ id: 'threat-actor--a', kind: 'state' });
    const bad = readStixDataset(
      'b.json',
      bundle([
        actor,
        {
          type: 'relationship',
          id: 'relationship--r',
          source_ref: actor.id,
          target_ref: actor.id,
          x_faultlines_status: 'rumoured',
        },
      ]),
    );
    expect(bad.errors[0].place).toBe('b.json, objects[1] (relationship)');
  });

  it('reads each opinion value as its stance, a neutral one as none', () => {
    const values = ['strongly-agree', 'agree', 'neutral', 'disagree', 'strongly-disagree'];
    const v = ok(
      readStixDataset(
        'b.json',
        bundle([
          actor,
          {
            type: 'relationship',
            id: 'relationship--r',
            relationship_type: 'targets',
            source_ref: actor.id,
            target_ref: actor.id,
          },
          ...values.map((opinion, i) => ({
            type: 'opinion',
            id: `opinion--${i}`,
            opinion,
            object_refs: ['relationship--r'],
          })),
        ]),
      ),
    );
    expect(v.dataset.relations[0].evidence?.map((x) => x.stance)).toEqual([
      'supports',
      'supports',
      'disputes',
      'disputes',
    ]);
  });

  it('maps confidence and Admiralty credibility both ways (STIX 2.1, appendix A)', () => {
    expect([0, 19, 20, 39, 40, 59, 60, 79, 80, 100].map(credibilityOf)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]);
    expect(([1, 2, 3, 4, 5, 6] as Credibility[]).map(confidenceOf)).toEqual([90, 70, 50, 30, 10, undefined]);
    for (const c of [1, 2, 3, 4, 5] as Credibility[]) expect(credibilityOf(confidenceOf(c)!)).toBe(c);
  });

  it('reads the day of a timestamp', () => {
    expect(
      ['2016-05-12T08:17:27.000Z', '2016-05-12T08:17:27Z', '2016-05-12', '2016-05-12T23:59:59+02:00'].map(stixDay),
    ).toEqual(Array(4).fill('2016-05-12'));
    expect(['2016-05', '2016-02-30T00:00:00Z', 'yesterday', ''].map(stixDay)).toEqual(Array(4).fill(undefined));
  });

  it('tells a bundle from other JSON', () => {
    expect(isStixJson(JSON.parse(BUNDLE))).toBe(true);
    expect(isStixJson(bundled)).toBe(false);
    expect(isStixJson({ type: 'bundle' })).toBe(false);
    expect(isStixJson([])).toBe(false);
  });
});

describe('UUIDv5', () => {
  it('is RFC 4122’s, over a SHA-1 equal to node’s', () => {
    const dns = '6ba7b8109dad11d180b400c04fd430c8'.match(/../g)!.map((x) => parseInt(x, 16));
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org')
    expect(uuidV5('python.org', dns)).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sha1([...bytes])).toString('hex')).toBe(createHash('sha1').update(bytes).digest('hex'));
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- the export ----

const STIX_ID = /^([a-z][a-z0-9-]*[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const REQUIRED: Record<string, readonly string[]> = {
  'threat-actor': ['name'],
  identity: ['name'],
  location: ['country'],
  relationship: ['relationship_type', 'source_ref', 'target_ref'],
  opinion: ['opinion', 'object_refs'],
  report: ['name', 'published', 'object_refs'],
};
const STIX_PROPERTIES = new Set([
  ...['type', 'spec_version', 'id', 'created', 'modified', 'created_by_ref', 'confidence', 'external_references'],
  ...['name', 'description', 'aliases', 'identity_class', 'sectors', 'country', 'relationship_type', 'source_ref'],
  ...['target_ref', 'start_time', 'stop_time', 'opinion', 'explanation', 'authors', 'object_refs', 'published'],
]);

/** The export keeps the rules of STIX 2.1 that a validator checks. */
function checkStix(text: string): void {
  const bundle = JSON.parse(text) as { type: string; id: string; objects: StixObject[] };
  expect(bundle.type).toBe('bundle');
  expect(bundle.id).toMatch(STIX_ID);
  const byId = new Map(bundle.objects.map((o) => [o.id, o]));
  expect(byId.size).toBe(bundle.objects.length);
  for (const o of bundle.objects) {
    expect(o.id).toMatch(STIX_ID);
    expect(o.id.startsWith(`${o.type}--`)).toBe(true);
    expect(o.spec_version).toBe('2.1');
    expect(o.created).toMatch(TIMESTAMP);
    expect(o.modified).toBe(o.created);
    for (const key of REQUIRED[o.type]) expect(o[key], `${o.type}.${key}`).toBeDefined();
    // custom properties: x_, lower case, 3 to 250 characters
    for (const key of Object.keys(o)) if (!STIX_PROPERTIES.has(key)) expect(key).toMatch(/^x_[a-z0-9_]{1,248}$/);
    for (const key of ['source_ref', 'target_ref', 'created_by_ref'])
      if (o[key] !== undefined) expect(byId.has(o[key] as string), `${o.id}.${key}`).toBe(true);
    for (const ref of (o.object_refs as string[] | undefined) ?? []) expect(byId.has(ref)).toBe(true);
    if (o.type === 'identity') expect(['individual', 'group', 'organization']).toContain(o.identity_class);
    if (o.type === 'relationship') {
      expect(o.relationship_type).toMatch(/^[a-z0-9-]{3,250}$/);
      if (o.stop_time !== undefined) expect((o.stop_time as string) > (o.start_time as string)).toBe(true);
    }
    if (o.type === 'opinion') expect(['agree', 'disagree']).toContain(o.opinion);
    if (o.created_by_ref !== undefined) expect(byId.get(o.created_by_ref as string)?.type).toBe('identity');
  }
}

// ---- datasets for the round trip ----

/** Type ids STIX knows, ones it cannot hold (upper case, spaces), and built-in ones declared again. */
const TYPE_IDS = ['targets', 'attributed-to', 'located-at', 'Funds 💰', 'x', 'backs', 'related-to'];

// STIX leaves out actors' positions, colours and sizes
const datasets = datasetArbitrary({ typeIds: TYPE_IDS, layout: false });

/** An evidence item as STIX keeps it: credibility 6 ("cannot be judged") is no confidence. */
const kept = (x: Evidence): string =>
  JSON.stringify(
    Object.entries({ ...x, credibility: x.credibility === 6 ? undefined : x.credibility })
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

/** What a STIX bundle keeps of a dataset: all but stories, an empty list (of types, of evidence), the order of evidence. */
function stixView(d: Dataset) {
  const { stories: _stories, relationTypes, ...rest } = d;
  void _stories;
  return {
    ...rest,
    relationTypes: relationTypes ?? [],
    // an empty evidence list is none: both load as unsourced
    relations: d.relations.map((r) => ({
      ...r,
      evidence: r.evidence?.length ? r.evidence.map(kept).sort() : undefined,
    })),
  };
}

describe('STIX export, read back', () => {
  it('writes STIX 2.1 and gives back any dataset: actors, relations, dates, evidence and its stances', () => {
    fc.assert(
      fc.property(datasets, (d) => {
        const out = datasetToStix(d);
        checkStix(out);
        expect(datasetToStix(structuredClone(d))).toBe(out);
        const back = ok(readStixDataset('round.json', out)).dataset;
        expect(stixView(back)).toEqual(stixView(d));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives a tool that ignores the x_faultlines properties the same days', () => {
    // what another STIX reader sees: the custom properties (and so the report's sources) gone
    const strip = (text: string) =>
      JSON.stringify(JSON.parse(text), (key, value: unknown) => (key.startsWith('x_faultlines') ? undefined : value));
    fc.assert(
      fc.property(datasets, (d) => {
        const back = ok(readStixDataset('foreign.json', strip(datasetToStix(d))));
        expect(back.intervals).toEqual(ok(validateDataset(d)).intervals);
        const stances = (ds: Dataset) => ds.relations.map((r) => r.evidence?.map((x) => x.stance).sort() ?? []);
        expect(stances(back.dataset)).toEqual(stances(d));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives back the bundled dataset, stories aside', () => {
    const out = datasetToStix(bundled);
    checkStix(out);
    const back = ok(readStixDataset('aleppo.json', out)).dataset;
    expect(stixView(back)).toEqual(stixView(bundled));
    const disputes = (ds: Dataset) =>
      ds.relations.flatMap((r) => (r.evidence ?? []).filter((x) => x.stance === 'disputes'));
    expect(disputes(back)).toHaveLength(disputes(bundled).length);
    expect(disputes(bundled).length).toBeGreaterThan(0);
  });

  it('writes each kind as its STIX object, disputing evidence as opinions, dates as times', () => {
    const d: Dataset = {
      format: 'faultlines/1',
      meta: { title: 'Kinds', updated: '2024-12' },
      sources: [{ id: 's', title: 'Reuters', url: 'https://example.org/r' }],
      actors: [
        { id: 'hts', label: 'HTS', kind: 'armed-group', aliases: ['Nusra Front'], country: 'SY' },
        { id: 'mod', label: 'Ministry', kind: 'state-institution' },
        { id: 'p', label: 'P', kind: 'person' },
        { id: 'u', label: 'U', kind: 'umbrella', aliases: ['UU'] },
      ],
      relations: [
        {
          id: 'r',
          source: 'hts',
          target: 'mod',
          type: 'fights',
          start: '2024-11',
          end: '2024-12-02',
          evidence: [
            { source: 's', quote: 'q', stance: 'supports' },
            { source: 's', quote: 'no', stance: 'disputes', by: 'mod', speaker: 'a spokesman', credibility: 2 },
          ],
        },
        { id: 'e', source: 'p', target: 'u', type: 'meets', start: '2024' },
        { id: 'o', source: 'p', target: 'u', type: 'meets', start: '2024-02-29', end: 'ongoing' },
      ],
    };
    const objects = objectsOf(datasetToStix(d));
    const of = (type: string, name: string) =>
      objects.find((o) => o.type === type && (o.name === name || o.x_faultlines_id === name))!;
    expect(objects[0]).toMatchObject({ type: 'report', name: 'Kinds', created: '2024-12-01T00:00:00.000Z' });
    expect(of('threat-actor', 'hts')).toMatchObject({ aliases: ['Nusra Front'], x_faultlines_kind: 'armed-group' });
    expect(of('identity', 'mod')).toMatchObject({ identity_class: 'organization', sectors: ['government-national'] });
    expect(of('identity', 'p')).toMatchObject({ identity_class: 'individual' });
    expect(of('identity', 'u')).toMatchObject({ identity_class: 'group', x_opencti_aliases: ['UU'] });
    expect(of('location', 'SY')).toMatchObject({ country: 'SY' });
    expect(of('relationship', 'r')).toMatchObject({
      relationship_type: 'fights',
      source_ref: of('threat-actor', 'hts').id,
      target_ref: of('identity', 'mod').id,
      start_time: '2024-11-01T00:00:00.000Z',
      stop_time: '2024-12-02T23:59:59.999Z',
      external_references: [
        { source_name: 'Reuters', description: 'q', url: 'https://example.org/r', external_id: 's' },
      ],
    });
    expect(objects.find((o) => o.type === 'opinion')).toMatchObject({
      opinion: 'disagree',
      explanation: 'no',
      authors: ['a spokesman'],
      created_by_ref: of('identity', 'mod').id,
      confidence: 70,
      object_refs: [of('relationship', 'r').id],
    });
    // an event spans its start's period; an ongoing relation has no stop
    expect(of('relationship', 'e')).toMatchObject({
      start_time: '2024-01-01T00:00:00.000Z',
      stop_time: '2024-12-31T23:59:59.999Z',
    });
    expect(of('relationship', 'o').stop_time).toBeUndefined();
  });
});

// ---- the reader under hostile input ----

const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  101,
  1.5,
  1e308,
  true,
  '',
  '__proto__',
  'constructor',
  'bundle',
  'relationship',
  'opinion',
  'neutral',
  'disagree',
  'located-at',
  'faultlines/1',
  '2024-13-45T00:00:00Z',
  '0000-01-01T00:00:00Z',
  'ongoing',
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
    kind: fc.constant('value' as const),
    node: fc.nat(),
    value: fc.constantFrom(...ODD_VALUES),
    remove: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('object' as const), at: fc.nat(), to: fc.nat(), double: fc.boolean() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  if (m.kind === 'char' || m.kind === 'truncate') return applyTextEdit(text, m);
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return text;
  }
  if (m.kind === 'object') {
    // drop, double or move one object of the bundle
    const objects = (root as { objects?: unknown }).objects;
    if (!Array.isArray(objects) || objects.length === 0) return text;
    const [o] = objects.splice(m.at % objects.length, 1);
    objects.splice(m.to % (objects.length + 1), 0, ...(m.double ? [o, structuredClone(o)] : [o]));
    return JSON.stringify(root);
  }
  const edited = replaceInJson(root, m.node, structuredClone(m.value), m.remove, 3000);
  return edited === undefined ? text : JSON.stringify(edited);
}

const checkResult = (v: Validation) => expectSoundReading(v, 'STIX', true);

const SEEDS = [
  BUNDLE,
  datasetToStix({ ...bundled, relations: bundled.relations.slice(0, 25) }),
  datasetToStix({
    format: 'faultlines/1',
    meta: { title: 'kinds' },
    sources: [{ id: 's', title: 'S' }],
    actors: ACTOR_KINDS.map((kind, i) => ({ id: kind, label: kind, kind, country: i % 2 ? 'SY' : 'IQ' })),
    relations: [
      {
        id: 'r1',
        source: 'person',
        target: 'armed-group',
        type: 'backs',
        start: '2020',
        end: 'ongoing',
        evidence: [
          { source: 's', stance: 'supports', quote: 'q' },
          { source: 's', stance: 'disputes', by: 'state', speaker: 'x', credibility: 4 },
        ],
      },
    ],
    relationTypes: STIX_TYPES.slice(0, 2),
  }),
];

describe('the STIX reader on hostile input', () => {
  it('never throws on arbitrary text, alone or inside a bundle', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(0, 1, 2), (s, shell) => {
        const text =
          shell === 0
            ? s
            : shell === 1
              ? `{"type":"bundle","id":"bundle--1","objects":[{"type":"identity","id":"identity--a","name":"A"},{"type":"relationship","id":"relationship--r","source_ref":"identity--a","target_ref":"identity--a",${s}}]}`
              : `{"type":"bundle","objects":[${s}]}`;
        checkResult(readStixDataset('any.json', text));
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on bundles and its own exports, edited', () => {
    fc.assert(
      fc.property(fc.nat(SEEDS.length - 1), fc.array(mutation, { minLength: 1, maxLength: 6 }), (k, ms) => {
        checkResult(readStixDataset('mutated.json', ms.reduce(mutate, SEEDS[k])));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads deep nesting in any property without recursion', () => {
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    for (const key of [
      'confidence',
      'sectors',
      'start_time',
      'aliases',
      'external_references',
      'object_refs',
      'authors',
    ])
      checkResult(
        readStixDataset(
          'deep.json',
          `{"type":"bundle","objects":[{"type":"identity","id":"identity--a","name":"A","${key}":${deep}},{"type":"relationship","id":"relationship--r","source_ref":"identity--a","target_ref":"identity--a","${key}":${deep}},{"type":"opinion","id":"opinion--o","opinion":"agree","object_refs":["relationship--r"],"${key}":${deep}}]}`,
        ),
      );
  });
});
