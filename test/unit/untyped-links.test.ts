import { describe, expect, it } from 'vitest';
import { prepare } from '../../src/model/prepare';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import type { Dataset } from '../../src/model/types';
import { loadedDataset } from '../../src/state/loaded';
import { untypedCount, withUntypedRead } from '../../src/state/untypedLinks';

const imported: Dataset = {
  format: 'faultlines/1',
  meta: { title: 'Imported' },
  sources: [],
  actors: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase(), kind: 'organisation' })),
  relations: [
    { id: 'e1', source: 'a', target: 'b', type: 'related-to' },
    { id: 'e2', source: 'b', target: 'c', type: 'related-to' },
    { id: 'e3', source: 'a', target: 'c', type: 'fights' },
  ],
};

function open(d: Dataset) {
  const valid = validateDataset(d) as ValidDataset;
  expect(valid.ok).toBe(true);
  return loadedDataset('imported.gexf', valid, prepare(valid));
}

describe('links without a type', () => {
  it('are counted until the data says how to read them', () => {
    expect(untypedCount(open(imported))).toBe(2);
    const read = withUntypedRead(imported, -1);
    const reopened = open(read);
    expect(untypedCount(reopened)).toBe(0);
    // the analysis and the drawing read the declared sign
    expect(reopened.valid.types.get('related-to')).toMatchObject({ sign: -1, label: 'related to (read as hostile)' });
    expect(untypedCount(open({ ...imported, relations: imported.relations.slice(2) }))).toBe(0);
  });

  it('read as cooperative keeps the data and the other declared types', () => {
    const typed = {
      ...imported,
      relationTypes: [{ id: 'x', label: 'x', sign: 0 as const, directed: false, kind: 'verbal' as const }],
    };
    const read = withUntypedRead(typed, 1);
    expect(read.relations).toBe(typed.relations);
    expect(read.relationTypes!.map((t) => [t.id, t.sign])).toEqual([
      ['x', 0],
      ['related-to', 1],
    ]);
  });
});
