import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeDate, describePeriod } from '../../src/model/dateText';
import { groupRelations } from '../../src/model/groups';
import { layoutPositions } from '../../src/model/layout';
import { neighbourhood } from '../../src/model/neighbourhood';
import { resolveRelationTypes } from '../../src/model/relationTypes';
import { normaliseForSearch, searchActors } from '../../src/model/search';
import type { Actor, Relation } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { computeVisibility } from '../../src/model/visibility';

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
    expect(g.groups.map((x) => [x.source, x.target, x.type, x.relations])).toEqual([
      ['a', 'b', 'backs', [0, 1]],
      ['b', 'a', 'backs', [2]],
      ['a', 'b', 'fights', [3, 4]],
      ['a', 'b', 'accuses', [5]],
    ]);
    expect([...g.groupOf]).toEqual([0, 0, 1, 2, 2, 3]);
  });

  it('gives every relation of the bundled dataset exactly one group, with unique keys', () => {
    const g = groupRelations(relations, bundled.types);
    expect(g.groups.reduce((n, x) => n + x.relations.length, 0)).toBe(relations.length);
    expect(new Set(g.groups.map((x) => x.key)).size).toBe(g.groups.length);
    relations.forEach((r, i) => {
      const group = g.groups[g.groupOf[i]];
      expect(group.type).toBe(r.type);
      expect([group.source, group.target].sort()).toEqual([r.source, r.target].sort());
    });
  });

  it('keeps keys unambiguous whatever the ids hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, b, c, d) => {
        const g = groupRelations([rel('1', a, b, 'backs'), rel('2', c, d, 'backs')], types);
        expect(g.groups.length === 1).toBe(a === c && b === d);
      }),
    );
  });
});

describe('layout', () => {
  const g = groupRelations(relations, bundled.types);

  it('gives the same positions for the same dataset, run after run', () => {
    const first = layoutPositions(actors, g.groups);
    const second = layoutPositions(actors, g.groups);
    expect([...second]).toEqual([...first]);
    expect(first.size).toBe(actors.length);
    for (const p of first.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('spreads actors out rather than piling them up', () => {
    const p = [...layoutPositions(actors, g.groups).values()];
    const distinct = new Set(p.map((q) => `${q.x.toFixed(3)},${q.y.toFixed(3)}`));
    expect(distinct.size).toBe(p.length);
  });

  it('uses curated x, y when every actor has them', () => {
    const curated: Actor[] = [
      { id: 'a', label: 'A', kind: 'state', x: 1, y: 2 },
      { id: 'b', label: 'B', kind: 'state', x: -3, y: 4 },
    ];
    expect([...layoutPositions(curated, [])]).toEqual([
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

describe('neighbourhood and visibility', () => {
  const g = groupRelations(relations, bundled.types);

  it('finds the actors within one and two hops', () => {
    const one = neighbourhood(g.groups, 'badr', 1);
    expect(one.has('badr') && one.has('syria-gov') && one.has('iran')).toBe(true);
    expect(one.has('us')).toBe(false);
    const two = neighbourhood(g.groups, 'badr', 2);
    expect(two.has('us')).toBe(true);
    for (const a of one) expect(two.has(a)).toBe(true);
  });

  it('shows everything by default and counts relations and actors', () => {
    const v = computeVisibility(relations, g, { showUnsourced: true });
    expect(v.relationCount).toBe(relations.length);
    expect(v.actors.size).toBe(actors.length);
  });

  it('focus keeps only relations inside the neighbourhood', () => {
    const v = computeVisibility(relations, g, { showUnsourced: true, focus: { actor: 'badr', hops: 1 } });
    const around = neighbourhood(g.groups, 'badr', 1);
    relations.forEach((r, i) => expect(v.relations[i] === 1).toBe(around.has(r.source) && around.has(r.target)));
    expect([...v.actors].every((a) => around.has(a))).toBe(true);
  });

  it('hides unsourced relations on demand', () => {
    const rs = [rel('1', 'a', 'b', 'backs'), { ...rel('2', 'b', 'c', 'backs'), evidence: [] }];
    const grouping = groupRelations(rs, types);
    expect(computeVisibility(rs, grouping, { showUnsourced: true }).relationCount).toBe(2);
    const hidden = computeVisibility(rs, grouping, { showUnsourced: false });
    expect(hidden.relationCount).toBe(1);
    expect([...hidden.actors].sort()).toEqual(['a', 'b']);
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
});
