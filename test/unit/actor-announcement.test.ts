// What the graph's live region says for the actor the keyboard is on, and for a
// line reached from it: exact words on a small dataset, what is hidden left out,
// and on the bundled dataset the count and the lines agree with the engine.
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import bundled from '../../data/aleppo-2024.json';
import { prepare } from '../../src/model/prepare';
import type { Dataset } from '../../src/model/types';
import { validateDataset, type ValidDataset } from '../../src/model/validate';
import { actorLines, announceActor, announceLine, countryName, LINES_NAMED } from '../../src/state/actorAnnouncement';
import { loadedDataset } from '../../src/state/loaded';
import { openDataset } from '../../src/state/slices/datasetSlice';
import { storeCreator, type Store } from '../../src/state/store';

function open(d: unknown) {
  const valid = validateDataset(d) as ValidDataset;
  if (!valid.ok) throw new Error(JSON.stringify(valid));
  const store = createStore<Store>()(storeCreator);
  store.getState().commitLoad(openDataset(loadedDataset('test', valid, prepare(valid))));
  return store;
}

const source = { id: 's', title: 'Report' };
const ev = [{ source: 's', stance: 'supports' }];
const small: Dataset = {
  format: 'faultlines/1',
  meta: { title: 'Small' },
  sources: [source],
  actors: [
    { id: 'nujaba', label: 'Harakat Hezbollah al-Nujaba', short: 'Nujaba', kind: 'armed-group', country: 'IQ' },
    { id: 'syria', label: 'Syrian government', short: 'Syrian gov.', kind: 'state', country: 'SY' },
    { id: 'us', label: 'United States', short: 'US', kind: 'state' },
    { id: 'hts', label: 'Hayat Tahrir al-Sham', short: 'HTS', kind: 'armed-group' },
  ],
  relations: [
    { id: 'r1', source: 'nujaba', target: 'syria', type: 'backs', start: '2015', evidence: ev },
    { id: 'r2', source: 'nujaba', target: 'syria', type: 'backs', start: '2016', evidence: ev },
    { id: 'r3', source: 'us', target: 'nujaba', type: 'designates-terrorist', start: '2019', evidence: ev },
    {
      id: 'r4',
      source: 'hts',
      target: 'nujaba',
      type: 'fights',
      start: '2024-11-28',
      status: 'denied',
      evidence: ev,
    },
    { id: 'r5', source: 'nujaba', target: 'syria', type: 'pledges-support', start: '2024-12-01', evidence: ev },
  ],
} as Dataset;

