import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDate, describePeriod, describeWhen } from '../../src/model/dateText';
import { groupMembers, groupRelations, keyOfGroup } from '../../src/model/groups';
import { buildFilterIndex } from '../../src/model/filterIndex';
import { FilterEngine } from '../../src/model/filterEngine';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { layoutPositions } from '../../src/model/layout';
import { resolveRelationTypes } from '../../src/model/relationTypes';
import { normaliseForSearch, searchActors } from '../../src/model/search';
import type { Actor, Relation } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';

const bundled = validateDataset(
  JSON.parse(readFileSync(new URL('../../data/aleppo-2024.json', import.meta.url), 'utf8')),
);
if (!bundled.ok) throw new Error('the bundled dataset does not validate');
const { actors, relations } = bundled.dataset;
const types = resolveRelationTypes();

function rel(id: string, source: string, target: string, type: string, extra: Partial<Relation> = {}): Relation {
  return { id, source, target, type, evidence: [{ source: 's', quote: 'q', stance: 'supports' }], ...extra };
}

describe('edge groups', () => {
  it('puts relations of one (source, target, type) in one group, and both directions of an undirected type', () => {
    const g = groupRelations(
      [
        rel('1', 'a', 'b', 'backs'),
        rel('2', 'a', 'b', 'backs'),
        rel('3', 'b', 'a', 'backs'),
        rel('4', 'a', 'b', 'fights'),
        rel('5', 'b', 'a', 'fights'),
        rel('6', 'a', 'b', 'accuses'),
      ],
      types,
    );
    expect(g.groupCount).toBe(4);
    expect(Array.from({ length: 4 }, (_, k) => [...groupMembers(g, k)])).toEqual([[0, 1], [2], [3, 4], [5]]);
    expect([...g.first]).toEqual([0, 2, 3, 5]);
    expect([...g.groupOf]).toEqual([0, 0, 1, 2, 2, 3]);
  });

  it('gives every relation of the bundled dataset exactly one group, with unique keys', () => {
    const g = groupRelations(relations, bundled.types);
    expect(g.memberStart[g.groupCount]).toBe(relations.length);
    const keys = Array.from({ length: g.groupCount }, (_, k) => keyOfGroup(relations, g, k));
    expect(new Set(keys).size).toBe(g.groupCount);
    relations.forEach((r, i) => {
      const first = relations[g.first[g.groupOf[i]]];
      expect(first.type).toBe(r.type);
      expect([first.source, first.target].sort()).toEqual([r.source, r.target].sort());
      expect([...groupMembers(g, g.groupOf[i])]).toContain(i);
    });
  });

  it('keeps keys unambiguous whatever the ids hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, b, c, d) => {
        const g = groupRelations([rel('1', a, b, 'backs'), rel('2', c, d, 'backs')], types);
        expect(g.groupCount === 1).toBe(a === c && b === d);
      }),
    );
  });
});

describe('layout', () => {
  const g = groupRelations(relations, bundled.types);

  it('gives the same positions for the same dataset, run after run', () => {
    const first = layoutPositions(actors, relations, g);
    const second = layoutPositions(actors, relations, g);
    expect([...second]).toEqual([...first]);
    expect(first.size).toBe(actors.length);
    for (const p of first.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('spreads actors out rather than piling them up', () => {
    const p = [...layoutPositions(actors, relations, g).values()];
    const distinct = new Set(p.map((q) => `${q.x.toFixed(3)},${q.y.toFixed(3)}`));
    expect(distinct.size).toBe(p.length);
  });

  it('uses curated x, y when every actor has them', () => {
    const curated: Actor[] = [
      { id: 'a', label: 'A', kind: 'state', x: 1, y: 2 },
      { id: 'b', label: 'B', kind: 'state', x: -3, y: 4 },
    ];
    expect([...layoutPositions(curated, [], groupRelations([], types))]).toEqual([
      ['a', { x: 1, y: 2 }],
      ['b', { x: -3, y: 4 }],
    ]);
  });
});

describe('search', () => {
  it('finds actors by alias, ignoring case and diacritics', () => {
    expect(searchActors(actors, 'nusra')[0].actor.id).toBe('hts');
    expect(searchActors(actors, 'nujabaa')[0].actor.id).toBe('nujaba');
    expect(searchActors(actors, 'NUJÂBA')[0].actor.id).toBe('nujaba');
    expect(searchActors(actors, 'hhn')[0]).toMatchObject({ actor: { id: 'nujaba' }, matched: 'HHN' });
    expect(searchActors(actors, 'Kurdistan Workers')[0].actor.id).toBe('pkk');
    expect(searchActors(actors, 'zzzz')).toEqual([]);
    expect(searchActors(actors, '   ')).toEqual([]);
  });

  it('ranks an exact short name above names that merely contain the query', () => {
    expect(searchActors(actors, 'SDF')[0].actor.id).toBe('sdf');
    expect(searchActors(actors, 'iran')[0].actor.id).toBe('iran');
  });

  it('normalises apostrophes, dashes and accents away', () => {
    expect(normaliseForSearch('Shi’ite  al-Sham Élysée')).toBe('shiite alsham elysee');
  });
});

describe('focus on the bundled dataset', () => {
  const g = groupRelations(relations, bundled.types);
  const index = buildFilterIndex(bundled.dataset, bundled.types, bundled.intervals, g);
  const shownActors = (engine: FilterEngine) => index.actorIds.filter((_, a) => engine.actorVisible[a]);

  it('shows the actors within one and two hops, and all of them without focus', () => {
    const engine = new FilterEngine(index);
    engine.apply(DEFAULT_FILTERS);
    expect(engine.actorCount).toBe(actors.length);
    expect(engine.relationCount).toBe(relations.length);
    engine.apply({ ...DEFAULT_FILTERS, focus: { actor: 'badr', hops: 1 } });
    const one = shownActors(engine);
    expect(one).toEqual(expect.arrayContaining(['badr', 'syria-gov', 'iran']));
    expect(one).not.toContain('us');
    engine.apply({ ...DEFAULT_FILTERS, focus: { actor: 'badr', hops: 2 } });
    const two = shownActors(engine);
    expect(two).toContain('us');
    expect(two).toEqual(expect.arrayContaining(one));
  });
});

describe('dates as read', () => {
  it('states dates at their precision', () => {
    expect(describeDate('2024-11-30')).toBe('30 Nov 2024');
    expect(describeDate('2024-12')).toBe('Dec 2024');
    expect(describePeriod('2015', 'ongoing')).toBe('since 2015');
    expect(describePeriod('2012', '2016')).toBe('2012 – 2016');
    expect(describePeriod(undefined, undefined)).toBe('undated');
    expect(describePeriod('2024-12-01')).toBe('1 Dec 2024');
  });

  it('says a one-off event happened once within its window, and a state lasted over its period', () => {
    expect(describeWhen('2024-11-27', '2024-12-02', true)).toBe('once, 27 Nov 2024 – 2 Dec 2024');
    expect(describeWhen('2024-11-27', '2024-12-02')).toBe('27 Nov 2024 – 2 Dec 2024');
    expect(describeWhen('2024-11', undefined, true)).toBe('once in Nov 2024');
    expect(describeWhen('2024-11-30', undefined, true)).toBe('30 Nov 2024');
    expect(describeWhen(undefined, undefined, true)).toBe('undated');
  });
});
