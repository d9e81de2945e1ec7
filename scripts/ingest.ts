// Event data too large for a browser tab, rolled up into a dataset the app opens:
//   npm run ingest -- FILES... --format acled|ucdp|gdelt|rolled [--by week|month|year|none] --out dataset.json
// Files are CSV or TSV (perhaps .gz), Parquet, or folders of them (GDELT's daily
// files, unzipped); DuckDB reads them in this process. --print-sql writes the
// rollup for DuckDB, Spark SQL or BigQuery instead (README, "Beyond a browser").
import { parseArgs } from 'node:util';
import { ROLLUPS, type Rollup } from '../src/io/eventRecords';
import { DIALECTS, type DialectName } from './ingest/dialects';
import { FORMAT_NAMES, type FormatName } from './ingest/formats';
import { InputError } from './ingest/inputs';
import { DEFAULT_MAX_EVIDENCE } from './ingest/rolledDataset';
import { APP_LIMITS, IngestError, ingest, rollupSql, type InputFormat } from './ingest/run';
import { TooLargeError, writeDataset } from './ingest/writeDataset';

const USAGE = `usage: npm run ingest -- FILES... --format acled|ucdp|gdelt|rolled --out dataset.json
  FILES            CSV/TSV files (perhaps .gz), Parquet files, or folders of them;
                   --format rolled: Parquet or JSON lines of rolled rows (sql/rollup.sql's result)
  --by P           week, month (the default), year, or none (a relation per event)
  --out PATH       where to write the dataset ("-": standard output)
  --evidence K     evidence items kept a relation, from its first events (default ${DEFAULT_MAX_EVIDENCE})
  --min-events N   leave out relations of fewer than N events
  --top N          keep only the N relations with the most events
  --strict         fail when the format's checks leave out any event (a bad date, one actor)
  --title T, --description D   the dataset's title and description
  --threads N, --memory 4GB    DuckDB's threads and memory limit
  --print-sql      write the rollup query instead, for --dialect duckdb|spark|bigquery
                   (--table NAME: the table or view it reads; default: FILES through DuckDB)`;

function fail(message: string, code = 1): never {
  console.error(`ingest: ${message}`);
  process.exit(code);
}

function wholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) fail(`--${name}: expected a whole number, got "${text}"\n${USAGE}`, 2);
  return Number(text);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      by: { type: 'string', default: 'month' },
      out: { type: 'string' },
      evidence: { type: 'string' },
      'min-events': { type: 'string' },
      top: { type: 'string' },
      strict: { type: 'boolean', default: false },
      title: { type: 'string' },
      description: { type: 'string' },
      threads: { type: 'string' },
      memory: { type: 'string' },
      'print-sql': { type: 'boolean', default: false },
      dialect: { type: 'string', default: 'duckdb' },
      table: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const formats: readonly string[] = [...FORMAT_NAMES, 'rolled'];
if (values.format === undefined || !formats.includes(values.format))
  fail(
    `--format: expected one of ${formats.join(', ')}${values.format ? `, got "${values.format}"` : ''}\n${USAGE}`,
    2,
  );
if (!(ROLLUPS as readonly string[]).includes(values.by))
  fail(`--by: expected one of ${ROLLUPS.join(', ')}, got "${values.by}"`, 2);
if (!(DIALECTS as readonly string[]).includes(values.dialect))
  fail(`--dialect: expected one of ${DIALECTS.join(', ')}, got "${values.dialect}"`, 2);
const format = values.format as InputFormat;
const by = values.by as Rollup;
const maxEvidence = wholeNumber('evidence', values.evidence);
const minEvents = wholeNumber('min-events', values['min-events']);
const top = wholeNumber('top', values.top);

if (values['print-sql']) {
  if (format === 'rolled') fail('--print-sql: rolled rows need no query', 2);
  if (values.dialect !== 'duckdb' && values.table === undefined)
    fail(`--print-sql --dialect ${values.dialect}: name the table or view of events with --table`, 2);
  const input =
    values.table ??
    `read_csv(${JSON.stringify(positionals[0] ?? 'events.csv').replace(/"/g, "'")}, all_varchar = true)`;
  console.log(
    `${rollupSql({ format: format as FormatName, by, dialect: values.dialect as DialectName, input, maxEvidence, minEvents, top })};`,
  );
  process.exit(0);
}
if (values.out === undefined) fail(`--out: name the file to write ("-" for standard output)\n${USAGE}`, 2);
if (positionals.length === 0) fail(`no input: name one or more files or folders\n${USAGE}`, 2);

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const n = (x: number) => x.toLocaleString('en');
try {
  const t0 = performance.now();
  const result = await ingest({
    inputs: positionals,
    format,
    by,
    title: values.title,
    description: values.description,
    maxEvidence,
    minEvents,
    top,
    threads: wholeNumber('threads', values.threads),
    memoryLimit: values.memory,
  });
  const { dataset, report } = result;
  const rolledBy = report.rollup ?? by;
  for (const l of report.leftOut) {
    console.error(
      `left out: ${n(l.events)} event${l.events === 1 ? '' : 's'}: ${l.reason} (the first: ${l.firstIds}${l.events > 10 ? ', …' : ''})`,
    );
  }
  if (values.strict && report.leftOut.length) fail('--strict: events were left out (above); no dataset was written');
  const bytes = await writeDataset(values.out, dataset, APP_LIMITS.maxBytes);
  const seconds = (performance.now() - t0) / 1000;
  console.error(
    `${result.files.length} file${result.files.length === 1 ? '' : 's'}, ${n(report.eventsRead)} events${rolledBy === 'none' ? '' : ` rolled up by ${rolledBy}`}: ` +
      `${n(dataset.relations.length)} relations, ${n(dataset.actors.length)} actors, ${n(dataset.sources.length)} sources` +
      `${report.droppedRelations ? ` (${n(report.droppedRelations)} relations, ${n(report.droppedEvents)} events left out by --min-events/--top)` : ''}` +
      `${report.evidenceCut ? `; ${n(report.evidenceCut)} relations keep the evidence of their first events only` : ''}` +
      ` → ${values.out} (${mb(bytes)}) in ${seconds.toFixed(1)} s` +
      `${result.warnings ? `; ${n(result.warnings)} warning${result.warnings === 1 ? '' : 's'} as the app would say them (the first: ${result.firstWarning})` : ''}`,
  );
} catch (e) {
  if (e instanceof InputError || e instanceof IngestError || e instanceof TooLargeError) fail(e.message);
  throw e;
}