describe('announceActor', () => {
  it('says who the actor is, the relations shown and each line from its side, in the Details order', () => {
    const s = open(small).getState();
    expect(announceActor(s.loaded!, s.engine!, 'nujaba')).toBe(
      'Nujaba, armed group, Iraq: 5 relations shown; backs Syrian gov., pledges support to Syrian gov., ' +
        'fights HTS, US designates as terrorist Nujaba.',
    );
    expect(announceActor(s.loaded!, s.engine!, 'us', true)).toBe(
      'US, state, selected: 1 relation shown; designates as terrorist Nujaba.',
    );
  });

  it('counts only what the view shows, and says when the actor is not shown', () => {
    const store = open(small);
    store.getState().setFilters({ hiddenTypes: new Set(['backs']) });
    let s = store.getState();
    expect(announceActor(s.loaded!, s.engine!, 'nujaba')).toBe(
      'Nujaba, armed group, Iraq: 3 relations shown; pledges support to Syrian gov., fights HTS, ' +
        'US designates as terrorist Nujaba.',
    );
    store.getState().setFilters({ hiddenTypes: new Set(['fights']) });
    s = store.getState();
    expect(announceActor(s.loaded!, s.engine!, 'hts')).toBe('HTS, armed group: not shown in this view.');
    expect(announceActor(s.loaded!, s.engine!, 'nobody')).toBe('No actor “nobody” in this dataset.');
  });

  it('names the first lines and counts the rest', () => {
    const many = structuredClone(small) as Dataset & { actors: unknown[]; relations: unknown[] };
    for (let k = 0; k < LINES_NAMED + 3; k++) {
      many.actors.push({ id: `a${k}`, label: `Actor ${k}`, kind: 'person' });
      many.relations.push({ id: `m${k}`, source: `a${k}`, target: 'hts', type: 'meets', evidence: ev });
    }
    const s = open(many).getState();
    const text = announceActor(s.loaded!, s.engine!, 'hts');
    expect(text).toMatch(/^HTS, armed group: 12 relations shown; /);
    expect(text).toMatch(/, and 4 more lines\.$/);
    expect(text.split(', ').filter((p) => p.startsWith('meets Actor'))).toHaveLength(LINES_NAMED - 1);
  });

  it('on the bundled dataset: the count is the engine degree and every line is a visible group', () => {
    const s = open(bundled).getState();
    const { loaded, engine } = s as Required<typeof s>;
    for (const id of loaded!.index.actorIds) {
      const a = loaded!.index.actorOrdinal.get(id)!;
      const text = announceActor(loaded!, engine!, id);
      if (!engine!.actorVisible[a]) continue;
      expect(text).toContain(`: ${engine!.degree[a]} relation${engine!.degree[a] === 1 ? '' : 's'} shown`);
      const lines = actorLines(loaded!, engine!, id);
      expect(new Set(lines.map((l) => l.group)).size).toBe(lines.length);
      let total = 0;
      for (const l of lines) {
        expect(engine!.groupCounts[l.group]).toBe(l.shown);
        expect(l.shown).toBeGreaterThan(0);
        const r = loaded!.valid.dataset.relations[loaded!.grouping.first[l.group]];
        expect([r.source, r.target]).toContain(id);
        total += l.shown;
      }
      // the bundled dataset has no self-loop: there the engine's degree counts each relation once too
      expect(total).toBe(engine!.degree[a]);
    }
  });

  it('counts a self-loop once, though the engine adds it to the degree at both its ends', () => {
    const withLoop = {
      ...small,
      relations: [
        { id: 'l1', source: 'hts', target: 'hts', type: 'fights', start: '2024', evidence: ev },
        { id: 'l2', source: 'hts', target: 'nujaba', type: 'fights', start: '2024', evidence: ev },
      ],
    } as Dataset;
    const s = open(withLoop).getState();
    expect(s.engine!.degree[s.loaded!.index.actorOrdinal.get('hts')!]).toBe(3);
    expect(announceActor(s.loaded!, s.engine!, 'hts')).toMatch(/^HTS, armed group: 2 relations shown; /);
  });
});

describe('announceLine', () => {
  it('names the line in its own direction, its relations shown and the contested ones', () => {
    const s = open(small).getState();
    const lines = actorLines(s.loaded!, s.engine!, 'nujaba');
    expect(lines.map((l) => [l.other, l.shown, l.incoming])).toEqual([
      ['syria', 2, false],
      ['syria', 1, false],
      ['hts', 1, false],
      ['us', 1, true],
    ]);
    expect(announceLine(s.loaded!, 'nujaba', lines[0], 0, lines.length)).toBe(
      'Line 1 of 4: Nujaba backs Syrian gov., 2 relations shown. Space goes to Syrian gov.; Enter opens it.',
    );
    expect(announceLine(s.loaded!, 'nujaba', lines[2], 2, lines.length)).toBe(
      'Line 3 of 4: Nujaba fights HTS, 1 relation shown, 1 denied or disputed. Space goes to HTS; Enter opens it.',
    );
    expect(announceLine(s.loaded!, 'nujaba', lines[3], 3, lines.length)).toMatch(
      /^Line 4 of 4: US designates as terrorist Nujaba, /,
    );
  });
});

describe('countryName', () => {
  it('names a region by its code, and keeps a code it cannot name', () => {
    expect(countryName('IQ')).toBe('Iraq');
    expect(countryName('sy')).toBe('Syria');
    expect(countryName('not a code')).toBe('not a code');
  });
});
