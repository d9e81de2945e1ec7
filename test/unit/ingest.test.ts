// npm run ingest (scripts/ingest.ts): ACLED, UCDP GED and GDELT files read by DuckDB,
// rolled up in SQL (sql/*.sql) and written as a dataset that validates and equals
// what the app's own readers make of the same file, rolled up the same way; gzipped
// files, folders of daily files, Parquet and rolled rows from another engine give the
// same; the evidence cap, --min-events and --top keep what they say; bad input
// fails with a clear message and a non-zero exit code.

import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAcledEvents } from '../../src/io/acledImport';
import { CAMEO_COUNTRIES, CAMEO_REGIONS, CAMEO_TYPES, cameoActorKind } from '../../src/io/cameoTypes';
import type { Rollup } from '../../src/io/eventRecords';
import { eventsToDataset } from '../../src/io/eventsDataset';
import { ACLED_TYPES, kindByName } from '../../src/io/eventTypes';
import { readGdeltEvents } from '../../src/io/gdeltImport';
import { DEFAULT_LIMITS } from '../../src/io/readDataset';
import { readUcdpEvents } from '../../src/io/ucdpImport';
import { ProblemList } from '../../src/model/problems';
import type { RelationType } from '../../src/model/relationTypes';
import type { Dataset } from '../../src/model/types';
import { validateDataset } from '../../src/model/validate';
import { DIALECT } from '../../scripts/ingest/dialects';
import { duckdbInput, expandInputs } from '../../scripts/ingest/inputs';
import { APP_LIMITS, ingest, rollupSql, wantedColumns, type IngestOptions } from '../../scripts/ingest/run';
import { FORMATS } from '../../scripts/ingest/formats';
import { cameoKind, kindByName as kindByNameSql } from '../../scripts/ingest/tables';
import { datasetPieces } from '../../scripts/ingest/writeDataset';
import { gdeltLine } from '../bench/generateGdelt';

const run = promisify(execFile);
let dir: string;

