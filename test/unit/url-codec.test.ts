import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../src/model/dates';
import { ACTOR_KINDS, STATUSES } from '../../src/model/types';
import { decodeLink, encodeLink, linkable, type Link } from '../../src/state/urlCodec';
import {
  CLAIMED_WEIGHTS,
  COLOUR_BY,
  SIZE_BY,
  VIEW_DEFAULTS,
  type DataFacts,
  type View,
} from '../../src/state/viewFields';
import { historyStep, sameView } from '../../src/state/viewRules';

// Arbitraries are built inside the tests, not at import: a mutant that breaks the codec's
// tables then fails a test instead of the file's collection (which a mutation run cannot see).
const day = () => fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) });
const id = () =>
  fc.string({
    minLength: 1,
    maxLength: 12,
    unit: fc.constantFrom('a', 'z', '-', ' ', ',', '&', '=', '#', '%', 'é', '😀', '/', '.'),
  });
const rangeArb = () => fc.tuple(day(), day()).map(([x, y]) => ({ from: Math.min(x, y), to: Math.max(x, y) }));

const analysisArb = () =>
  fc.record({
    analysisOpen: fc.boolean(),
    analysisSettings: fc.record({
      k: fc.integer({ min: 2, max: 4 }),
      claimed: fc.constantFrom(...CLAIMED_WEIGHTS),
      contested: fc.constantFrom(...CLAIMED_WEIGHTS),
      unacted: fc.constantFrom(...CLAIMED_WEIGHTS),
      colourBy: fc.constantFrom(...COLOUR_BY),
      sizeBy: fc.constantFrom(...SIZE_BY),
    }),
    pathQuery: fc.record({
      from: fc.option(id(), { nil: null }),
      to: fc.option(id(), { nil: null }),
      cooperativeOnly: fc.boolean(),
    }),
    compareQuery: fc.option(fc.record({ a: rangeArb(), b: rangeArb() }), { nil: null }),
    diffShown: fc.boolean(),
  });

/** Any consistent view: the range in order, Focus only on an actor, the drawn comparison only with one. */
const viewArb = (): fc.Arbitrary<View> =>
  fc
    .record({
      dateMode: fc.constantFrom('range' as const, 'asof' as const),
      range: fc.tuple(fc.option(day(), { nil: null }), fc.option(day(), { nil: null })),
      asOf: fc.option(day(), { nil: null }),
      includeUndated: fc.boolean(),
      showIsolated: fc.boolean(),
      hiddenTypes: fc.uniqueArray(id(), { maxLength: 3 }).map((x) => new Set(x)),
      hiddenKinds: fc.subarray([...ACTOR_KINDS]).map((x) => new Set(x)),
      hiddenStatuses: fc.subarray([...STATUSES]).map((x) => new Set(x)),
      actsOnly: fc.boolean(),
      minSources: fc.integer({ min: 0, max: 9 }),
      reportedBy: fc.option(day(), { nil: null }),
      selection: fc.option(
        fc.oneof(
          id().map((x) => ({ kind: 'actor' as const, id: x })),
          id().map((x) => ({ kind: 'edge' as const, key: x })),
        ),
        { nil: null },
      ),
      focusHops: fc.constantFrom(0 as const, 1 as const, 2 as const),
      camera: fc.option(
        fc.record({
          x: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
          y: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
          ratio: fc.double({ noNaN: true, noDefaultInfinity: true, min: 1e-4, max: 100 }),
        }),
        { nil: null },
      ),
      appColours: fc.boolean(),
      embed: fc.boolean(),
      analysis: analysisArb(),
    })
    .map(({ range: [a, b], analysis, ...v }): View => {
      const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
      return linkable({
        ...v,
        ...analysis,
        diffShown: analysis.compareQuery !== null && analysis.diffShown,
        from,
        to,
        focusHops: v.selection?.kind === 'actor' ? v.focusHops : 0,
      });
    });

/** A story a link may carry: any valid one (ids and titles of any characters). */
const storyArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  title: fc.string({ minLength: 1, maxLength: 20 }),
  steps: fc.array(
    fc.record({ title: fc.string({ minLength: 1, maxLength: 10 }), view: fc.string({ maxLength: 30 }) }),
    {
      maxLength: 3,
    },
  ),
});

