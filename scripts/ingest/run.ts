// The ingest: files read by DuckDB (embedded, in this process), mapped to the
// events relation by the format's query, rolled up by sql/rollup.sql, and the
// rolled rows built into a faultlines/1 dataset (rolledDataset.ts), validated as
// the app validates a file and held to the sizes the app opens.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Rollup } from '../../src/io/eventRecords';
import type { Dataset } from '../../src/model/types';
import { validateDataset, MAX_EVIDENCE_PER_RELATION } from '../../src/model/validate';
import { DIALECT, type DialectName } from './dialects';
import { FORMATS, type EventFormatSpec, type FormatName } from './formats';
import { duckdbInput, expandInputs, InputError, inputsName, sqlString, type InputFile } from './inputs';
import {
  DEFAULT_MAX_EVIDENCE,
  MAX_IDS,
  RolledDatasetBuilder,
  type RolledReport,
  type RolledRow,
} from './rolledDataset';
import * as tables from './tables';
import { sqlFile, type Fill, type Snippet } from './template';

/** What the app opens (src/io/readDataset.ts, DEFAULT_LIMITS): a larger dataset is refused here, with what to do. */
export const APP_LIMITS = { maxBytes: 512 * 1024 * 1024, maxActors: 200_000, maxRelations: 2_000_000 };

export type InputFormat = FormatName | 'rolled';

export interface RollupSqlOptions {
  format: FormatName;
  by: Rollup;
  dialect: DialectName;
  /** the FROM item the format's columns are read from: DuckDB's read_csv(...), a table name elsewhere */
  input: string;
  maxEvidence?: number;
  minEvents?: number;
  top?: number;
}

/** The placeholders' values for one format, rollup and dialect. */
export function fillFor(o: RollupSqlOptions): Fill {
  const d = DIALECT[o.dialect];
  const spec = FORMATS[o.format];
  const text = d.text;
  const empties = spec.empty;
  const cell: Snippet = (c) => {
    let e = `NULLIF(TRIM(CAST(${c} AS ${text})), '')`;
    for (const word of empties) e = `NULLIF(${e}, ${tables.literal(d, word)})`;
    return e;
  };
  const dayText = (e: string) => d.dayText(e);
  const periodStart: Snippet = (day) => {
    if (o.by === 'year') return `SUBSTR(${dayText(day)}, 1, 4)`;
    if (o.by === 'month') return `SUBSTR(${dayText(day)}, 1, 7)`;
    if (o.by === 'week') return dayText(d.isoWeek(day));
    return dayText(day);
  };
  const periodEnd: Snippet = (day) =>
    o.by === 'week' ? dayText(d.addDays(d.isoWeek(day), 6)) : `CAST(NULL AS ${text})`;
  const top = o.top;
  return {
    texts: {
      text,
      input: o.input,
      format: o.format,
      rollup: o.by,
      max_ids: String(MAX_IDS),
      max_evidence: String(o.maxEvidence ?? DEFAULT_MAX_EVIDENCE),
      min_events: String(o.minEvents ?? 1),
      // without --top, one more than the app opens: enough to know a dataset would be too large
      top: String(top ?? APP_LIMITS.maxRelations + 1),
      per_event: o.by === 'none' ? 'TRUE' : 'FALSE',
      materialized: d.materialized,
      inline: d.inline,
      // GDELT's query keeps its own slim copy of the rows; the others are read twice otherwise
      events_materialized: spec.materializesItself ? '' : d.materialized,
      row_number: d.name === 'duckdb' ? '_row' : `CAST(NULL AS ${d.name === 'bigquery' ? 'INT64' : 'BIGINT'})`,
    },
    functions: {
      cell,
      row_order: (key) => (d.name === 'duckdb' ? '_ord' : d.rowOrder(key)),
      matches: (e, p) => d.matches(e, p),
      day_from_iso: (e) => d.dayFromIso(e),
      day_from_day_month_year: (e) => d.dayFromDayMonthYear(e),
      day_from_yyyymmdd: (e) => d.dayFromYyyymmdd(e),
      day_text: dayText,
      add_days: (e, n) => d.addDays(e, Number(n)),
      period_start: periodStart,
      period_end: periodEnd,
      event_key: (ord, sub) => (o.by === 'none' ? `CAST(${ord} AS ${text}) || '/' || CAST(${sub} AS ${text})` : `''`),
      first_by: (e, ...order) => d.firstBy(e, order),
      first_n: (e, n, ...order) => d.firstN(e, n, order),
      first_n_structs: (n, ...cols) => d.firstNStructs(n, cols.slice(0, 2), cols),
      struct: (...cols) => d.struct(cols),
      join_list: (list, sep) => d.joinList(list, sep),
      join_parts: (sep, ...parts) => d.joinParts(sep, parts),
      split_rows: (e, alias) => d.splitRows(e, alias),
      to_int: (e) => d.tryCast(e, 'int'),
      to_double: (e) => d.tryCast(e, 'double'),
      number_text: (e) => d.numberText(e),
      acled_kind: (name, inter) => tables.acledKind(d, name, inter),
      acled_associate_kind: (name, main) => tables.acledAssociateKind(d, name, main),
      acled_type: (t, sub) => tables.acledType(d, t, sub),
      acled_time_precision: (e) => tables.acledTimePrecision(d, e),
      ucdp_type: (e) => tables.ucdpType(d, e),
      ucdp_violence_label: (e) => tables.ucdpViolenceLabel(d, e),
      ucdp_kind: (e) => tables.ucdpKind(d, e),
      ucdp_clarity: (e) => tables.ucdpClarity(d, e),
      ucdp_precision: (e) => tables.ucdpPrecision(d, e),
      cameo_root: (e) => tables.cameoRootCode(d, e),
      cameo_root_quad: (e) => tables.cameoRootQuad(d, e),
      cameo_type: (root, base) => tables.cameoType(d, root, base),
      quad_type: (e) => tables.quadType(d, e),
      cameo_kind: (code, country, group, t1, t2, t3) =>
        tables.cameoKind(d, {
          code: `COALESCE(${code}, '')`,
          country: `COALESCE(${country}, '')`,
          group: `COALESCE(${group}, '')`,
          types: [t1, t2, t3].map((t) => `COALESCE(${t}, '')`),
        }),
      cameo_country: (e) => tables.cameoCountry(d, e),
    },
  };
}