const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';
function acledRow(c: Record<string, string>): string {
  return ACLED_HEADER.split(',')
    .map((h) => {
      const v = c[h] ?? '';
      return /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');
}
const battle = (id: string, date: string, location: string, extra: Record<string, string> = {}) =>
  acledRow({
    event_id_cnty: id,
    event_date: date,
    time_precision: '1',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Hayat Tahrir al-Sham',
    inter1: 'Rebel group',
    actor2: 'Military Forces of Syria (2000-2024)',
    inter2: 'State forces',
    country: 'Syria',
    admin1: 'Aleppo',
    location,
    source: 'SOHR',
    notes: `Clashes, ${id}.`,
    fatalities: '2',
    ...extra,
  });
const ACLED = [
  ACLED_HEADER,
  battle('SYR1', '2024-11-27', 'Aleppo', {
    assoc_actor_1: 'Ansar al-Tawhid; Jaish al-Izza; Ansar al-Tawhid',
    assoc_actor_2: 'Hezbollah',
    source: 'Reuters; SOHR',
    notes: 'Clashes in "west" Aleppo, SYR1.',
    fatalities: '12',
  }),
  battle('SYR2', '2024-11-28', 'Atarib', { time_precision: '2' }),
  battle('SYR3', '2024-11-29', 'Saraqib', { time_precision: '3' }),
  battle('SYR4', '2024-11-30', 'Khan Tuman'),
  // a Sunday and the Monday after: two ISO weeks, one month
  battle('SYR5', '2024-12-01', 'Aleppo'),
  battle('SYR6', '2024-12-02', 'Hama'),
  acledRow({
    event_id_cnty: 'SYR7',
    event_date: '2 December 2024',
    event_type: 'Strategic developments',
    sub_event_type: 'Agreement',
    actor1: 'Syrian Democratic Forces',
    inter1: 'Rebel group',
    actor2: 'Hayat Tahrir al-Sham',
    inter2: 'Rebel group',
    country: 'Syria',
    admin1: 'Aleppo',
    location: 'Tell Rifaat',
    notes: 'Handover agreed.',
    fatalities: '0',
  }),
  acledRow({
    event_id_cnty: 'SYR8',
    event_date: '2024-12-03',
    event_type: 'Protests',
    sub_event_type: 'Peaceful protest',
    actor1: 'Protesters (Syria)',
    inter1: 'Protesters',
    country: 'Syria',
    admin1: 'Damascus',
    location: 'Damascus',
    source: 'SANA',
    notes: 'A protest with no second actor.',
  }),
  acledRow({
    event_id_cnty: 'SYR9',
    event_date: '2025-01-05',
    event_type: 'Violence against civilians',
    sub_event_type: 'Attack',
    actor1: 'Islamic State (Syria)',
    inter1: '2',
    actor2: 'Civilians (Syria)',
    inter2: '7',
    civilian_targeting: 'Civilian targeting',
    country: 'Syria',
    admin1: 'Deir ez-Zor',
    location: 'Deir ez-Zor',
    source: 'SOHR',
    notes: 'NA',
    fatalities: '1',
  }),
].join('\n');

const UCDP = `id,year,type_of_violence,conflict_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_headline,where_description,adm_1,country,event_clarity,date_prec,date_start,date_end,best,high,low
101,2017,1,Syria: Government,652,652,Government of Syria,234,234,IS,2,"""Reuters,2017-03-02,Clashes"";""AFP,2017-03-02,More""",Reuters;AFP,Clashes near Palmyra;Fighting continues,Palmyra town,Homs governorate,Syria,1,1,2017-03-02 00:00:00.000,2017-03-02 00:00:00.000,3,5,3
102,2017,3,IS - civilians,234,234,Islamic State,1,1,Civilians,1,,SANA,Attack on village,Raqqa village,Raqqa governorate,Syria,2,3,2017-03-05,2017-03-09,7,9,7
103,2017,2,HTS - IS,5000,5000,HTS,234,234,IS,,,,,Idlib,Idlib governorate,Syria,1,1,2017-04-01,,1,1,1
104,2017,1,Syria: Government,652,652,Government of Syria,,,,1,,,,Homs,Homs,Syria,1,1,2017-04-02,,1,1,1
105,2017,1,Syria: Government,652,652,Government of Syria (new name),234,234,IS,1,"""Reuters,2017-04-03,Again""",Reuters,Again,Palmyra town,Homs governorate,Syria,1,1,2017-04-03,,4,4,4
`;

/** GDELT 2.0 rows: a generated day's worth, and the cases the reader treats apart. */
function gdeltText(first: number, count: number, day = '20240101'): string {
  const lines: string[] = [];
  const actors = [
    ['SYR', 'SYRIA', 'SYR', '', ''],
    ['SYRGOV', 'DAMASCUS', 'SYR', '', 'GOV'],
    ['SYRGOV', 'BASHAR AL-ASSAD', 'SYR', '', 'GOV'],
    ['USA', 'UNITED STATES', 'USA', '', ''],
    ['LBNHEZ', 'HEZBOLLAH', 'LBN', 'HEZ', ''],
    ['', 'ALEPPO COUNCIL', '', '', ''],
    ['WST', 'THE WEST', 'WST', '', ''],
  ];
  const roots = ['01', '04', '045', '046', '07', '11', '112', '14', '18', '19', '20', '13'];
  for (let i = 0; i < count; i++) {
    const a = actors[i % actors.length];
    const b = actors[(i * 3 + 1) % actors.length];
    const code = roots[i % roots.length];
    const root = code.slice(0, 2);
    const quad = { '01': 1, '04': 1, '07': 2, '11': 3, '13': 3, '14': 3, '18': 4, '19': 4, '20': 4 }[root] ?? 1;
    const dayOfRow = i % 5 === 4 ? `${day.slice(0, 6)}${String(Number(day.slice(6)) + 1).padStart(2, '0')}` : day;
    lines.push(
      gdeltLine({
        GLOBALEVENTID: first + i,
        SQLDATE: dayOfRow,
        Actor1Code: a[0],
        Actor1Name: a[1],
        Actor1CountryCode: a[2],
        Actor1KnownGroupCode: a[3],
        Actor1Type1Code: a[4],
        Actor2Code: i % 9 === 8 ? '' : b[0],
        Actor2Name: i % 9 === 8 ? '' : b[1],
        Actor2CountryCode: b[2],
        Actor2KnownGroupCode: b[3],
        Actor2Type1Code: b[4],
        EventCode: code.length === 2 ? `${code}0` : code,
        EventBaseCode: code.length === 3 ? code : `${code}0`,
        EventRootCode: root,
        // every 11th row's QuadClass disagrees with its root
        QuadClass: i % 11 === 10 ? (quad % 4) + 1 : quad,
        GoldsteinScale: (-10 + (i % 21)).toFixed(1),
        NumMentions: 1 + (i % 3),
        NumSources: 1,
        NumArticles: 1 + (i % 4),
        AvgTone: (-4.215 + i * 0.37).toFixed(10),
        ActionGeo_FullName: ['Aleppo, Syria', 'Damascus, Syria', 'Beirut, Lebanon', 'Idlib, Syria', ''][i % 5],
        DATEADDED: `${dayOfRow}120000`,
        SOURCEURL: i % 13 === 12 ? 'BBC Monitoring' : `https://www.news${i % 4}.example/${dayOfRow}/story-${first + i}`,
      }),
    );
  }
  // an event read twice, and one with no type
  lines.push(lines[2]);
  return `${lines.join('\n')}\n`;
}

const write = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** What the app makes of the same file: its reader, then eventsToDataset, as readDataset.ts does. */
function browserDataset(
  path: string,
  format: 'acled' | 'ucdp' | 'gdelt',
  rollup: Rollup,
): { dataset: Dataset; errors: string[] } {
  const readers = {
    acled: [readAcledEvents, ACLED_TYPES, 'ACLED'],
    ucdp: [readUcdpEvents, [], 'UCDP GED'],
    gdelt: [readGdeltEvents, CAMEO_TYPES, 'GDELT'],
  } as const;
  const [read, types, label] = readers[format];
  const problems = { errors: new ProblemList(100), warnings: new ProblemList(100) };
  const name = path.replace(/^.*\//, '');
  const events = read({ name, text: readFileSync(path, 'utf8') }, problems);
  const dataset = eventsToDataset(events, {
    title: name.replace(/\.[^.]*$/, ''),
    description: `${events.length} ${label} events from ${name}${rollup === 'none' ? '' : `, rolled up by ${rollup}`}.`,
    rollup,
    relationTypes: [...(types as readonly RelationType[])],
  });
  return { dataset, errors: problems.errors.items.map((p) => p.message) };
}

const ingested = async (
  inputs: string[],
  format: IngestOptions['format'],
  by: Rollup,
  more: Partial<IngestOptions> = {},
) => ingest({ inputs, format, by, maxEvidence: 10_000, ...more });

/** The dataset without its meta (which names the input). */
const body = (d: Dataset) => ({ ...d, meta: undefined });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'faultlines-ingest-test-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run ingest: the same dataset as the app makes of the file', () => {
  it.each(['month', 'none', 'week', 'year'] as const)('ACLED, by %s', async (by) => {
    const path = write('acled.csv', ACLED);
    const browser = browserDataset(path, 'acled', by);
    expect(browser.errors).toEqual([]);
    const { dataset, report } = await ingested([path], 'acled', by);
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset).toEqual(browser.dataset);
    expect(report.leftOut).toEqual([
      { reason: 'no actor2: not drawn (a relation needs two ends)', events: 1, firstIds: 'SYR8' },
    ]);
    // a day known only to its week or month: one per event, a one-off event in that window; rolled up, none
    const windowed = dataset.relations.filter((r) => r.once).map((r) => [r.id, r.start, r.end]);
    expect(windowed).toEqual(
      by === 'none'
        ? [
            ['syr2', '2024-11-25', '2024-12-01'],
            ['syr3', '2024-11', undefined],
          ]
        : [],
    );
  });

  it('ACLED by month: one relation per pair, type and month, its events counted, places beyond three counted', async () => {
    const { dataset, report } = await ingested([write('acled.csv', ACLED)], 'acled', 'month');
    // 7 battles' rows: 6 battles (2 months), 3 associates, 1 agreement, 1 attack; the protest left out
    expect(report.eventsRead).toBe(11);
    const fights = dataset.relations.filter((r) => r.type === 'fights');
    expect(fights.map((r) => [r.start, r.note])).toEqual([
      ['2024-11', '4 events (SYR1, SYR2, SYR3, SYR4)'],
      ['2024-12', '2 events (SYR5, SYR6)'],
    ]);
    expect(fights[0].location).toBe('Aleppo, Syria; Atarib, Aleppo, Syria; Saraqib, Aleppo, Syria and 1 more');
    expect(dataset.relations.find((r) => r.type === 'agrees-with')?.start).toBe('2024-12');
    expect(dataset.relationTypes?.map((t) => t.id)).toEqual(['agrees-with']);
  });

  it('ACLED by week: ISO weeks from Monday (a Sunday and the Monday after fall apart)', async () => {
    const { dataset } = await ingested([write('acled.csv', ACLED)], 'acled', 'week');
    const fights = dataset.relations.filter((r) => r.type === 'fights').map((r) => [r.start, r.end, r.note]);
    expect(fights).toEqual([
      ['2024-11-25', '2024-12-01', '5 events (SYR1, SYR2, SYR3, SYR4, SYR5)'],
      ['2024-12-02', '2024-12-08', '1 event (SYR6)'],
    ]);
  });

  it.each(['month', 'none', 'week'] as const)('UCDP GED, by %s', async (by) => {
    const path = write('ged.csv', UCDP);
    const browser = browserDataset(path, 'ucdp', by);
    expect(browser.errors).toEqual([]);
    const { dataset } = await ingested([path], 'ucdp', by);
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset).toEqual(browser.dataset);
    // a side keeps its first name under its id; an event in a window is a one-off event in it
    expect(dataset.actors.map((a) => a.id)).toContain('government-of-syria-652');
    const windowed = dataset.relations.filter((r) => r.once);
    if (by === 'none')
      expect(windowed.map((r) => [r.id, r.start, r.end])).toEqual([['102', '2017-03-05', '2017-03-09']]);
    else expect(windowed).toEqual([]);
  });

  it.each(['month', 'none', 'week', 'year'] as const)('GDELT, by %s', async (by) => {
    const path = write('20240101.export.CSV', gdeltText(900_000, 140));
    const browser = browserDataset(path, 'gdelt', by);
    expect(browser.errors).toEqual([]);
    const { dataset, report } = await ingested([path], 'gdelt', by);
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset).toEqual(browser.dataset);
    expect(report.leftOut.map((l) => [l.reason, l.events])).toEqual([
      ['only one actor: not drawn (a relation needs two ends)', 15],
      ['repeats an event id already read: read once', 1],
    ]);
    // labels: the name given most often, with the code
    expect(dataset.actors.find((a) => a.id === 'syrgov')?.label).toMatch(/^(DAMASCUS|BASHAR AL-ASSAD) \(SYRGOV\)$/);
  });
});

