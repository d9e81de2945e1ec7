// Actors' colours when no analysis colours them: a file's own colours win unless
// the app's are asked for; the app colours a one-kind dataset by community (the
// largest communities first) and others by kind; untyped lines take their source
// actor's colour only where actors are coloured by file or community.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/aleppo-2024.json';
import { readGexfDataset } from '../../src/io/gexfImport';
import { prepare } from '../../src/model/prepare';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { loadedDataset, type LoadedDataset } from '../../src/state/loaded';
import { colouringOf, communityRanks, drawColours, nodeColours } from '../../src/view/graph/nodeColours';
import { COMMUNITY_COLOURS, KIND_COLOURS, UNPLACED_NODE } from '../../src/view/palette';

function open(valid: ValidDataset): LoadedDataset {
  return loadedDataset('test', valid, prepare(valid));
}

const lesMiserables = () => {
  const text = readFileSync(new URL('../fixtures/gexf/les_miserables.gexf', import.meta.url), 'utf8');
  const result = readGexfDataset('les_miserables.gexf', text);
  if (!result.ok) throw new Error('les_miserables.gexf does not load');
  return open(result);
};

describe('colouringOf and nodeColours', () => {
  it('draws a file in its own colours, and by community when the app colours are asked for', () => {
    const loaded = lesMiserables();
    expect(colouringOf(loaded, false)).toBe('file');
    const colours = nodeColours(loaded, 'file');
    loaded.valid.dataset.actors.forEach((a, k) => expect(colours[k]).toBe(a.colour));
    // every actor of a GEXF is of one kind: the app's colours are the communities'
    expect(colouringOf(loaded, true)).toBe('community');
    const byCommunity = nodeColours(loaded, 'community');
    const { rank } = communityRanks(loaded.communities);
    byCommunity.forEach((c, k) =>
      expect(c).toBe(rank[k] >= 0 && rank[k] < COMMUNITY_COLOURS.length ? COMMUNITY_COLOURS[rank[k]] : UNPLACED_NODE),
    );
    // actors of one community share a colour
    const byId = new Map<number, Set<string>>();
    loaded.communities.forEach((c, k) => byId.set(c, (byId.get(c) ?? new Set()).add(byCommunity[k])));
    for (const set of byId.values()) expect(set.size).toBe(1);
  });

  it('colours a dataset of several kinds by kind, whatever the switch', () => {
    const loaded = open(validateDataset(bundled) as ValidDataset);
    expect(colouringOf(loaded, false)).toBe('kind');
    expect(colouringOf(loaded, true)).toBe('kind');
    expect(nodeColours(loaded, 'kind')).toEqual(loaded.valid.dataset.actors.map((a) => KIND_COLOURS[a.kind]));
    expect(drawColours(loaded, false, 0.5).lineTints).toBeNull();
  });

  it('gives untyped lines their source actor colour, see-through, where actors are coloured by file', () => {
    const loaded = lesMiserables();
    const { nodeColours: colours, lineTints } = drawColours(loaded, false, 0.4);
    const first = colours[0];
    const n = parseInt(first.slice(1), 16);
    expect(lineTints?.[0]).toBe(`rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, 0.40)`);
  });
});

describe('communityRanks', () => {
  it('ranks communities by size, largest first, ties by number, and leaves actors without one out', () => {
    const { rank, sizes } = communityRanks(Int32Array.from([3, 1, 1, -1, 3, 3, 0, 0]));
    expect(sizes).toEqual([3, 2, 2]);
    expect([...rank]).toEqual([0, 2, 2, -1, 0, 0, 1, 1]);
  });
});
