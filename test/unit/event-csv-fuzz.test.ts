// Fuzz of the ACLED and UCDP GED readers. The samples of test/fixtures/events/,
// with cells replaced by odd text, columns dropped, doubled or renamed, rows
// dropped or doubled, characters inserted, and arbitrary text: the readers never
// throw, every problem names the file, and whatever events they return make a
// dataset that validates, rolled up or not. And what must not change the events
// does not: the order of the columns, the delimiter, quoting, "NA" for an empty
// cell, the way a day is written. FUZZ_RUNS sets the runs (npm run test:fuzz runs more).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { readAcledEvents } from '../../src/io/acledImport';
import { parseDay } from '../../src/io/eventCsvRows';
import { eventsToDataset } from '../../src/io/eventsDataset';
import { ACLED_TYPES } from '../../src/io/eventTypes';
import { readUcdpEvents } from '../../src/io/ucdpImport';
import { describeProblem, ProblemList } from '../../src/model/problems';
import { validateDataset } from '../../src/model/validate';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const TIMEOUT = 60_000 + RUNS * 100;

const FIXTURES = ['acled-current.csv', 'acled-older.csv', 'acled-faults.csv', 'ucdp-ged.csv', 'ucdp-faults.csv'];
const text = (name: string) => readFileSync(new URL(`../fixtures/events/${name}`, import.meta.url), 'utf8');
const table = (name: string) => Papa.parse<string[]>(text(name), { skipEmptyLines: true }).data;

type Reader = typeof readAcledEvents;
const READERS: [string, Reader][] = [
  ['acled', readAcledEvents],
  ['ucdp', readUcdpEvents],
];

function run(reader: Reader, name: string, body: string) {
  const errors = new ProblemList(50);
  const warnings = new ProblemList(50);
  const events = reader({ name, text: body }, { errors, warnings });
  return { events, errors, warnings };
}

/** Whatever a reader returns: problems placed in the file, days that are days, a dataset that validates. */
function expectSound(name: string, r: ReturnType<typeof run>) {
  for (const p of [...r.errors.items, ...r.warnings.items]) {
    if (!p.place?.startsWith(name)) throw new Error(`a problem that does not name the file: ${describeProblem(p)}`);
  }
  expect(r.errors.items.length).toBe(Math.min(r.errors.count, 50));
  for (const e of r.events) {
    expect(parseDay(e.day).ok).toBe(true);
    // a window holds the event's day
    if (e.window !== undefined) {
      expect(e.window.start <= e.day).toBe(true);
      expect(e.window.end === undefined ? e.day.startsWith(e.window.start) : e.window.end >= e.day).toBe(true);
    }
    expect(e.from.label).not.toBe('');
    expect(e.to.label).not.toBe('');
    expect(e.place.startsWith(`${name}, row `)).toBe(true);
  }
  for (const rollup of ['none', 'week', 'month', 'year'] as const) {
    const d = eventsToDataset(r.events, { title: name, rollup, relationTypes: ACLED_TYPES });
    const v = validateDataset(d);
    if (v.errors.length) throw new Error(v.errors.map(describeProblem).join('\n'));
    if (rollup === 'none') expect(d.relations).toHaveLength(r.events.length);
  }
}