describe('npm run ingest: inputs', () => {
  it('a gzipped file reads as the plain one', async () => {
    const plain = await ingested([write('acled.csv', ACLED)], 'acled', 'month');
    const gz = await ingested([write('acled.csv.gz', gzipSync(ACLED))], 'acled', 'month');
    expect(body(gz.dataset)).toEqual(body(plain.dataset));
  });

  it('a folder of two daily files reads as the two files one after the other', async () => {
    const folder = join(dir, 'daily');
    mkdirSync(folder, { recursive: true });
    const day1 = gdeltText(900_000, 70, '20240101');
    const day2 = gdeltText(900_100, 70, '20240201');
    writeFileSync(join(folder, '20240101.export.CSV'), day1);
    writeFileSync(join(folder, '20240201.export.CSV.gz'), gzipSync(day2));
    writeFileSync(join(folder, 'notes.md'), 'not read');
    const both = write('both.export.CSV', day1 + day2);
    for (const by of ['month', 'none'] as const) {
      const fromFolder = await ingested([folder], 'gdelt', by);
      const fromFile = await ingested([both], 'gdelt', by);
      expect(fromFolder.files.map((f) => f.path.replace(/^.*\//, ''))).toEqual([
        '20240101.export.CSV',
        '20240201.export.CSV.gz',
      ]);
      expect(body(fromFolder.dataset)).toEqual(body(fromFile.dataset));
      expect(fromFolder.dataset.relations.length).toBeGreaterThan(20);
    }
  });

  it('a Parquet file (written by DuckDB, as from BigQuery) reads as the file it was made from', async () => {
    const tsv = write('20240101.export.CSV', gdeltText(900_000, 140));
    const parquet = join(dir, 'events.parquet');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const input = await duckdbInput(expandInputs([tsv]), FORMATS.gdelt, wantedColumns(FORMATS.gdelt), async (sql) =>
      (await connection.run(sql)).columnNames(),
    );
    // typed as BigQuery's table types them: ids and dates as numbers
    await connection.run(
      `COPY (SELECT * EXCLUDE (_ord, _row) REPLACE (CAST(GLOBALEVENTID AS BIGINT) AS GLOBALEVENTID, CAST(SQLDATE AS INTEGER) AS SQLDATE, CAST(QuadClass AS INTEGER) AS QuadClass) FROM ${input} ORDER BY _ord) TO '${parquet}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    for (const by of ['month', 'none'] as const) {
      const fromParquet = await ingested([parquet], 'gdelt', by);
      const fromTsv = await ingested([tsv], 'gdelt', by);
      expect(body(fromParquet.dataset)).toEqual(body(fromTsv.dataset));
    }
  });

  it('rolled rows from another engine (--format rolled): the rollup exported as Parquet gives the same dataset', async () => {
    const tsv = write('20240101.export.CSV', gdeltText(900_000, 140));
    for (const by of ['month', 'none'] as const) {
      const rolled = join(dir, `rolled-${by}.parquet`);
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      const input = await duckdbInput(expandInputs([tsv]), FORMATS.gdelt, wantedColumns(FORMATS.gdelt), async (sql) =>
        (await connection.run(sql)).columnNames(),
      );
      const sql = rollupSql({ format: 'gdelt', by, dialect: 'duckdb', input, maxEvidence: 10_000 });
      await connection.run(`COPY (${sql}) TO '${rolled}' (FORMAT parquet)`);
      connection.closeSync();
      instance.closeSync();
      const direct = await ingested([tsv], 'gdelt', by);
      const fromRolled = await ingested([rolled], 'rolled', by);
      expect(body(fromRolled.dataset)).toEqual(body(direct.dataset));
      expect(fromRolled.report.leftOut).toEqual(direct.report.leftOut);
    }
  });

  it('rolled rows of events in windows, and rows written before window_start (window_end a DATE), give the same', async () => {
    const ged = write('ged.csv', UCDP);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const input = await duckdbInput(expandInputs([ged]), FORMATS.ucdp, wantedColumns(FORMATS.ucdp), async (sql) =>
      (await connection.run(sql)).columnNames(),
    );
    const sql = rollupSql({ format: 'ucdp', by: 'none', dialect: 'duckdb', input, maxEvidence: 10_000 });
    const [now, before] = [join(dir, 'rolled-ged.parquet'), join(dir, 'rolled-ged-before.parquet')];
    await connection.run(`COPY (${sql}) TO '${now}' (FORMAT parquet)`);
    await connection.run(
      `COPY (SELECT * EXCLUDE (window_start) REPLACE (CAST(window_end AS DATE) AS window_end) FROM (${sql})) TO '${before}' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    const direct = await ingested([ged], 'ucdp', 'none');
    expect(direct.dataset.relations.filter((r) => r.once).map((r) => [r.start, r.end])).toEqual([
      ['2017-03-05', '2017-03-09'],
    ]);
    for (const rolled of [now, before])
      expect(body((await ingested([rolled], 'rolled', 'none')).dataset)).toEqual(body(direct.dataset));
  });
});

describe('npm run ingest: what it keeps', () => {
  const fights = (n: number) =>
    [
      ACLED_HEADER,
      ...Array.from({ length: n }, (_, i) =>
        battle(`F${i + 1}`, `2024-11-${String(i + 1).padStart(2, '0')}`, 'Aleppo'),
      ),
    ].join('\n');

  it('the rolled rows keep the ids of the first 10 events and the evidence of the first K, in order', async () => {
    const path = write('k.csv', fights(12));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const input = await duckdbInput(expandInputs([path]), FORMATS.acled, wantedColumns(FORMATS.acled), async (sql) =>
      (await connection.run(sql)).columnNames(),
    );
    for (const k of [1, 10, 11, 12, 13]) {
      const sql = rollupSql({ format: 'acled', by: 'month', dialect: 'duckdb', input, maxEvidence: k });
      const rows = (await connection.runAndReadAll(sql)).getRowObjectsJS();
      expect(rows).toHaveLength(1);
      expect(rows[0].events).toBe(12n);
      expect(rows[0].event_ids).toBe('F1, F2, F3, F4, F5, F6, F7, F8, F9, F10');
      const evidence = rows[0].evidence as { quotes: string }[];
      expect(evidence.map((e) => e.quotes)).toEqual(
        Array.from({ length: Math.min(k, 12) }, (_, i) => `Clashes, F${i + 1}.`),
      );
    }
    connection.closeSync();
    instance.closeSync();
  });

  it('evidence: the first K items; the note says so only when more were left out', async () => {
    const exact = await ingest({ inputs: [write('k.csv', fights(10))], format: 'acled', by: 'month', maxEvidence: 10 });
    expect(exact.dataset.relations[0].evidence).toHaveLength(10);
    expect(exact.dataset.relations[0].note).toBe('10 events (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10)');
    const more = await ingest({ inputs: [write('k.csv', fights(12))], format: 'acled', by: 'month', maxEvidence: 10 });
    const r = more.dataset.relations[0];
    expect(r.evidence?.map((e) => e.quote)).toEqual(Array.from({ length: 10 }, (_, i) => `Clashes, F${i + 1}.`));
    expect(r.note).toBe('12 events (F1, F2, F3, F4, F5, F6, F7, F8, F9, F10, …); evidence of the first 10 kept');
    expect(more.report.evidenceCut).toBe(1);
    // the cap counts items: two sources an event, five events' worth
    const two = fights(6).replace(/,SOHR,/g, ',SOHR; Reuters,');
    const items = await ingest({ inputs: [write('k.csv', two)], format: 'acled', by: 'month', maxEvidence: 10 });
    expect(items.dataset.relations[0].evidence).toHaveLength(10);
    expect(items.dataset.relations[0].note).toMatch(/evidence of the first 10 kept$/);
  });

  it('--min-events and --top leave out the smaller relations, and the description says how many', async () => {
    const path = write('acled.csv', ACLED);
    const all = await ingested([path], 'acled', 'month');
    const min = await ingested([path], 'acled', 'month', { minEvents: 2 });
    expect(min.dataset.relations.map((r) => r.note)).toEqual([
      '4 events (SYR1, SYR2, SYR3, SYR4)',
      '2 events (SYR5, SYR6)',
    ]);
    expect(min.report.droppedRelations).toBe(all.dataset.relations.length - 2);
    expect(min.dataset.meta.description).toMatch(/Left out: 5 relations \(5 events\) of fewer than 2 events\.$/);
    const top = await ingested([path], 'acled', 'month', { top: 1 });
    expect(top.dataset.relations.map((r) => r.note)).toEqual(['4 events (SYR1, SYR2, SYR3, SYR4)']);
    expect(validateDataset(top.dataset).ok).toBe(true);
  });

  it('the JSON written reads back to the dataset', async () => {
    const { dataset } = await ingested([write('acled.csv', ACLED)], 'acled', 'month');
    expect(JSON.parse([...datasetPieces(dataset)].join(''))).toEqual(dataset);
  });

  it("the app's limits are the ones it is held to", () => {
    expect(APP_LIMITS).toEqual({
      maxBytes: DEFAULT_LIMITS.maxBytes,
      maxActors: DEFAULT_LIMITS.maxActors,
      maxRelations: DEFAULT_LIMITS.maxRelations,
    });
  });
});

describe("npm run ingest: the SQL tables are the readers' tables", () => {
  it('kinds by name and by CAMEO code, in DuckDB, are the TypeScript functions on the same values', async () => {
    const d = DIALECT.duckdb;
    const names = [
      'Military Forces of Syria (2000-2024)',
      'police forces of Iraq (2020-)',
      'Government of Syria',
      'Civilians',
      'Civilians (Syria)',
      'civilians of nowhere',
      'Hezbollah',
      ' Government of X ',
    ];
    const codes: [string, string, string, string, string, string][] = [
      ['SYR', 'SYR', '', '', '', ''],
      ['SYRGOV', 'SYR', '', 'GOV', '', ''],
      ['LBNHEZ', 'LBN', 'HEZ', '', '', ''],
      ['UNO', '', 'UNO', '', '', ''],
      ['WST', 'WST', '', '', '', ''],
      ['ABC', 'ABC', '', '', '', ''],
      ['ABC', '', '', '', '', ''],
      ['USA', '', '', '', '', ''],
      ['AB1', 'AB1', '', '', '', ''],
      ['SYRREBMIL', 'SYR', '', 'XYZ', 'REB', 'MIL'],
      ['usa', 'USA', '', '', '', ''],
      ...[...CAMEO_REGIONS]
        .slice(0, 3)
        .map((c) => [c, c, '', '', '', ''] as [string, string, string, string, string, string]),
      ...[...CAMEO_COUNTRIES.keys()]
        .slice(0, 3)
        .map((c) => [c, '', '', '', '', ''] as [string, string, string, string, string, string]),
    ];
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const sqlOf = (s: string) => `'${s.replace(/'/g, "''")}'`;
    const byName = await connection.runAndReadAll(
      `SELECT ${names.map((n, i) => `${kindByNameSql(d, sqlOf(n))} AS k${i}`).join(', ')}`,
    );
    expect(Object.values(byName.getRowObjectsJS()[0])).toEqual(names.map((n) => kindByName(n) ?? null));
    const byCode = await connection.runAndReadAll(
      `SELECT ${codes
        .map(
          ([code, country, group, t1, t2, t3], i) =>
            `${cameoKind(d, { code: sqlOf(code), country: sqlOf(country), group: sqlOf(group), types: [t1, t2, t3].map(sqlOf) })} AS k${i}`,
        )
        .join(', ')}`,
    );
    expect(Object.values(byCode.getRowObjectsJS()[0])).toEqual(
      codes.map(([code, countryCode, knownGroupCode, ...typeCodes]) =>
        cameoActorKind({ code, countryCode, knownGroupCode, typeCodes }),
      ),
    );
    connection.closeSync();
    instance.closeSync();
  });

  it('the rollup is written for Spark and BigQuery too, with their own week, casts and ordered aggregates', () => {
    for (const format of ['acled', 'ucdp', 'gdelt'] as const) {
      const spark = rollupSql({ format, by: 'week', dialect: 'spark', input: 'events_view' });
      const bigquery = rollupSql({ format, by: 'week', dialect: 'bigquery', input: '`gdelt-bq.gdeltv2.events`' });
      for (const sql of [spark, bigquery]) {
        expect(sql).not.toMatch(/\{\{|\}\}|TRY_CAST|arg_min|MATERIALIZED|regexp_matches/);
      }
      expect(spark).toContain("date_trunc('week'");
      expect(spark).toContain('array_sort(collect_list(');
      expect(bigquery).toContain('DATE_TRUNC(e.day, ISOWEEK)');
      expect(bigquery).toContain('ARRAY_AGG(');
      expect(bigquery).toContain('SAFE_CAST(');
    }
  });
});

describe('npm run ingest: from the command line', () => {
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
        cwd: join(import.meta.dirname, '..', '..'),
      });
      return { code: 0, stdout, stderr };
    } catch (e) {
      const err = e as { code: number; stdout: string; stderr: string };
      return { code: err.code, stdout: err.stdout, stderr: err.stderr };
    }
  };

  it('writes a dataset that validates, and says what it left out', async () => {
    const out = join(dir, 'out.json');
    const r = await cli(write('acled.csv', ACLED), '--format', 'acled', '--by', 'month', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('left out: 1 event: no actor2');
    expect(r.stderr).toMatch(/1 file, 11 events rolled up by month: 7 relations, 8 actors/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(validateDataset(written).ok).toBe(true);
  }, 20_000);

  it('a bad file, a zip or a bad option: a clear message and a non-zero exit code', async () => {
    const out = join(dir, 'bad.json');
    const noColumns = await cli(write('not-acled.csv', 'a,b\n1,2\n'), '--format', 'acled', '--out', out);
    expect(noColumns.code).toBe(1);
    expect(noColumns.stderr).toContain(
      'not-acled.csv: no "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2" columns',
    );
    const zip = await cli(write('20240101.export.CSV.zip', 'PK'), '--format', 'gdelt', '--out', out);
    expect(zip.code).toBe(1);
    expect(zip.stderr).toContain('DuckDB reads gzip but not zip');
    const gdeltWidth = await cli(write('short.export.CSV', 'a\tb\tc\n'), '--format', 'gdelt', '--out', out);
    expect(gdeltWidth.code).toBe(1);
    expect(gdeltWidth.stderr).toContain('3 fields on its first line: a GDELT events file has 57');
    const ragged = await cli(
      write('ragged.csv', `${ACLED}\nSYR10,2024-12-09,2024\n`),
      '--format',
      'acled',
      '--out',
      out,
    );
    expect(ragged.code).toBe(1);
    expect(ragged.stderr).toMatch(/DuckDB could not read .*ragged\.csv/);
    const badBy = await cli(write('acled.csv', ACLED), '--format', 'acled', '--by', 'day', '--out', out);
    expect(badBy.code).toBe(2);
    expect(badBy.stderr).toContain('--by: expected one of none, week, month, year, got "day"');
    const strict = await cli(write('acled.csv', ACLED), '--format', 'acled', '--strict', '--out', out);
    expect(strict.code).toBe(1);
    expect(() => readFileSync(out)).toThrow();
  }, 30_000);
});
