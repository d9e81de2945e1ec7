// The view's declaration and its codecs, piece by piece: the table is well formed
// (every field in a slice, its default writes nothing, keys unique), each codec
// reads back what it writes and names what it cannot read, and the rules derived
// from the table (sameness, filters) do what DESIGN.md says.
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/model/dates';

// Loaded in the tests, not at import, so that a broken table fails a test here
// rather than the whole file's collection.
const load = async () => ({
  fields: await import('../../src/state/viewFields'),
  rules: await import('../../src/state/viewRules'),
  codec: await import('../../src/state/urlCodec'),
});

/** The parts a codec writes, and what it reads back from them with the notices it gives. */
function roundTrip<T>(codec: { write(v: T, put: (k: string, t: string) => void): void; read(p: unknown): T }, v: T) {
  const parts = new Map<string, string>();
  codec.write(v, (k, t) => parts.set(k, t));
  const bad: string[] = [];
  const back = codec.read({
    get: (k: string) => parts.get(k),
    bad: (k: string, raw: string) => bad.push(`${k}=${raw}`),
  });
  return { parts: Object.fromEntries(parts), back, bad };
}

describe('the view declaration', () => {
  it('puts every field in a slice, writes nothing for a default, and gives each link key to one field', async () => {
    const { fields } = await load();
    const keys: string[] = [];
    for (const k of fields.VIEW_KEYS) {
      const f = fields.VIEW_FIELDS[k];
      expect(['filters', 'selection', 'frame', 'analysis'], k).toContain(f.group);
      expect(f.codec.keys.length, k).toBeGreaterThan(0);
      keys.push(...f.codec.keys);
      const { parts, back, bad } = roundTrip(f.codec as never, f.default);
      expect(parts, k).toEqual({});
      expect(bad, k).toEqual([]);
      expect(f.equals(back as never, f.default as never), k).toBe(true);
      expect(fields.VIEW_DEFAULTS[k], k).toBe(f.default);
    }
    expect(new Set(keys).size).toBe(keys.length);
    expect([...new Set(fields.VIEW_KEYS.map((k) => fields.VIEW_FIELDS[k].group))].sort()).toEqual([
      'analysis',
      'filters',
      'frame',
      'selection',
    ]);
    // the groups partition the view
    const grouped = (['filters', 'selection', 'frame', 'analysis'] as const).flatMap((g) =>
      Object.keys(fields.groupDefaults(g)),
    );
    expect(grouped.sort()).toEqual([...fields.VIEW_KEYS].sort());
  });

  it('declares the defaults DESIGN.md gives, and which changes are continuous', async () => {
    const { fields } = await load();
    expect(fields.VIEW_DEFAULTS).toMatchObject({
      dateMode: 'range',
      from: null,
      to: null,
      asOf: null,
      includeUndated: true,
      showIsolated: false,
      minSources: 0,
      reportedBy: null,
      selection: null,
      focusHops: 0,
      camera: null,
      embed: false,
      analysisOpen: false,
      analysisSettings: { k: 2, claimed: 0.5, colourBy: 'kind', sizeBy: 'degree' },
      pathQuery: { from: null, to: null, cooperativeOnly: false },
      compareQuery: null,
      diffShown: false,
    });
    expect(fields.VIEW_KEYS.filter((k) => fields.VIEW_FIELDS[k].continuous)).toEqual(['from', 'to', 'asOf', 'camera']);
    expect(fields.CLAIMED_WEIGHTS).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(fields.COLOUR_BY).toEqual(['kind', 'bloc', 'community']);
    expect(fields.SIZE_BY).toEqual(['degree', 'betweenness', 'cooperative', 'hostile']);
    expect(fields.VIEW_FIELDS.camera.group).toBe('frame');
    expect(fields.VIEW_FIELDS.compareQuery.group).toBe('analysis');
  });

  it('compares sets by content and plain data by value', async () => {
    const { fields, rules } = await load();
    const base = fields.VIEW_DEFAULTS;
    expect(rules.sameView(base, { ...base })).toBe(true);
    expect(
      rules.sameView({ ...base, hiddenTypes: new Set(['a', 'b']) }, { ...base, hiddenTypes: new Set(['b', 'a']) }),
    ).toBe(true);
    expect(rules.sameView({ ...base, hiddenTypes: new Set(['a']) }, { ...base, hiddenTypes: new Set(['b']) })).toBe(
      false,
    );
    expect(
      rules.sameView({ ...base, hiddenTypes: new Set(['a']) }, { ...base, hiddenTypes: new Set(['a', 'b']) }),
    ).toBe(false);
    expect(rules.sameView(base, { ...base, camera: { x: 0, y: 0, ratio: 1 } })).toBe(false);
    expect(
      rules.sameView({ ...base, camera: { x: 0, y: 0, ratio: 1 } }, { ...base, camera: { x: 0, y: 0, ratio: 1 } }),
    ).toBe(true);
    expect(rules.sameView(base, { ...base, embed: true })).toBe(false);
    expect(rules.historyStep(base, { ...base, hiddenKinds: new Set(['state']) }, false)).toBe('push');
  });
});