const ODD = ['"', ',', ';', '\t', '\n', '\r\n', ' ', 'NA', "'", '=', '\\', '\0', '\ufeff', 'é', '😀', '中'];
const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...ODD, 'a', '1', '-'), maxLength: 8 }),
  fc.constantFrom(
    '',
    'NA',
    '__proto__',
    'constructor',
    '2024-02-29',
    '2023-02-29',
    '31 April 2020',
    '21 March 2020',
    '0000-01-01',
    '9999-12-31',
    '2017-03-02 00:00:00.000',
    'Battles',
    'Strategic developments',
    'Agreement',
    '1',
    '2',
    '3',
    '8',
    'Civilians',
    'Government of Syria',
    'Military Forces of Syria (2000-2024)',
    'Reuters; ;; SOHR;',
    ';',
  ),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('cell' as const), row: fc.nat(), col: fc.nat(), value: cellText }),
  fc.record({ kind: fc.constant('drop-column' as const), col: fc.nat() }),
  fc.record({ kind: fc.constant('double-column' as const), col: fc.nat() }),
  fc.record({ kind: fc.constant('rename-column' as const), col: fc.nat(), value: cellText }),
  fc.record({ kind: fc.constant('drop-row' as const), row: fc.nat() }),
  fc.record({ kind: fc.constant('double-row' as const), row: fc.nat() }),
  fc.record({ kind: fc.constant('short-row' as const), row: fc.nat(), col: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(rows: string[][], m: Mutation): string[][] {
  const out = rows.map((r) => [...r]);
  const width = out[0]?.length ?? 0;
  const body = (n: number) => 1 + (n % Math.max(1, out.length - 1));
  switch (m.kind) {
    case 'cell':
      if (out.length > 1 && width) out[body(m.row)][m.col % width] = m.value;
      return out;
    case 'drop-column':
      return width ? out.map((r) => r.filter((_, i) => i !== m.col % width)) : out;
    case 'double-column':
      return width ? out.map((r) => [...r, r[m.col % width] ?? '']) : out;
    case 'rename-column':
      if (width) out[0][m.col % width] = m.value;
      return out;
    case 'drop-row':
      if (out.length > 1) out.splice(body(m.row), 1);
      return out;
    case 'double-row':
      if (out.length > 1) out.push(out[body(m.row)]);
      return out;
    case 'short-row':
      if (out.length > 1 && width) out[body(m.row)] = out[body(m.row)].slice(0, m.col % width);
      return out;
  }
}

const serialised = (rows: string[][], delimiter: string, quotes: boolean, newline: string) =>
  Papa.unparse(rows, { delimiter, quotes, newline });

describe('event readers (property)', () => {
  it(
    'never throw on mutated samples, and what they return makes a valid dataset',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...FIXTURES),
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          fc.constantFrom(',', ';', '\t'),
          fc.boolean(),
          fc.constantFrom('\n', '\r\n'),
          fc.array(fc.record({ at: fc.nat(), len: fc.nat({ max: 8 }), insert: cellText }), { maxLength: 3 }),
          (fixture, mutations, delimiter, quotes, newline, edits) => {
            let body = serialised(mutations.reduce(mutate, table(fixture)), delimiter, quotes, newline);
            for (const e of edits) {
              const at = e.at % (body.length + 1);
              body = body.slice(0, at) + e.insert + body.slice(at + e.len);
            }
            for (const [, reader] of READERS) expectSound(fixture, run(reader, fixture, body));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'never throw on arbitrary text, with or without a header of theirs',
    () => {
      const headers = FIXTURES.map((f) => text(f).split('\n')[0]);
      fc.assert(
        fc.property(
          fc.option(fc.constantFrom(...headers), { nil: undefined }),
          fc.oneof(
            fc.string({ maxLength: 400 }),
            fc.string({ unit: fc.constantFrom(...ODD, 'a', '1', ',', '2024-11-27'), maxLength: 120 }),
          ),
          (header, rest) => {
            const body = header === undefined ? rest : `${header}\n${rest}`;
            for (const [, reader] of READERS) expectSound('x.csv', run(reader, 'x.csv', body));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    'read the same events whatever the column order, delimiter, quoting, line ends, and "NA" for empty',
    () => {
      const base = new Map(
        FIXTURES.map((f) => {
          const reader = f.startsWith('acled') ? readAcledEvents : readUcdpEvents;
          return [f, run(reader, f, text(f))] as const;
        }),
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...FIXTURES),
          fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
          fc.constantFrom(',', ';', '\t'),
          fc.boolean(),
          fc.constantFrom('\n', '\r\n'),
          fc.boolean(),
          (fixture, keys, delimiter, quotes, newline, na) => {
            const rows = table(fixture);
            const order = rows[0].map((_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
            const shuffled = rows.map((r) => order.map((i) => (na && r[i] === '' ? 'NA' : r[i])));
            const reader = fixture.startsWith('acled') ? readAcledEvents : readUcdpEvents;
            const got = run(reader, fixture, serialised(shuffled, delimiter, quotes, newline));
            const want = base.get(fixture)!;
            expect(got.events).toEqual(want.events);
            expect(got.errors.items).toEqual(want.errors.items);
            expect(got.warnings.items).toEqual(want.warnings.items);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it('read a day the same however ACLED writes it, and only days that exist', () => {
    const ALL = 'January February March April May June July August September October November December'.split(' ');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom(' ', '-'),
        fc.boolean(),
        (year, month, day, sep, short) => {
          const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const exists = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          const name = short ? ALL[month - 1].slice(0, 3) : ALL[month - 1];
          const named = parseDay(`${day}${sep}${name}${sep}${year}`, true);
          const plain = parseDay(iso);
          expect(plain.ok).toBe(exists);
          expect(named).toEqual(exists ? { ok: true, day: iso } : { ok: false, message: expect.any(String) });
          if (plain.ok) expect(plain.day).toBe(iso);
          expect(parseDay(`${day}${sep}${name}${sep}${year}`).ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('the readers never see the events of the other format', () => {
    for (const f of FIXTURES) {
      const other = f.startsWith('acled') ? readUcdpEvents : readAcledEvents;
      const r = run(other, f, text(f));
      expect(r.events).toEqual([]);
      expect(r.errors.items.map(describeProblem)).toEqual([
        expect.stringMatching(new RegExp(`^${f.replace('.', '\\.')}, row 1: no ".*" columns?: .*no row was read$`)),
      ]);
    }
  });
});