/** The format's query (the events relation), filled for a dialect. */
export function eventsSql(o: RollupSqlOptions): string {
  return sqlFile(FORMATS[o.format].sql, fillFor(o));
}

/** The whole rollup, filled for a dialect: what --print-sql writes. */
export function rollupSql(o: RollupSqlOptions): string {
  const fill = fillFor(o);
  const events = sqlFile(FORMATS[o.format].sql, fill);
  return sqlFile('rollup.sql', { ...fill, texts: { ...fill.texts, events } });
}

/** The columns the format's query reads from its input. */
export function wantedColumns(spec: EventFormatSpec): string[] {
  return [...spec.required, ...(spec.oneOf ?? []).flat(), ...spec.optional].filter(
    (c, i, all) => all.findIndex((x) => x.toLowerCase() === c.toLowerCase()) === i,
  );
}

export interface IngestOptions {
  inputs: readonly string[];
  format: InputFormat;
  by: Rollup;
  title?: string;
  description?: string;
  maxEvidence?: number;
  minEvents?: number;
  top?: number;
  /** DuckDB's threads and memory limit ("4GB"); its spill folder */
  threads?: number;
  memoryLimit?: string;
  tempDirectory?: string;
  /** called with the DuckDB instance once it is open (the benchmark watches its memory) */
  onInstance?: (instance: DuckDBInstance) => void;
}

export interface IngestResult {
  dataset: Dataset;
  report: RolledReport;
  /** the validator's warnings (evidence with no quote, as GDELT's all is), and the first */
  warnings: number;
  firstWarning?: string;
  files: InputFile[];
  seconds: { query: number; build: number; validate: number };
}

/** A failure to say as it is, with exit code 1. */
export class IngestError extends Error {}

