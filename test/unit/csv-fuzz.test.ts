// Fuzz of the CSV reader and the CSV export's round trip. Generated datasets
// (custom types and weights, odd whitespace, control characters, formula-like
// text, separators, quotes, unicode) are exported and reopened, as a set and as a
// zip, and must come back the same, except for what the export normalises:
//   - an optional text field that is "" reads back absent (a cell cannot tell "" from nothing);
//   - an empty list (aliases, derivedFrom, evidence, relationTypes) reads back absent;
//   - $schema is not written.
// Arbitrary and mutated files must never throw, and every error must say where.
// FUZZ_RUNS sets the runs (npm run test:fuzz runs more).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetToCsv, datasetToCsvZip } from '../../src/io/csvExport';
import { readCsvDataset, type NamedText } from '../../src/io/csvImport';
import { readDatasetFiles } from '../../src/io/readDataset';
import { describeProblem, type Problem } from '../../src/model/problems';
import type { RelationType } from '../../src/model/relationTypes';
import { ACTOR_KINDS, MODES, RELIABILITY_GRADES, STATUSES, type Dataset, type Relation } from '../../src/model/types';
import { validateDataset, type Validation } from '../../src/model/validate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const TIMEOUT = 120_000 + RUNS * 200;

const ODD = ['=', '+', '-', '@', '\t', '\r', '\n', '\r\n', ' ', "'", '|', '"', ',', ';', '[', ']', '\\', '\0'];
const MORE = ['a', 'é', '\u00a0', '\ufeff', '\u2028', '\u200b', '😀', '中', 'x'];

function text() {
  return fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.string({ unit: fc.constantFrom(...ODD, ...MORE), maxLength: 8 }),
    fc.constantFrom("'=SUM(A1)", '=SUM(A1)', "'", "''", ' x ', '\r\n', '["a"]', 'a|b', '-1', '@x', 'null'),
  );
}
const nonEmpty = () => text().filter((s) => s.length > 0 && s.length <= 256);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const YEAR = fc.integer({ min: 1900, max: 2099 });

function datasetArb(): fc.Arbitrary<Dataset> {
  return fc
    .record({
      actorIds: fc.uniqueArray(nonEmpty(), { minLength: 1, maxLength: 6 }),
      sourceIds: fc.uniqueArray(nonEmpty(), { minLength: 0, maxLength: 4 }),
      relationIds: fc.uniqueArray(nonEmpty(), { maxLength: 6 }),
      typeIds: fc.uniqueArray(fc.oneof(nonEmpty(), fc.constantFrom('backs', 'fights')), { maxLength: 3 }),
      seed: fc.array(fc.nat(), { minLength: 64, maxLength: 64 }),
      texts: fc.array(maybe(nonEmpty()), { minLength: 32, maxLength: 32 }),
      numbers: fc.array(
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => n || 0),
        { minLength: 8, maxLength: 8 },
      ),
      title: nonEmpty(),
      year: YEAR,
    })
    .map(({ actorIds, sourceIds, relationIds, typeIds, seed, texts, numbers, title, year }) => {
      // the choices are drawn in turn from fixed arrays, cycling
      const at = { n: 0, t: 0, x: 0 };
      const n = () => seed[at.n++ % seed.length] + at.n;
      const t = () => texts[at.t++ % texts.length];
      const x = () => numbers[at.x++ % numbers.length];
      const pick = <T>(xs: readonly T[]) => xs[n() % xs.length];
      const chance = () => n() % 2 === 0;
      const set = <O extends object, K extends keyof O>(o: O, k: K, v: O[K] | undefined) => {
        if (v !== undefined) o[k] = v;
      };
      const types: RelationType[] = typeIds.map((id) => {
        const ty: { -readonly [K in keyof RelationType]: RelationType[K] } = {
          id,
          label: t() ?? 'label',
          sign: pick([-1, 0, 1] as const),
          directed: chance(),
          kind: pick(['material', 'verbal'] as const),
        };
        if (chance()) ty.weight = (n() % 10001) / 100;
        if (chance()) ty.colour = `#${(n() % 0xffffff).toString(16).padStart(6, '0')}`;
        set(ty, 'description', t());
        return ty;
      });
      const typeChoices = [...typeIds, 'backs', 'accuses', 'related-to'];
      const d: Dataset = {
        format: 'faultlines/1',
        meta: { title },
        sources: sourceIds.map((id) => {
          const s: Dataset['sources'][number] = { id, title: t() ?? id };
          set(s, 'publisher', t());
          if (chance()) s.published = `${year}-0${1 + (n() % 9)}`;
          set(s, 'url', t());
          set(s, 'file', t());
          if (chance()) s.reliability = pick(RELIABILITY_GRADES);
          const others = sourceIds.filter((o) => o !== id);
          if (others.length && chance()) s.derivedFrom = [...new Set([pick(others), pick(others)])];
          return s;
        }),
        actors: actorIds.map((id) => {
          const a: Dataset['actors'][number] = { id, label: t() ?? id, kind: pick(ACTOR_KINDS) };
          set(a, 'short', t());
          if (chance()) a.aliases = [t() ?? '', t() ?? 'alias'].slice(0, 1 + (n() % 2));
          if (chance()) a.country = 'SY';
          set(a, 'description', t());
          if (chance()) {
            a.x = x();
            a.y = x();
          }
          if (chance()) a.colour = '#c0392b';
          if (chance()) a.size = 1 + (n() % 1000) / 7;
          return a;
        }),
        relations: relationIds.map((id) => {
          const r: Relation = { id, source: pick(actorIds), target: pick(actorIds), type: pick(typeChoices) };
          if (chance()) {
            r.start = `${year}-1${n() % 3}`;
            if (chance()) r.end = chance() ? 'ongoing' : `${year + 1 + (n() % 5)}`;
          }
          if (chance()) r.status = pick(STATUSES);
          // mode and once, "act" and false included: the export writes them as given
          if (chance()) r.mode = pick(MODES);
          if (r.start !== undefined && r.end !== 'ongoing' && chance()) r.once = chance();
          set(r, 'location', t());
          set(r, 'note', t());
          if (sourceIds.length && chance()) {
            r.evidence = Array.from({ length: 1 + (n() % 3) }, () => {
              const e: NonNullable<Relation['evidence']>[number] = {
                source: pick(sourceIds),
                stance: pick(['supports', 'disputes'] as const),
              };
              set(e, 'quote', t());
              if (chance()) e.by = pick(actorIds);
              set(e, 'speaker', t());
              if (chance()) e.credibility = pick([1, 2, 3, 4, 5, 6] as const);
              return e;
            });
          }
          return r;
        }),
      };
      if (chance()) d.meta.description = t() ?? 'd';
      if (chance()) d.meta.updated = `${year}-12-31`;
      if (types.length) d.relationTypes = types;
      return d;
    })
    .filter((d) => validateDataset(d).ok);
}

