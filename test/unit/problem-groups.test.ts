import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupProblems, kindOf } from '../../src/model/problemGroups';
import { validateDataset } from '../../src/model/validate';

describe('problems of one kind', () => {
  it('are said once with their count, each group holding its places in order', () => {
    const relations = Array.from({ length: 199 }, (_, i) => ({ id: `r${i}`, source: 'a', target: 'b', type: 'backs' }));
    const v = validateDataset({
      format: 'faultlines/1',
      meta: { title: 't' },
      sources: [],
      actors: [
        { id: 'a', label: 'A', kind: 'state' },
        { id: 'b', label: 'B', kind: 'state' },
      ],
      relations,
    });
    const groups = groupProblems(v.warnings);
    expect(groups.map((g) => g.summary)).toEqual(['199 relations: no evidence: the relation loads as unsourced']);
    expect(groups[0].problems.map((p) => p.path[1])).toEqual(relations.map((_, i) => i));
  });

  it('tells kinds apart by their words, not their names or numbers', () => {
    const groups = groupProblems([
      { path: ['relations', 0, 'source'], message: 'unknown actor "x": expected the id of an actor in $.actors' },
      { path: ['relations', 3, 'source'], message: 'unknown actor "y": expected the id of an actor in $.actors' },
      { path: [], message: 'Too few fields: expected 5 fields but parsed 3', place: 'a.csv, row 4' },
      { path: [], message: 'Too few fields: expected 5 fields but parsed 2', place: 'a.csv, row 9' },
      { path: ['actors', 1], message: 'a lone problem' },
    ]);
    expect(groups.map((g) => [g.summary, g.problems.length])).toEqual([
      ['2 relations: unknown actor "…": expected the id of an actor in $.actors', 2],
      ['2 rows: Too few fields: expected … fields but parsed …', 2],
      ['a lone problem', 1],
    ]);
  });

  it('lose and add no problem, whatever the messages', () => {
    const problem = fc.record({
      path: fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 3 }),
      message: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(problem, { maxLength: 40 }), (problems) => {
        const groups = groupProblems(problems);
        expect(groups.flatMap((g) => g.problems).length).toBe(problems.length);
        for (const g of groups) expect(new Set(g.problems.map((p) => kindOf(p.message))).size).toBe(1);
      }),
    );
  });
});