function checkOptions(o: IngestOptions): void {
  const cap = o.maxEvidence ?? DEFAULT_MAX_EVIDENCE;
  if (!Number.isInteger(cap) || cap < 0 || cap > MAX_EVIDENCE_PER_RELATION)
    throw new IngestError(`--evidence: expected a whole number from 0 to ${MAX_EVIDENCE_PER_RELATION}, got ${cap}`);
  const min = o.minEvents ?? 1;
  if (!Number.isInteger(min) || min < 1)
    throw new IngestError(`--min-events: expected a whole number from 1, got ${min}`);
  if (o.top !== undefined && (!Number.isInteger(o.top) || o.top < 1))
    throw new IngestError(`--top: expected a whole number from 1, got ${o.top}`);
}

async function describer(connection: DuckDBConnection) {
  return async (sql: string) => {
    const r = await connection.run(sql);
    return r.columnNames();
  };
}

export async function ingest(o: IngestOptions): Promise<IngestResult> {
  checkOptions(o);
  const files = expandInputs(o.inputs);
  const ownTemp = o.tempDirectory === undefined;
  const temp = o.tempDirectory ?? mkdtempSync(join(tmpdir(), 'faultlines-ingest-'));
  const config: Record<string, string> = { temp_directory: temp, preserve_insertion_order: 'true' };
  if (o.threads) config.threads = String(o.threads);
  if (o.memoryLimit) config.memory_limit = o.memoryLimit;
  const instance = await DuckDBInstance.create(':memory:', config);
  o.onInstance?.(instance);
  const connection = await instance.connect();
  try {
    let sql: string;
    if (o.format === 'rolled') {
      sql = await rolledSql(files, await describer(connection));
    } else {
      const spec = FORMATS[o.format];
      const input = await duckdbInput(files, spec, wantedColumns(spec), await describer(connection));
      sql = rollupSql({
        format: o.format,
        by: o.by,
        dialect: 'duckdb',
        input,
        maxEvidence: o.maxEvidence,
        minEvents: o.minEvents,
        top: o.top,
      });
    }
    const t0 = performance.now();
    // each rolled row as JSON text, parsed here: DuckDB's own conversion of nested
    // values to JavaScript took four times as long
    let result;
    try {
      result = await connection.stream(
        `SELECT to_json(r)::VARCHAR AS j FROM (${sql}) AS r ORDER BY r.first_ord, r.first_sub`,
      );
    } catch (e) {
      throw new IngestError(duckdbMessage(e, files));
    }
    const builder = new RolledDatasetBuilder({
      title: o.title,
      description: o.description,
      inputName: files.length === 1 ? files[0].path.replace(/^.*[\\/]/, '') : inputsName(files),
      maxEvidence: o.maxEvidence ?? DEFAULT_MAX_EVIDENCE,
      minEvents: o.minEvents,
      top: o.top,
    });
    let build = 0;
    const chunks = result[Symbol.asyncIterator]();
    for (;;) {
      let next;
      try {
        next = await chunks.next();
      } catch (e) {
        throw new IngestError(duckdbMessage(e, files));
      }
      if (next.done) break;
      const b0 = performance.now();
      const chunk = next.value;
      const column = chunk.getColumnVector(0);
      try {
        for (let i = 0; i < chunk.rowCount; i++) builder.add(JSON.parse(column.getItem(i) as string) as RolledRow);
      } catch (e) {
        throw new IngestError(e instanceof Error ? e.message : String(e));
      }
      build += performance.now() - b0;
    }
    const t1 = performance.now();
    const { dataset, report } = builder.finish();
    const t2 = performance.now();
    checkSize(dataset, report.relations + report.droppedRelations);
    const valid = validateDataset(dataset, { maxProblems: 5 });
    const t3 = performance.now();
    if (!valid.ok) {
      const first = valid.errors[0];
      throw new IngestError(
        `the dataset made is not valid (${valid.errorCount} error${valid.errorCount === 1 ? '' : 's'}); the first, at ${first.path.join('.') || 'the top'}: ${first.message}`,
      );
    }
    return {
      dataset,
      report,
      warnings: valid.warningCount,
      firstWarning: valid.warnings[0]?.message,
      files,
      seconds: { query: (t1 - t0 - build) / 1000, build: (build + t2 - t1) / 1000, validate: (t3 - t2) / 1000 },
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
    if (ownTemp) rmSync(temp, { recursive: true, force: true });
  }
}

/** The columns of a rolled row (sql/rollup.sql's result). */
export const ROLLED_COLUMNS = [
  'format',
  'rollup',
  'problem',
  'first_ord',
  'first_sub',
  'from_key',
  'from_label',
  'from_kind',
  'from_country',
  'to_key',
  'to_label',
  'to_kind',
  'to_country',
  'type',
  'period_start',
  'period_end',
  'events',
  'first_day',
  'last_day',
  'event_ids',
  'place_count',
  'places',
  'note',
  'window_end',
  'evidence',
];
/** Columns a rolled row may have: the relations and events read (every row says the same). */
const ROLLED_TOTALS = ['relations_read', 'events_read'];
/** Columns a rolled row may lack, NULL then: window_start (rows written before it had a window's start). */
const ROLLED_OPTIONAL = ['window_start'];

/** The query that reads rolled rows (Parquet or JSON lines, from any engine), in the order of their first events. */
async function rolledSql(files: readonly InputFile[], describe: (sql: string) => Promise<string[]>): Promise<string> {
  const reads: string[] = [];
  for (const f of files) {
    if (f.kind === 'csv')
      throw new InputError(`${f.path}: --format rolled reads Parquet or JSON lines (the evidence is a list), not CSV`);
    const from =
      f.kind === 'parquet'
        ? `read_parquet(${sqlString(f.path)})`
        : `read_json(${sqlString(f.path)}, format = 'newline_delimited')`;
    let names: string[];
    try {
      names = (await describe(`SELECT * FROM ${from} LIMIT 0`)).map((n) => n.toLowerCase());
    } catch (e) {
      throw new InputError(
        `${f.path}: could not be read (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
      );
    }
    const missing = ROLLED_COLUMNS.filter((c) => !names.includes(c));
    if (missing.length)
      throw new InputError(
        `${f.path}: no ${missing.join(', ')} column${missing.length === 1 ? '' : 's'}: rolled rows are sql/rollup.sql's result (is --format right?)`,
      );
    const totals = ROLLED_TOTALS.map((c) => (names.includes(c) ? c : `CAST(NULL AS BIGINT) AS ${c}`));
    const optional = ROLLED_OPTIONAL.map((c) => (names.includes(c) ? c : `CAST(NULL AS VARCHAR) AS ${c}`));
    // window_end as text: a DATE in rows written before it was one
    const columns = ROLLED_COLUMNS.map((c) => (c === 'window_end' ? 'CAST(window_end AS VARCHAR) AS window_end' : c));
    reads.push(`SELECT ${[...columns, ...optional, ...totals].join(', ')} FROM ${from}`);
  }
  return `SELECT * FROM (${reads.join(' UNION ALL ')}) AS rolled ORDER BY first_ord, first_sub`;
}

/** DuckDB's message, its first lines, with the files named when it does not name one. */
function duckdbMessage(e: unknown, files: readonly InputFile[]): string {
  const message = (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 6).join('\n  ');
  const named = files.some((f) => message.includes(f.path));
  const advice = /out of memory/i.test(message)
    ? '\n  More memory for DuckDB (--memory; ten million GDELT rows took about 6 GB, spilling the rest to the temporary folder), or fewer files at once.'
    : '';
  return `DuckDB could not read ${named ? 'the input' : files.map((f) => f.path).join(', ')}: ${message}${advice}`;
}

/** Refuses a dataset the app would refuse for its size, saying what to change. */
export function checkSize(dataset: Dataset, relationsRead = dataset.relations.length): void {
  const { actors, relations } = dataset;
  if (actors.length > APP_LIMITS.maxActors || relations.length > APP_LIMITS.maxRelations) {
    const n = (x: number) => x.toLocaleString('en');
    throw new IngestError(
      `${relations.length > APP_LIMITS.maxRelations ? `${n(relationsRead)} relations` : `${n(actors.length)} actors`}: more than the app opens (${n(APP_LIMITS.maxActors)} actors, ${n(APP_LIMITS.maxRelations)} relations). Roll up by a longer period (--by), keep relations of at least N events (--min-events N) or the N with the most events (--top N)`,
    );
  }
}