describe('the engine filters of a view', () => {
  it('takes the range, or the "as of" day (the last day of the data when open), and Focus only on a selected actor', async () => {
    const { fields, rules } = await load();
    const base = fields.VIEW_DEFAULTS;
    expect(rules.filtersOf({ ...base, from: 3, to: 9, asOf: 5 }, 100)).toMatchObject({ from: 3, to: 9, focus: null });
    expect(rules.filtersOf({ ...base, dateMode: 'asof', from: 3, to: 9, asOf: 5 }, 100)).toMatchObject({
      from: 5,
      to: 5,
    });
    expect(rules.filtersOf({ ...base, dateMode: 'asof' }, 100)).toMatchObject({ from: 100, to: 100 });
    expect(rules.filtersOf({ ...base, dateMode: 'asof' }, null)).toMatchObject({ from: null, to: null });
    const hts = { kind: 'actor' as const, id: 'hts' };
    expect(rules.filtersOf({ ...base, selection: hts, focusHops: 2 }, 1).focus).toEqual({ actor: 'hts', hops: 2 });
    expect(rules.filtersOf({ ...base, selection: hts, focusHops: 0 }, 1).focus).toBeNull();
    expect(rules.filtersOf({ ...base, selection: { kind: 'edge', key: 'x' }, focusHops: 1 }, 1).focus).toBeNull();
    expect(rules.filtersOf({ ...base, selection: null, focusHops: 1 }, 1).focus).toBeNull();
    const types = new Set(['backs']);
    const f = rules.filtersOf({ ...base, hiddenTypes: types, minSources: 2, reportedBy: 7, includeUndated: false }, 1);
    expect(f).toMatchObject({ minSources: 2, reportedBy: 7, includeUndated: false, showIsolated: false });
    // the same Set object: the engine tells a date-only step by identity
    expect(f.hiddenTypes).toBe(types);
  });

  it('keeps the view consistent: the drawn comparison needs a comparison', async () => {
    const { codec } = await load();
    expect(codec.decodeLink('an=1&diff=1').view.diffShown).toBe(false);
    expect(codec.decodeLink('an=1&cmp=2016,2017&diff=1').view.diffShown).toBe(true);
  });
});

