import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/model/dates';
import { ACTOR_KINDS, STATUSES } from '../../src/model/types';
import {
  CLAIMED_WEIGHTS,
  decodeView,
  DEFAULT_VIEW,
  encodeView,
  type AnalysisView,
  type UrlView,
} from '../../src/state/urlCodec';

const day = fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) });
const id = fc.string({
  minLength: 1,
  maxLength: 12,
  unit: fc.constantFrom('a', 'z', '-', ' ', ',', '&', '=', '#', '%', 'é', '😀', '/'),
});

const rangeArb = fc.tuple(day, day).map(([x, y]) => ({ from: Math.min(x, y), to: Math.max(x, y) }));

const analysisArb: fc.Arbitrary<AnalysisView> = fc
  .record({
    k: fc.integer({ min: 2, max: 4 }),
    claimed: fc.constantFrom(...CLAIMED_WEIGHTS),
    colourBy: fc.constantFrom('kind' as const, 'bloc' as const, 'community' as const),
    sizeBy: fc.constantFrom('degree' as const, 'betweenness' as const, 'cooperative' as const, 'hostile' as const),
    path: fc.option(
      fc
        .record({
          from: fc.option(id, { nil: null }),
          to: fc.option(id, { nil: null }),
          cooperativeOnly: fc.boolean(),
        })
        .filter((p) => p.from !== null || p.to !== null),
      { nil: null },
    ),
    compare: fc.option(fc.record({ a: rangeArb, b: rangeArb }), { nil: null }),
    diffShown: fc.boolean(),
  })
  .map((a) => ({ ...a, diffShown: a.compare !== null && a.diffShown }));

const viewArb: fc.Arbitrary<UrlView> = fc
  .record({
    data: fc.option(fc.webUrl(), { nil: undefined }),
    fingerprint: fc.option(fc.stringMatching(/^[0-9a-z]{1,8}$/), { nil: undefined }),
    dateMode: fc.constantFrom('range' as const, 'asof' as const),
    range: fc.tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null })),
    asOf: fc.option(day, { nil: null }),
    includeUndated: fc.boolean(),
    showIsolated: fc.boolean(),
    hiddenTypes: fc.array(id, { maxLength: 3 }),
    hiddenKinds: fc.subarray([...ACTOR_KINDS]),
    hiddenStatuses: fc.subarray([...STATUSES]),
    minSources: fc.integer({ min: 0, max: 3 }),
    reportedBy: fc.option(day, { nil: null }),
    selection: fc.option(
      fc.oneof(
        id.map((x) => ({ kind: 'actor' as const, id: x })),
        id.map((x) => ({ kind: 'edge' as const, key: x })),
      ),
      { nil: null },
    ),
    focusHops: fc.constantFrom(0 as const, 1 as const, 2 as const),
    camera: fc.option(
      fc.record({
        x: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        y: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
        ratio: fc.double({ noNaN: true, min: 1e-4, max: 100 }),
      }),
      { nil: null },
    ),
    embed: fc.boolean(),
    analysis: fc.option(analysisArb, { nil: null }),
  })
  .map(({ range: [a, b], ...v }): UrlView => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { ...v, from, to, focusHops: v.selection?.kind === 'actor' ? v.focusHops : 0 };
  });

describe('the URL codec', () => {
  it('round-trips every view: state -> hash -> state is the identity', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const { view, notices } = decodeView(`#${encodeView(v)}`);
        expect(notices).toEqual([]);
        expect(view).toEqual(Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves defaults out, so links stay short', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(encodeView({ ...DEFAULT_VIEW, from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2016, 12, 31) })).toBe(
      'from=2016-01-01&to=2016-12-31',
    );
  });

  it('never throws on any string, and drops what it cannot read, naming it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (hash) => {
        const { view, notices } = decodeView(hash);
        expect(typeof view.includeUndated).toBe('boolean');
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    const { view, notices } = decodeView(
      '#from=2016-01-01&bogus=1&to=2016-02-30&kinds=state,planet&cam=1,2&sources=x&actor=%E0%A4',
    );
    expect(view.from).toBe(daysFromCivil(2016, 1, 1));
    expect(view.to).toBeNull();
    expect(view.hiddenKinds).toEqual(['state']);
    expect(view.camera).toBeNull();
    expect(view.selection).toBeNull();
    expect(notices).toEqual([
      'ignored unknown part "bogus"',
      'ignored "to": "2016-02-30" is not valid',
      'ignored "kinds": "planet" is not valid',
      'ignored "cam": "1,2" is not valid',
      'ignored "sources": "x" is not valid',
      'ignored "actor": "%E0%A4" is not valid',
    ]);
  });

  it('drops a focus without a selected actor and an end before the start', () => {
    expect(decodeView('focus=2').notices).toEqual(['ignored "focus": no actor is selected']);
    const r = decodeView('from=2020-01-02&to=2020-01-01');
    expect(r.view.to).toBeNull();
    expect(r.notices).toEqual(['ignored "to": it falls before "from"']);
  });
});

describe('the analysis panel in links', () => {
  it('writes the panel, its settings and its questions in short keys, and reads them back', () => {
    const hash = encodeView({
      ...DEFAULT_VIEW,
      analysis: {
        k: 3,
        claimed: 0.25,
        colourBy: 'bloc',
        sizeBy: 'betweenness',
        path: { from: 'hts', to: 'iran', cooperativeOnly: true },
        compare: {
          a: { from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2016, 12, 31) },
          b: { from: daysFromCivil(2024, 12, 1), to: daysFromCivil(2024, 12, 1) },
        },
        diffShown: true,
      },
    });
    expect(hash).toBe(
      'an=1&k=3&claimed=0.25&colour=bloc&size=betweenness&path=hts,iran&chain=1&cmp=2016-01-01..2016-12-31,2024-12-01..2024-12-01&diff=1',
    );
    // a hand-written comparison may use partial dates
    const { view, notices } = decodeView('an=1&cmp=2016,2024-12-01');
    expect(notices).toEqual([]);
    expect(view.analysis?.compare).toEqual({
      a: { from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2016, 12, 31) },
      b: { from: daysFromCivil(2024, 12, 1), to: daysFromCivil(2024, 12, 1) },
    });
  });

  it('names what it cannot use', () => {
    expect(decodeView('k=3').notices).toEqual(['ignored "k": the analysis panel is not open (an=1)']);
    expect(decodeView('an=1&k=7&colour=red&cmp=2016').notices).toEqual([
      'ignored "k": "7" is not valid',
      'ignored "colour": "red" is not valid',
      'ignored "cmp": "2016" is not valid',
    ]);
    expect(decodeView('an=1&chain=1&diff=1').notices).toEqual([
      'ignored "chain": no path is asked for',
      'ignored "diff": no comparison is asked for',
    ]);
    expect(decodeView('an=1&chain=1').view.analysis?.path).toBeNull();
  });
});
