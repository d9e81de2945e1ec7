// Valid faultlines/1 datasets for the round-trip property tests of the formats
// (FtM, STIX, GEXF): actors, sources, declared relation types, relations with
// dates, statuses, modes, one-off events (once, true or false, only where the
// dates allow it: a start, and an end that is not ongoing) and evidence, every
// optional field sometimes left out (never
// given as undefined, as in a dataset read from JSON). What strings may hold is
// the caller's to say, as each format has its own hard characters; ids, labels
// and titles are never empty. Every dataset passes validateDataset.
import fc from 'fast-check';
import { relationInterval } from '../../src/model/dates';
import { BUILTIN_TYPES, type RelationType } from '../../src/model/relationTypes';
import {
  ACTOR_KINDS,
  MODES,
  STATUSES,
  type Actor,
  type Dataset,
  type Relation,
  type Source,
} from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';

const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** An object without its undefined fields, as a dataset read from JSON has none. */
export const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** A year, a month or a day: "0042", "2024-11", "2024-11-27". */
const partialDate = fc
  .record({
    y: fc.integer({ min: 0, max: 9999 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    precision: fc.constantFrom(1, 2, 3),
  })
  .map(({ y, m, d, precision }) =>
    [String(y).padStart(4, '0'), String(m).padStart(2, '0'), String(d).padStart(2, '0')].slice(0, precision).join('-'),
  );

/**
 * Short text with what exports get wrong: any UTF-16 code units (lone surrogates
 * among them), whitespace, quotes, backslashes, line separators, the names of
 * Object.prototype, and what looks like the formats' own ids and escapes.
 */
export const trickyText = fc.oneof(
  fc.string({ maxLength: 5 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.constantFrom(
    ' ',
    '\n',
    '\t',
    '"',
    '\\',
    '.',
    '-',
    '.2dx',
    '__proto__',
    'constructor',
    'fl-a-x',
    'x_faultlines_id',
    '\uD800',
    '\u2028',
  ),
);

export interface DatasetOptions {
  /** The text of every string field: ids, names, quotes, notes (default trickyText). */
  text?: fc.Arbitrary<string>;
  /** Whether a string can be an id, a label or a title, which must not be empty (default: not ''). */
  filled?: (s: string) => boolean;
  /** What two ids must differ in (default the id itself): a format that changes ids on the way gives the change. */
  idKey?: (id: string) => string;
  /** Relation type ids to declare besides generated ones: the format's own, built-in ones again. */
  typeIds?: readonly string[];
  /** Whether actors have positions, colours and sizes (default true): a format that leaves them out asks for none. */
  layout?: boolean;
}

/** Datasets of 1 to 6 actors, up to 3 sources, 4 declared types, 8 relations and 3 evidence items a relation. */
export function datasetArbitrary(options: DatasetOptions = {}): fc.Arbitrary<Dataset> {
  const { text = trickyText, filled = (s: string) => s !== '', idKey, typeIds = [], layout = true } = options;
  const someText = text.filter(filled);
  const idsOf = (minLength: number, maxLength: number, id = someText) =>
    fc.uniqueArray(id, { minLength, maxLength, ...(idKey && { selector: idKey }) });
  const typeId = typeIds.length ? fc.oneof(fc.constantFrom(...typeIds), someText) : someText;

  return fc
    .record({
      actorIds: idsOf(1, 6),
      sourceIds: idsOf(0, 3),
      typeIds: idsOf(0, 4, typeId),
      relationIds: idsOf(0, 8),
    })
    .chain(({ actorIds, sourceIds, typeIds, relationIds }) => {
      const coordinate = fc.double({ min: -1e15, max: 1e15, noNaN: true });
      const actor = (id: string) =>
        fc
          .record({
            label: someText,
            kind: fc.constantFrom(...ACTOR_KINDS),
            short: maybe(text),
            aliases: maybe(fc.array(text, { maxLength: 3 })),
            country: maybe(fc.constantFrom('SY', 'IQ', 'TR', 'XA')),
            description: maybe(text),
            xy: layout ? maybe(fc.tuple(coordinate, coordinate)) : fc.constant(undefined),
            colour: layout ? maybe(fc.constantFrom('#000000', '#c0392b', '#ffffff')) : fc.constant(undefined),
            size: layout ? maybe(fc.double({ min: 1e-6, max: 1e6, noNaN: true })) : fc.constant(undefined),
          })
          .map(({ xy, ...a }): Actor => defined({ id, ...a, x: xy?.[0], y: xy?.[1] }));
      const source = (id: string, k: number) =>
        fc
          .record({
            title: someText,
            publisher: maybe(text),
            published: maybe(partialDate),
            url: maybe(fc.constantFrom('https://example.org/a?b=1&c=2', 'ftp://x', 'not a url')),
            file: maybe(text),
            reliability: maybe(fc.constantFrom('A', 'B', 'C', 'F' as const)),
            // only sources listed before it: no source derives from itself, through any chain
            derivedFrom: maybe(fc.subarray(sourceIds.slice(0, k))),
          })
          .map((s): Source => defined({ id, ...s }));
      const relationType = (id: string) =>
        fc
          .record({
            label: someText,
            sign: fc.constantFrom(-1, 0, 1 as const),
            directed: fc.boolean(),
            kind: fc.constantFrom('material', 'verbal' as const),
            weight: maybe(fc.double({ min: 0, max: 10, noNaN: true })),
            colour: maybe(fc.constantFrom('#c0392b', '#abc')),
            description: maybe(text),
          })
          .map((t): RelationType => defined({ id, ...t }));
      const evidence = sourceIds.length
        ? maybe(
            fc.array(
              fc.record(
                {
                  source: fc.constantFrom(...sourceIds),
                  quote: text,
                  stance: fc.constantFrom('supports', 'disputes' as const),
                  by: fc.constantFrom(...actorIds),
                  speaker: text,
                  credibility: fc.constantFrom(1, 2, 3, 4, 5, 6 as const),
                },
                { requiredKeys: ['source', 'stance'] },
              ),
              { maxLength: 3 },
            ),
          )
        : fc.constant(undefined);
      const dates = fc.oneof(
        fc.constant({}),
        partialDate.map((start) => ({ start })),
        partialDate.map((start) => ({ start, end: 'ongoing' })),
        fc
          .tuple(partialDate, partialDate)
          .map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }))
          .filter(({ start, end }) => relationInterval(start, end).ok),
      );
      const types = [...BUILTIN_TYPES.map((t) => t.id), ...typeIds];
      const relation = (id: string) =>
        fc
          .record({
            source: fc.constantFrom(...actorIds),
            target: fc.constantFrom(...actorIds),
            type: fc.constantFrom(...types),
            dates,
            status: maybe(fc.constantFrom(...STATUSES)),
            mode: maybe(fc.constantFrom(...MODES)),
            once: maybe(fc.boolean()),
            location: maybe(text),
            note: maybe(text),
            evidence,
          })
          // a one-off event is a day in a window: only with a start, and an end that is not ongoing
          .map(({ dates, once, ...r }): Relation => {
            const d: { start?: string; end?: string } = dates;
            const fits = d.start !== undefined && d.end !== 'ongoing';
            return defined({ id, ...r, ...dates, once: fits ? once : undefined });
          });
      return fc
        .record({
          meta: fc.record({ title: someText, description: maybe(text), updated: maybe(partialDate) }).map(defined),
          sources: fc.tuple(...sourceIds.map(source)),
          actors: fc.tuple(...actorIds.map(actor)),
          relations: fc.tuple(...relationIds.map(relation)),
          relationTypes: typeIds.length
            ? fc.tuple(...typeIds.map(relationType))
            : maybe(fc.constant<RelationType[]>([])),
        })
        .map((d): Dataset => defined({ format: 'faultlines/1', ...d }));
    })
    .filter((d) => validateDataset(d).ok);
}
