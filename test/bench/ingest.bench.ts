// The ingest (npm run ingest) on a GDELT-like file of INGEST_ROWS events (default
// 10,000,000; generateGdelt.ts, about 340 bytes a row), rolled up by month: rows a
// second and peak memory, beside two references timed on the same file in the same
// run, so the ratios hold on a noisy machine: counting its lines in Node, and
// DuckDB's plain count(*) over it read as the ingest reads it. Each step runs in a
// process of its own, so each peak (the process's maxRSS, and DuckDB's own memory,
// polled from a second connection) is that step's alone.
//   npm run bench:ingest            INGEST_ROWS=1000000 npm run bench:ingest
// The ingest keeps the INGEST_TOP (200,000) relations with the most events: rolled up by
// month, ten million GDELT-like events are millions of relations, more than the app opens.
// The file is kept in the system's temporary folder between runs (its name holds
// the row count); INGEST_KEEP=0 removes it at the end.

import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { ingest } from '../../scripts/ingest/run';
import { writeDataset } from '../../scripts/ingest/writeDataset';
import { generateGdelt } from './generateGdelt';

interface StepResult {
  seconds: number;
  /** KiB, process.resourceUsage().maxRSS */
  maxRss: number;
  /** bytes, the most DuckDB said it held (duckdb_memory()), and spilled to disk */
  duckdbPeak?: number;
  duckdbSpill?: number;
  detail?: string;
}

const SELF = fileURLToPath(import.meta.url);
const rows = Number(process.env.INGEST_ROWS ?? 10_000_000);
/** relations kept: the 200,000 with the most events (a month of GDELT between a few thousand actors is millions of dyads, more than the app opens); INGEST_TOP=0 keeps all */
const top = Number(process.env.INGEST_TOP ?? 200_000);
/** DuckDB's memory limit for the ingest ("6GB"); unset: DuckDB's default, 80% of the machine's memory */
const memoryLimit = process.env.INGEST_MEMORY;
const file = join(tmpdir(), `faultlines-bench-gdelt-${rows}.tsv`);

/** Polls DuckDB's own memory from a second connection while a step runs. */
async function watch(instance: DuckDBInstance): Promise<{ stop: () => Promise<{ peak: number; spill: number }> }> {
  const connection = await instance.connect();
  let peak = 0;
  let spill = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      try {
        const r = await connection.runAndReadAll(
          'SELECT sum(memory_usage_bytes)::BIGINT AS m, sum(temporary_storage_bytes)::BIGINT AS t FROM duckdb_memory()',
        );
        const [row] = r.getRowObjectsJS();
        peak = Math.max(peak, Number(row.m ?? 0));
        spill = Math.max(spill, Number(row.t ?? 0));
      } catch {
        // the instance is closing
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      connection.closeSync();
      return { peak, spill };
    },
  };
}

async function step(name: string): Promise<StepResult> {
  const t0 = performance.now();
  let detail: string | undefined;
  let duckdbPeak: number | undefined;
  let duckdbSpill: number | undefined;
  if (name === 'lines') {
    let lines = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
      const b = chunk as Buffer;
      for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++;
    }
    detail = `${lines} lines`;
  } else if (name === 'count') {
    const instance = await DuckDBInstance.create(':memory:');
    const watcher = await watch(instance);
    const connection = await instance.connect();
    const names = Array.from({ length: 61 }, (_, i) => `'c${i}': 'VARCHAR'`).join(', ');
    const r = await connection.runAndReadAll(
      `SELECT count(*)::BIGINT AS n FROM read_csv('${file}', delim = '\\t', header = false, quote = '"', escape = '"', auto_detect = false, columns = {${names}})`,
    );
    detail = `${r.getRowObjectsJS()[0].n} rows`;
    ({ peak: duckdbPeak, spill: duckdbSpill } = await watcher.stop());
    connection.closeSync();
    instance.closeSync();
  } else {
    let watcher: Awaited<ReturnType<typeof watch>> | undefined;
    let started: Promise<void> | undefined;
    const result = await ingest({
      inputs: [file],
      format: 'gdelt',
      by: 'month',
      ...(top > 0 && { top }),
      ...(memoryLimit && { memoryLimit }),
      onInstance: (instance) => {
        started = watch(instance).then((w) => void (watcher = w));
      },
    });
    await started;
    if (watcher) ({ peak: duckdbPeak, spill: duckdbSpill } = await watcher.stop());
    const out = join(tmpdir(), `faultlines-bench-gdelt-${rows}.json`);
    const bytes = await writeDataset(out, result.dataset);
    rmSync(out, { force: true });
    const { report, dataset, seconds } = result;
    detail =
      `${report.eventsRead} events in ${report.relations + report.droppedRelations} relations, ` +
      `kept ${dataset.relations.length} (${report.events} events), ${dataset.actors.length} actors, ` +
      `${dataset.sources.length} sources, ${(bytes / 1048576).toFixed(1)} MB of JSON; ` +
      `left out ${report.leftOut.map((l) => `${l.events} (${l.reason.replace(/:.*/, '')})`).join(', ')}; ` +
      `query ${seconds.query.toFixed(1)} s, build ${seconds.build.toFixed(1)} s, validate ${seconds.validate.toFixed(1)} s`;
  }
  return {
    seconds: (performance.now() - t0) / 1000,
    maxRss: process.resourceUsage().maxRSS,
    duckdbPeak,
    duckdbSpill,
    detail,
  };
}

if (process.argv[2] === '--step') {
  const result = await step(process.argv[3]);
  console.log(JSON.stringify(result));
  process.exit(0);
}

if (!existsSync(file) || statSync(file).size === 0) {
  const t0 = performance.now();
  console.log(`generating ${rows.toLocaleString('en')} GDELT-like rows in ${file} …`);
  await generateGdelt(file, { rows });
  console.log(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const size = statSync(file).size;
console.log(`${file}: ${rows.toLocaleString('en')} rows, ${(size / 1048576).toFixed(0)} MB`);

const run = (name: string): StepResult => {
  const out = execFileSync(process.execPath, [...process.execArgv, SELF, '--step', name], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop() as string) as StepResult;
};
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(0)} MiB`;
const results: [string, StepResult][] = [
  ['lines (Node, reference)', run('lines')],
  ['count(*) (DuckDB, reference)', run('count')],
  [`ingest --by month${top > 0 ? ` --top ${top}` : ''}${memoryLimit ? ` --memory ${memoryLimit}` : ''}`, run('ingest')],
];
for (const [name, r] of results) {
  console.log(
    `${name.padEnd(30)} ${r.seconds.toFixed(1).padStart(6)} s  ${Math.round(rows / r.seconds)
      .toLocaleString('en')
      .padStart(11)} rows/s  peak RSS ${mib(r.maxRss * 1024)}` +
      `${r.duckdbPeak === undefined ? '' : `, DuckDB ${mib(r.duckdbPeak)}${r.duckdbSpill ? ` (+${mib(r.duckdbSpill)} spilled)` : ''}`}` +
      `${r.detail ? `  [${r.detail}]` : ''}`,
  );
}
const [lines, count, full] = results.map(([, r]) => r.seconds);
console.log(
  `ingest / count(*): ${(full / count).toFixed(2)}x; ingest / line count: ${(full / lines).toFixed(2)}x (the ratios are what to compare between machines)`,
);
if (process.env.INGEST_KEEP === '0') rmSync(file, { force: true });
