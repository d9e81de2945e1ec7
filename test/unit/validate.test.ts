import { describe, expect, it } from 'vitest';
import { daysFromCivil, ONGOING } from '../../src/model/dates';
import { describeProblem, formatPath, type Problem } from '../../src/model/problems';
import type { Dataset } from '../../src/model/types';
import { validateDataset, type Validation } from '../../src/model/validate';

function small(): Dataset {
  return {
    format: 'faultlines/1',
    meta: { title: 'Small' },
    sources: [
      { id: 'wire', title: 'Wire report', publisher: 'Wire', published: '2024-12-02', url: 'https://example.org/a' },
      { id: 'blog', title: 'Blog', derivedFrom: ['wire'] },
    ],
    actors: [
      { id: 'a', label: 'Alpha', kind: 'state' },
      { id: 'b', label: 'Bravo', kind: 'armed-group', aliases: ['B'] },
      { id: 'c', label: 'Charlie', kind: 'umbrella' },
    ],
    relations: [
      {
        id: 'a-backs-b',
        source: 'a',
        target: 'b',
        type: 'backs',
        start: '2015',
        end: 'ongoing',
        evidence: [{ source: 'wire', quote: 'Alpha backs Bravo', stance: 'supports' }],
      },
      {
        id: 'b-in-c',
        source: 'b',
        target: 'c',
        type: 'member-of',
        status: 'denied',
        evidence: [
          { source: 'wire', quote: 'Bravo is in Charlie', stance: 'supports' },
          { source: 'blog', quote: 'Bravo denies it', stance: 'disputes', by: 'b', speaker: 'a spokesman' },
        ],
      },
    ],
  };
}

function where(problems: readonly Problem[]): string[] {
  return problems.map(describeProblem);
}

function errorsOf(input: unknown): string[] {
  const v = validateDataset(input);
  expect(v.ok).toBe(false);
  expect(v.errorCount).toBeGreaterThan(0);
  return where(v.errors);
}

function expectValid(input: unknown): Extract<Validation, { ok: true }> {
  const v = validateDataset(input);
  if (!v.ok) throw new Error(where(v.errors).join('\n'));
  return v;
}