/** What a dataset reads back as, by the rules at the top of this file. */
function normalised(d: Dataset): Dataset {
  const drop = (o: object) =>
    Object.fromEntries(
      Object.entries(o).filter(([, v]) => v !== '' && v !== undefined && !(Array.isArray(v) && v.length === 0)),
    );
  const out: Record<string, unknown> = {
    format: d.format,
    meta: drop(d.meta),
    sources: d.sources.map(drop),
    actors: d.actors.map(drop),
    relations: d.relations.map((r) => drop({ ...r, evidence: r.evidence?.map(drop) })),
  };
  if (d.relationTypes?.length) out.relationTypes = d.relationTypes.map(drop);
  return out as unknown as Dataset;
}

function files(d: Dataset): NamedText[] {
  return Object.entries(datasetToCsv(d)).map(([name, text]) => ({ name, text }));
}

function expectPlaced(v: Validation) {
  if (v.ok) return;
  expect(v.errors.length).toBeGreaterThan(0);
  for (const e of v.errors as Problem[]) {
    expect(typeof e.message).toBe('string');
    const placed = e.place !== undefined || e.path.length > 0 || /needs actors\.csv|zip/.test(e.message);
    if (!placed) throw new Error(`an error with no place: ${describeProblem(e)}`);
  }
}

describe('CSV export round trip (property)', () => {
  it(
    'reopens, as a set and as a zip, to the dataset exported',
    () => {
      fc.assert(
        fc.property(datasetArb(), (d) => {
          const set = readCsvDataset(files(d));
          if (!set.ok) throw new Error(set.errors.map(describeProblem).join('\n'));
          expect(set.dataset).toEqual(normalised(d));
          const zip = readDatasetFiles([{ name: 'd.zip', bytes: datasetToCsvZip(d) }]).result;
          expect(zip.ok && zip.dataset).toEqual(normalised(d));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});

describe('CSV reader fuzz', () => {
  const NAMES = ['actors.csv', 'relations.csv', 'sources.csv', 'types.csv', 'meta.csv', 'other.csv'];
  const csvText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: fc.constantFrom(...ODD, ...MORE, 'id', 'label', 'kind', 'source', 'a'), maxLength: 80 }),
  );

  it(
    'never throws on arbitrary files, and every error says where',
    () => {
      fc.assert(
        fc.property(
          fc.uniqueArray(fc.record({ name: fc.constantFrom(...NAMES), text: csvText }), {
            selector: (f) => f.name,
            maxLength: 5,
          }),
          (set) => expectPlaced(readCsvDataset(set)),
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on mutated CSV sets (characters inserted, deleted, replaced; lines swapped)',
    () => {
      const mutation = fc.record({
        file: fc.nat(),
        at: fc.nat(),
        len: fc.nat({ max: 20 }),
        insert: fc.string({ unit: fc.constantFrom(...ODD, 'x', '__proto__', 'constructor'), maxLength: 4 }),
        swap: fc.boolean(),
      });
      fc.assert(
        fc.property(datasetArb(), fc.array(mutation, { minLength: 1, maxLength: 6 }), (d, mutations) => {
          const set = files(d);
          for (const m of mutations) {
            const f = set[m.file % set.length];
            if (m.swap) {
              const lines = f.text.split('\r\n');
              const i = m.at % lines.length;
              [lines[0], lines[i]] = [lines[i], lines[0]];
              f.text = lines.join('\r\n');
            } else {
              const at = m.at % (f.text.length + 1);
              f.text = f.text.slice(0, at) + m.insert + f.text.slice(at + m.len);
            }
          }
          expectPlaced(readCsvDataset(set));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throws on arbitrary or damaged zips',
    () => {
      const zip = datasetToCsvZip({
        format: 'faultlines/1',
        meta: { title: 't' },
        sources: [],
        actors: [{ id: 'a', label: 'A', kind: 'state' }],
        relations: [{ id: 'r', source: 'a', target: 'a', type: 'backs' }],
      });
      fc.assert(
        fc.property(
          fc.oneof(
            fc.uint8Array({ maxLength: 400 }),
            fc
              .array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 })
              .map((ms) => {
                const b = zip.slice();
                for (const m of ms) b[m.at % b.length] = m.byte;
                return b;
              }),
            fc.nat().map((n) => zip.slice(0, n % zip.length)),
          ),
          (bytes) => expectPlaced(readDatasetFiles([{ name: 'f.zip', bytes }]).result),
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