describe('links, part by part', () => {
  it('reads an empty or malformed part as not valid, and skips empty parts', async () => {
    const { codec } = await load();
    const read = (hash: string) => codec.decodeLink(hash).notices;
    expect(read('from=2016-01-01&&to=2016-02-01&')).toEqual([]);
    expect(read('an')).toEqual(['ignored "an": "" is not valid']);
    expect(read('mode=range&mode=asof')).toEqual([]);
    expect(read('mode=range')).toEqual([]);
    expect(read('an=2')).toEqual(['ignored "an": "2" is not valid']);
    expect(read('=x')).toEqual(['ignored unknown part ""']);
    expect(read('data=&fp=%E0')).toEqual(['ignored "data": "" is not valid', 'ignored "fp": "%E0" is not valid']);
    expect(read('actor=')).toEqual(['ignored "actor": "" is not valid']);
    expect(read('edge=%E0')).toEqual(['ignored "edge": "%E0" is not valid']);
    expect(read('types=a,,b')).toEqual(['ignored "types": "" is not valid']);
    expect([...codec.decodeLink('types=a,%E0,b').view.hiddenTypes]).toEqual(['a', 'b']);
    expect(read('cam=1, ,2')).toEqual(['ignored "cam": "1, ,2" is not valid']);
    expect(codec.decodeLink('cam=1,2,-1').view.camera).toBeNull();
    expect(codec.decodeLink('cam=1e3,-2.5,0.5').view.camera).toEqual({ x: 1000, y: -2.5, ratio: 0.5 });
    expect(read('an=1&k=5')).toEqual(['ignored "k": "5" is not valid']);
    expect(read('an=1&k=1')).toEqual(['ignored "k": "1" is not valid']);
    expect(codec.decodeLink('an=1&k=4').view.analysisSettings.k).toBe(4);
  });

  it('reads a path as two ends, either of which may be empty, and nothing else', async () => {
    const { codec } = await load();
    const path = (hash: string) => codec.decodeLink(`an=1&${hash}`);
    expect(path('path=a,b').view.pathQuery).toEqual({ from: 'a', to: 'b', cooperativeOnly: false });
    expect(path('path=a,').view.pathQuery).toEqual({ from: 'a', to: null, cooperativeOnly: false });
    for (const bad of ['path=a', 'path=a,b,c', 'path=%E0,b', 'path=,']) {
      expect(path(bad).notices, bad).toEqual([`ignored "path": "${bad.slice(5)}" is not valid`]);
      expect(path(bad).view.pathQuery.from, bad).toBeNull();
    }
  });

  it('shortens what it quotes in a notice to 40 characters', async () => {
    const { codec } = await load();
    const long = 'x'.repeat(41);
    expect(codec.decodeLink(`${long}=1`).notices).toEqual([`ignored unknown part "${'x'.repeat(40)}…"`]);
    expect(codec.decodeLink(`${'y'.repeat(40)}=1`).notices).toEqual([`ignored unknown part "${'y'.repeat(40)}"`]);
    expect(codec.decodeLink(`from=${long}`).notices).toEqual([`ignored "from": "${'x'.repeat(40)}…" is not valid`]);
  });

  it('keeps the panel in a link while it is open, and only then', async () => {
    const { fields, codec } = await load();
    const open = {
      ...fields.VIEW_DEFAULTS,
      analysisOpen: true,
      compareQuery: { a: { from: 1, to: 2 }, b: { from: 3, to: 4 } },
      pathQuery: { from: 'a', to: null, cooperativeOnly: true },
    };
    expect(codec.linkable(open)).toBe(open);
    const closed = codec.linkable({ ...open, analysisOpen: false });
    expect(closed.compareQuery).toBeNull();
    expect(closed.pathQuery).toEqual(fields.VIEW_DEFAULTS.pathQuery);
    expect(codec.encodeLink({ data: null, fingerprint: null, view: { ...open, analysisOpen: false } })).toBe('');
    expect(codec.encodeLink({ data: null, fingerprint: null, view: open })).toBe(
      'an=1&path=a,&chain=1&cmp=1970-01-02..1970-01-03,1970-01-04..1970-01-05',
    );
    expect(codec.decodeLink('from=2016-01-01').view.from).toBe(daysFromCivil(2016, 1, 1));
  });
});