describe('a valid dataset', () => {
  it('loads with no errors and no warnings', () => {
    const v = expectValid(small());
    expect(v.warnings).toEqual([]);
    expect(v.dataset.actors.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('comes with each relation interval in day numbers', () => {
    const v = expectValid(small());
    expect(v.intervals).toEqual([
      { undated: false, start: daysFromCivil(2015, 1, 1), end: ONGOING },
      { undated: true },
    ]);
  });

  it('resolves the type table, with types the dataset declares', () => {
    const d = small();
    d.relationTypes = [
      { id: 'funds', label: 'funds', sign: 1, directed: true, kind: 'material' },
      { id: 'backs', label: 'backs (override)', sign: 1, directed: true, kind: 'material', colour: '#00aa00' },
    ];
    d.relations[0].type = 'funds';
    const v = expectValid(d);
    expect(v.types.get('funds')?.sign).toBe(1);
    expect(v.types.get('backs')?.label).toBe('backs (override)');
    expect(v.types.get('fights')?.sign).toBe(-1);
  });

  it('accepts a $schema key so editors can validate the file', () => {
    expectValid({ $schema: './schema/faultlines-1.schema.json', ...small() });
  });
});

describe('errors, each with its JSON path', () => {
  it('reports unknown actor, source and type references', () => {
    const d = small();
    d.relations[0].source = 'nobody';
    d.relations[0].target = 'ghost';
    d.relations[0].type = 'loves';
    d.relations[0].evidence![0].source = 'rumour';
    d.relations[1].evidence![1].by = 'zed';
    d.sources[1].derivedFrom = ['nowhere'];
    expect(errorsOf(d)).toEqual([
      '$.sources[1].derivedFrom[0]: unknown source "nowhere": expected the id of a source in $.sources',
      '$.relations[0].source: unknown actor "nobody": expected the id of an actor in $.actors',
      '$.relations[0].target: unknown actor "ghost": expected the id of an actor in $.actors',
      '$.relations[0].type: unknown relation type "loves": expected a built-in type or one declared in $.relationTypes',
      '$.relations[0].evidence[0].source: unknown source "rumour": expected the id of a source in $.sources',
      '$.relations[1].evidence[1].by: unknown actor "zed": expected the id of an actor in $.actors',
    ]);
  });

  it('reports duplicate ids in every collection', () => {
    const d = small();
    d.actors.push({ id: 'a', label: 'Alpha again', kind: 'state' });
    d.sources.push({ id: 'wire', title: 'again' });
    d.relations.push({ ...d.relations[0] });
    d.relationTypes = [
      { id: 'x', label: 'x', sign: 0, directed: false, kind: 'verbal' },
      { id: 'x', label: 'x', sign: 0, directed: false, kind: 'verbal' },
    ];
    expect(errorsOf(d)).toEqual([
      '$.sources[2].id: duplicate source id "wire" (first used at $.sources[0])',
      '$.actors[3].id: duplicate actor id "a" (first used at $.actors[0])',
      '$.relations[2].id: duplicate relation id "a-backs-b" (first used at $.relations[0])',
      '$.relationTypes[1].id: duplicate relation type id "x" (first used at $.relationTypes[0])',
    ]);
  });

  it('reports an end before the start and an end without a start', () => {
    const d = small();
    d.relations[0].start = '2016-03';
    d.relations[0].end = '2016-02';
    d.relations[1].end = '2020';
    expect(errorsOf(d)).toEqual([
      '$.relations[0].end: end 2016-02 falls before start 2016-03',
      '$.relations[1].end: an end is given without a start',
    ]);
  });

  it('reports impossible and malformed dates, once each', () => {
    const d = small();
    d.relations[0].start = '2024-02-30';
    d.relations[0].end = 'Dec 2024';
    d.sources[0].published = '2024-13';
    d.meta.updated = '';
    const errors = errorsOf(d);
    expect(errors).toContain('$.relations[0].start: "2024-02-30": day 30 does not exist (2024-02 has 29 days)');
    expect(errors).toContain(
      '$.relations[0].end: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or "ongoing", got "Dec 2024"',
    );
    expect(errors).toContain('$.sources[0].published: "2024-13": month 13 does not exist (01 to 12)');
    expect(errors.filter((e) => e.startsWith('$.meta.updated'))).toHaveLength(1);
    expect(errors.filter((e) => e.startsWith('$.relations[0]'))).toHaveLength(2);
  });

  it('reports wrong shapes: types, enums, missing and unknown fields', () => {
    const d = small() as unknown as Record<string, unknown>;
    const actors = d.actors as Record<string, unknown>[];
    actors[0].kind = 'country';
    delete actors[1].label;
    actors[2].shade = 'red';
    const relations = d.relations as Record<string, unknown>[];
    relations[0].status = 'rumoured';
    (relations[0].evidence as Record<string, unknown>[])[0].stance = 'agrees';
    (relations[1].evidence as Record<string, unknown>[])[0].credibility = 7;
    d.format = 'faultlines/2';
    expect(errorsOf(d)).toEqual([
      '$.format: expected "faultlines/1"',
      '$.actors[0].kind: Invalid option: expected one of "state"|"state-institution"|"armed-group"|"umbrella"|"alliance"|"political"|"person"|"organisation"',
      '$.actors[1].label: Invalid input: expected string, received undefined',
      '$.actors[2].shade: unknown field "shade"',
      '$.relations[0].status: Invalid option: expected one of "reported"|"claimed"|"confirmed"|"denied"|"disputed"',
      '$.relations[0].evidence[0].stance: Invalid option: expected one of "supports"|"disputes"',
      '$.relations[1].evidence[0].credibility: expected an integer from 1 to 6',
    ]);
  });

  it('reports shape and reference errors together, so one pass shows them all', () => {
    const d = small() as unknown as { relations: Record<string, unknown>[] };
    d.relations[0].start = 2015;
    d.relations[1].target = 'nobody';
    expect(errorsOf(d)).toEqual([
      '$.relations[0].start: Invalid input: expected string, received number',
      '$.relations[1].target: unknown actor "nobody": expected the id of an actor in $.actors',
    ]);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'faultlines/1'],
    ['an array', [small()]],
    ['undefined', undefined],
  ])('rejects %s at the top level without throwing', (_, input) => {
    expect(errorsOf(input)).toEqual(['$: Invalid input: expected object, received ' + describeType(input)]);
  });

  it('reports missing collections by name', () => {
    expect(errorsOf({ format: 'faultlines/1', meta: { title: 't' } })).toEqual([
      '$.sources: Invalid input: expected array, received undefined',
      '$.actors: Invalid input: expected array, received undefined',
      '$.relations: Invalid input: expected array, received undefined',
    ]);
  });

  it('survives huge strings and deep nesting', () => {
    const huge = 'x'.repeat(20_000_000);
    const d = small() as unknown as Record<string, unknown>;
    (d.meta as Record<string, unknown>).description = huge;
    expectValid(d);
    let deep: unknown = [];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const e = small() as unknown as Record<string, unknown>;
    (e.actors as unknown[]).push(deep);
    (e.meta as Record<string, unknown>).title = { deep };
    e.extra = deep;
    expect(errorsOf(e)).toEqual([
      '$.meta.title: Invalid input: expected string, received object',
      '$.actors[3]: Invalid input: expected object, received array',
      '$.extra: unknown field "extra"',
    ]);
    const bad = small();
    bad.relations[0].start = huge;
    const message = errorsOf(bad)[0];
    expect(message.length).toBeLessThan(300);
  });

  it('lists at most maxProblems errors and counts the rest', () => {
    const d = small();
    for (let i = 0; i < 50; i++) d.relations.push({ id: `r${i}`, source: 'x', target: 'y', type: 'backs' });
    const v = validateDataset(d, { maxProblems: 10 });
    expect(v.ok).toBe(false);
    expect(v.errors).toHaveLength(10);
    expect(v.errorCount).toBe(100);
  });
});

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

describe('warnings: problems that do not stop a load', () => {
  it('drops a position beyond ±1e15 (it overflowed the framing to a blank picture), and keeps one at 1e15', () => {
    const d = small();
    Object.assign(d.actors[0], { x: 1e308, y: 2 });
    Object.assign(d.actors[1], { x: -3, y: -1e16 });
    Object.assign(d.actors[2], { x: 1e15, y: -1e15 });
    const v = expectValid(d);
    expect(where(v.warnings).filter((w) => w.includes('coordinate'))).toEqual([
      '$.actors[0].x: a coordinate beyond ±1000000000000000: the position is dropped and the layout places the actor',
      '$.actors[1].y: a coordinate beyond ±1000000000000000: the position is dropped and the layout places the actor',
    ]);
    expect([v.dataset.actors[0].x, v.dataset.actors[0].y, v.dataset.actors[1].x]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect([v.dataset.actors[2].x, v.dataset.actors[2].y]).toEqual([1e15, -1e15]);
  });

  it('loads a relation without evidence as unsourced', () => {
    const d = small();
    delete d.relations[0].evidence;
    d.relations[1].evidence = [];
    d.relations[1].status = undefined;
    const v = expectValid(d);
    expect(where(v.warnings)).toEqual([
      '$.relations[0].evidence: no evidence: the relation loads as unsourced',
      '$.relations[1].evidence: no evidence: the relation loads as unsourced',
    ]);
  });

  it('warns of evidence without a quote, a denial no evidence makes, a self-loop and a non-http link', () => {
    const d = small();
    delete d.relations[0].evidence![0].quote;
    d.relations[1].evidence!.pop();
    d.relations.push({
      id: 'a-a',
      source: 'a',
      target: 'a',
      type: 'meets',
      evidence: [{ source: 'wire', quote: 'q', stance: 'supports' }],
    });
    d.sources[0].url = 'javascript:alert(1)';
    const v = expectValid(d);
    expect(where(v.warnings)).toEqual([
      '$.sources[0].url: not an http(s) URL: shown as text, not as a link',
      '$.relations[0].evidence[0].quote: no quote: the evidence cannot be checked against its source',
      '$.relations[1].status: status is "denied" but no evidence item disputes the relation',
      '$.relations[2].target: the relation links an actor to itself',
    ]);
  });
});

describe('paths', () => {
  it('quotes keys that are not identifiers', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['relations', 3, 'evidence', 0, 'by'])).toBe('$.relations[3].evidence[0].by');
    expect(formatPath(['a b', 'ok'])).toBe('$["a b"].ok');
  });
});
