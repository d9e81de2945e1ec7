import { describe, expect, it } from 'vitest';
import bundled from '../../data/aleppo-2024.json';
import { evidenceSummary } from '../../src/model/evidenceSummary';
import { independentSourceGroups } from '../../src/model/sources';
import type { Dataset, Source } from '../../src/model/types';

const sources: Source[] = [
  { id: 'nw', title: 'Report', publisher: 'Newsweek' },
  { id: 'rewrite', title: 'Untitled rewrite', derivedFrom: ['nw'] },
  { id: 'reuters', title: 'Wire', publisher: 'Reuters' },
  { id: 'blog', title: 'Blog', derivedFrom: ['reuters'] },
  { id: 'blog2', title: 'Blog 2', derivedFrom: ['reuters'] },
];
const byId = new Map(sources.map((s) => [s.id, s]));
const groups = independentSourceGroups(sources);
const supports = (source: string) => ({ source, stance: 'supports' as const });

describe("a relation's evidence in one line", () => {
  it('counts items, disputing ones, and independent sources, naming what only repeats another', () => {
    expect(evidenceSummary([supports('rewrite'), supports('nw')], byId, groups)).toBe(
      '2 evidence items, 1 independent source in support (one repeats Newsweek)',
    );
    expect(
      evidenceSummary(
        [
          supports('nw'),
          supports('reuters'),
          supports('blog'),
          supports('blog2'),
          { source: 'nw', stance: 'disputes' },
        ],
        byId,
        groups,
      ),
    ).toBe('5 evidence items (1 disputing), 2 independent sources in support (two repeat Reuters)');
    // the same source twice is one source, repeating nothing
    expect(evidenceSummary([supports('nw'), supports('nw')], byId, groups)).toBe(
      '2 evidence items, 1 independent source in support',
    );
    expect(evidenceSummary([], byId, groups)).toBe('no evidence');
  });

  it('on the bundled dataset, agrees with the filter index on independent sources', async () => {
    const { prepare } = await import('../../src/model/prepare');
    const { validateDataset } = await import('../../src/model/validate');
    const valid = validateDataset(bundled);
    if (!valid.ok) throw new Error('invalid');
    const d = bundled as Dataset;
    const { index } = prepare(valid);
    const all = independentSourceGroups(d.sources);
    const ids = new Map(d.sources.map((s) => [s.id, s]));
    d.relations.forEach((r, i) => {
      const line = evidenceSummary(r.evidence ?? [], ids, all);
      const m = /, (\d+) independent sources? in support/.exec(line);
      if (m) expect(Number(m[1])).toBe(index.independentSources[i]);
    });
  });
});
