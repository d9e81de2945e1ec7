import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/model/dates';
import { ACTOR_KINDS, STATUSES } from '../../src/model/types';
import { decodeView, DEFAULT_VIEW, encodeView, type UrlView } from '../../src/state/urlCodec';

const day = fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) });
const id = fc.string({
  minLength: 1,
  maxLength: 12,
  unit: fc.constantFrom('a', 'z', '-', ' ', ',', '&', '=', '#', '%', 'é', '😀', '/'),
});

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