const linkArb = (): fc.Arbitrary<Link> =>
  fc
    .record({
      data: fc.option(fc.webUrl(), { nil: null }),
      fingerprint: fc.option(fc.stringMatching(/^[0-9a-z]{1,8}$/), { nil: null }),
      view: viewArb(),
      story: fc.option(fc.record({ id: fc.string({ minLength: 1, maxLength: 12 }), step: fc.nat(998) }), { nil: null }),
      carried: fc.option(storyArb, { nil: null }),
    })
    // a carried story is the one named: its id is the link's
    .map((l) => (l.story && l.carried ? { ...l, carried: { ...l.carried, id: l.story.id } } : { ...l, carried: null }));

/** Facts of a dataset that has exactly the ids a view names (and one more of each). */
function factsFor(view: View, fingerprint: string): DataFacts {
  const actors = new Set(['extra']);
  const edges = new Set(['extra']);
  if (view.selection?.kind === 'actor') actors.add(view.selection.id);
  if (view.selection?.kind === 'edge') edges.add(view.selection.key);
  for (const end of [view.pathQuery.from, view.pathQuery.to]) if (end !== null) actors.add(end);
  const types = new Set([...view.hiddenTypes, 'extra']);
  return {
    fingerprint,
    hasType: (t) => types.has(t),
    hasActor: (a) => actors.has(a),
    hasEdge: (e) => edges.has(e),
  };
}

describe('the URL codec', () => {
  it('round-trips every link: view -> hash -> view is the identity', () => {
    fc.assert(
      fc.property(linkArb(), (link) => {
        const decoded = decodeLink(`#${encodeLink(link)}`);
        expect(decoded.notices).toEqual([]);
        expect(decoded.data).toBe(link.data);
        expect(decoded.fingerprint).toBe(link.fingerprint);
        expect(decoded.story).toEqual(link.story);
        expect(decoded.carried).toEqual(link.carried);
        expect(sameView(decoded.view, link.view), JSON.stringify([...Object.entries(decoded.view)])).toBe(true);
        // and writing it again gives the same text
        expect(encodeLink(decoded)).toBe(encodeLink(link));
      }),
      { numRuns: 2000 },
    );
    // thousands of cases: time for a busy machine
  }, 60_000);

  it('round-trips against data that has what the view names, and drops exactly what data lacks', () => {
    fc.assert(
      fc.property(linkArb(), fc.boolean(), (link, lacking) => {
        const facts = factsFor(link.view, link.fingerprint ?? 'fp');
        if (!lacking) {
          const decoded = decodeLink(encodeLink(link), facts);
          expect(decoded.notices).toEqual([]);
          expect(sameView(decoded.view, link.view)).toBe(true);
          return;
        }
        // data that has none of the view's ids: every one is dropped, each named
        const empty: DataFacts = {
          fingerprint: 'other',
          hasType: () => false,
          hasActor: () => false,
          hasEdge: () => false,
        };
        const { view, notices } = decodeLink(encodeLink(link), empty);
        expect(view.hiddenTypes.size).toBe(0);
        expect(view.selection).toBeNull();
        expect(view.focusHops).toBe(0);
        expect([view.pathQuery.from, view.pathQuery.to]).toEqual([null, null]);
        const named = link.view.hiddenTypes.size + (link.view.selection ? 1 : 0) + (link.fingerprint ? 1 : 0);
        const ends = link.view.analysisOpen ? [link.view.pathQuery.from, link.view.pathQuery.to] : [];
        const focus = link.view.focusHops > 0 ? 1 : 0;
        expect(notices.length).toBe(named + ends.filter((e) => e !== null).length + focus);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves defaults out, so links stay short', () => {
    expect(encodeLink({ data: null, fingerprint: null, view: VIEW_DEFAULTS })).toBe('');
    const view = { ...VIEW_DEFAULTS, from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2016, 12, 31) };
    expect(encodeLink({ data: null, fingerprint: 'ab12', view })).toBe('fp=ab12&from=2016-01-01&to=2016-12-31');
    expect(
      encodeLink({
        data: 'https://example.org/a b.json',
        fingerprint: null,
        view: {
          ...VIEW_DEFAULTS,
          dateMode: 'asof',
          includeUndated: false,
          hiddenStatuses: new Set(['denied', 'disputed']),
          selection: { kind: 'actor', id: 'nujaba' },
          focusHops: 2,
          camera: { x: -0, y: 1.5, ratio: 0.25 },
          appColours: true,
          embed: true,
        },
      }),
    ).toBe(
      'data=https%3A%2F%2Fexample.org%2Fa%20b.json&mode=asof&undated=0&statuses=denied,disputed&actor=nujaba&focus=2&cam=-0,1.5,0.25&appcolours=1&embed=1',
    );
  });

  it('never throws on any string, and drops what it cannot read, naming it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (hash) => {
        const { view, notices } = decodeLink(hash);
        expect(typeof view.includeUndated).toBe('boolean');
        expect(Array.isArray(notices)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    const { view, notices } = decodeLink(
      '#from=2016-01-01&bogus=1&to=2016-02-30&kinds=state,planet&cam=1,2&sources=x&actor=%E0%A4&mode=past&undated=2',
    );
    expect(view.from).toBe(daysFromCivil(2016, 1, 1));
    expect(view.to).toBeNull();
    expect([...view.hiddenKinds]).toEqual(['state']);
    expect(view.camera).toBeNull();
    expect(view.selection).toBeNull();
    expect(view.dateMode).toBe('range');
    expect(view.includeUndated).toBe(true);
    expect(notices).toEqual([
      'ignored unknown part "bogus"',
      'ignored "mode": "past" is not valid',
      'ignored "to": "2016-02-30" is not valid',
      'ignored "undated": "2" is not valid',
      'ignored "kinds": "planet" is not valid',
      'ignored "sources": "x" is not valid',
      'ignored "actor": "%E0%A4" is not valid',
      'ignored "cam": "1,2" is not valid',
    ]);
    expect(decodeLink('cam=1,2,0').view.camera).toBeNull();
    expect(decodeLink('cam=1,,2').view.camera).toBeNull();
    expect(decodeLink('cam=1,2,3,4').view.camera).toBeNull();
    expect(decodeLink('sources=10').view.minSources).toBe(0);
    expect(decodeLink('reported=2024-12').notices).toEqual(['ignored "reported": "2024-12" is not valid']);
  });

  it('drops a focus without a selected actor and an end before the start', () => {
    expect(decodeLink('focus=2').notices).toEqual(['ignored "focus": no actor is selected']);
    expect(decodeLink('edge=a%3Eb&focus=1').view.focusHops).toBe(0);
    expect(decodeLink('actor=a&focus=3').notices).toEqual(['ignored "focus": "3" is not valid']);
    const r = decodeLink('from=2020-01-02&to=2020-01-01');
    expect(r.view.to).toBeNull();
    expect(r.notices).toEqual(['ignored "to": it falls before "from"']);
    expect(decodeLink('from=2020-01-01&to=2020-01-01').view.to).toBe(daysFromCivil(2020, 1, 1));
  });

  it('keeps an actor over a line when a link names both', () => {
    expect(decodeLink('edge=x&actor=hts').view.selection).toEqual({ kind: 'actor', id: 'hts' });
  });

  it('says when a link was made on other data, and what that data lacks', () => {
    const facts: DataFacts = {
      fingerprint: 'abc',
      hasType: (t) => t === 'backs',
      hasActor: (a) => a === 'hts',
      hasEdge: () => false,
    };
    const { view, notices } = decodeLink('fp=zzz&types=backs,flies&actor=iran&focus=1&an=1&path=hts,iran', facts);
    expect([...view.hiddenTypes]).toEqual(['backs']);
    expect(view.selection).toBeNull();
    expect(view.pathQuery).toEqual({ from: 'hts', to: null, cooperativeOnly: false });
    expect(notices).toEqual([
      'ignored the type "flies": this dataset has no such type',
      'ignored the selected actor "iran": it is not in this dataset',
      'ignored the path\'s end "iran": it is not in this dataset',
      'this link was made on different data (fingerprint zzz; the open dataset is abc): what you see may differ from what the sender saw',
      'ignored "focus": no actor is selected',
    ]);
    expect(decodeLink('edge=a', facts).notices).toEqual(['ignored the selected line: it is not in this dataset']);
    expect(decodeLink('fp=abc', facts).notices).toEqual([]);
  });
});

describe('the analysis panel in links', () => {
  it('writes the panel, its settings and its questions in short keys, and reads them back', () => {
    const hash = encodeLink({
      data: null,
      fingerprint: null,
      view: {
        ...VIEW_DEFAULTS,
        analysisOpen: true,
        analysisSettings: {
          k: 3,
          claimed: 0.25,
          contested: 0.25,
          unacted: 0.5,
          colourBy: 'bloc',
          sizeBy: 'betweenness',
        },
        pathQuery: { from: 'hts', to: 'iran', cooperativeOnly: true },
        compareQuery: {
          a: { from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2016, 12, 31) },
          b: { from: daysFromCivil(2024, 12, 1), to: daysFromCivil(2024, 12, 1) },
        },
        diffShown: true,
      },
    });
    expect(hash).toBe(
      'an=1&k=3&claimed=0.25&unacted=0.5&colour=bloc&size=betweenness&path=hts,iran&chain=1&cmp=2016-01-01..2016-12-31,2024-12-01..2024-12-01&diff=1',
    );
    // a hand-written comparison may use partial dates
    const { view, notices } = decodeLink('an=1&cmp=2016,2024-12-01');
    expect(notices).toEqual([]);
    expect(view.compareQuery).toEqual({
      a: { from: daysFromCivil(2016, 1, 1), to: daysFromCivil(2016, 12, 31) },
      b: { from: daysFromCivil(2024, 12, 1), to: daysFromCivil(2024, 12, 1) },
    });
    expect(decodeLink('an=1&path=,iran').view.pathQuery).toEqual({ from: null, to: 'iran', cooperativeOnly: false });
  });

  it('leaves the panel out of links while it is closed', () => {
    const view = {
      ...VIEW_DEFAULTS,
      analysisSettings: {
        k: 3,
        claimed: 1,
        contested: 0.5,
        unacted: 1,
        colourBy: 'bloc' as const,
        sizeBy: 'hostile' as const,
      },
    };
    expect(encodeLink({ data: null, fingerprint: null, view })).toBe('');
  });

  it('names what it cannot use', () => {
    expect(decodeLink('k=3&path=a,b').notices).toEqual(['ignored "k", "path": the analysis panel is not open (an=1)']);
    expect(decodeLink('an=1&k=7&colour=red&cmp=2016&path=,&chain=2').notices).toEqual([
      'ignored "k": "7" is not valid',
      'ignored "colour": "red" is not valid',
      'ignored "path": "," is not valid',
      'ignored "chain": "2" is not valid',
      'ignored "cmp": "2016" is not valid',
    ]);
    expect(decodeLink('an=1&diff=1').notices).toEqual(['ignored "diff": no comparison is asked for']);
    expect(decodeLink('an=1&chain=1').view.pathQuery.cooperativeOnly).toBe(true);
  });
});

describe('history', () => {
  const base = VIEW_DEFAULTS;
  it('pushes an entry for a discrete change, replaces it for a continuous one, and does nothing for none', () => {
    expect(historyStep(base, { ...base }, false)).toBeNull();
    expect(historyStep(base, { ...base, hiddenTypes: new Set() }, false)).toBeNull();
    expect(historyStep(base, { ...base, from: 1 }, false)).toBe('replace');
    expect(historyStep(base, { ...base, from: 1, to: 2, asOf: 3 }, false)).toBe('replace');
    expect(historyStep(base, { ...base, camera: { x: 0, y: 0, ratio: 2 } }, false)).toBe('replace');
    expect(historyStep(base, { ...base, hiddenTypes: new Set(['backs']) }, false)).toBe('push');
    expect(historyStep(base, { ...base, from: 1, selection: { kind: 'actor', id: 'a' } }, false)).toBe('push');
    expect(historyStep(base, { ...base, reportedBy: 5 }, false)).toBe('push');
    expect(historyStep(base, { ...base, dateMode: 'asof' }, false)).toBe('push');
    // Play moves the dates and whatever else: each tick replaces
    expect(historyStep(base, { ...base, hiddenTypes: new Set(['x']) }, true)).toBe('replace');
  });
});
