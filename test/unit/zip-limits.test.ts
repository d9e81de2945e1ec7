// Zips that expand past what a tab can hold are refused while they are inflated,
// by the bytes they actually produce, not the sizes they declare. The limits are
// passed small here, so the bombs stay small in memory.
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvTemplateZip } from '../../src/io/csvExport';
import { readCsvDataset } from '../../src/io/csvImport';
import { DEFAULT_LIMITS, readDatasetFiles, type ReadLimits } from '../../src/io/readDataset';
import { readCsvZip } from '../../src/io/zipRead';
import { describeProblem } from '../../src/model/problems';

const KB = 1024;
const ACTORS = strToU8('id,label,kind\na,A,state\n');

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A zip streamed as the bench bombs are: entries with data descriptors, declaring no size up front. */
function streamedZip(entries: [string, Uint8Array][]): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [name, bytes] of entries) {
    const f = new ZipDeflate(name, { level: 9 });
    zip.add(f);
    f.push(bytes, true);
  }
  zip.end();
  return concat(parts);
}

/** A zip whose local headers declare 10 bytes for every entry, whatever they hold. */
function lyingZip(entries: Record<string, Uint8Array>): Uint8Array {
  const bytes = zipSync(entries, { level: 9 });
  const view = new DataView(bytes.buffer);
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (view.getUint32(i, true) === 0x04034b50) view.setUint32(i + 22, 10, true);
  }
  return bytes;
}

const limits = (over: Partial<ReadLimits>): ReadLimits => ({ ...DEFAULT_LIMITS, ...over });
const read = (bytes: Uint8Array, over: Partial<ReadLimits> = {}) =>
  readDatasetFiles([{ name: 'bomb.zip', bytes }], limits(over)).result;

describe('zip limits', () => {
  it('refuses a zip whose CSV files expand past the total, counting the bytes inflated', () => {
    const relations = strToU8(`id,source,target,type\n${'r,a,a,backs\n'.repeat(20_000)}`); // 240 KB
    for (const bytes of [
      streamedZip([
        ['actors.csv', ACTORS],
        ['relations.csv', relations],
      ]),
      lyingZip({ 'actors.csv': ACTORS, 'relations.csv': relations }),
    ]) {
      const r = read(bytes, { maxExpandedBytes: 100 * KB });
      expect(r.ok).toBe(false);
      expect(r.errors.map(describeProblem)).toEqual([
        '$: bomb.zip expands to more than 100 KB: a zip is opened only if its CSV files come to at most that',
      ]);
      expect(read(bytes).ok).toBe(true);
    }
  });

  it('refuses one entry past the per-file limit, whether it declares its size or not', () => {
    const big = new Uint8Array(300 * KB).fill(0x41);
    const message = 'relations.csv in bomb.zip expands to more than 200 KB: one file in a zip may hold at most that';
    const declared = zipSync({ 'actors.csv': ACTORS, 'relations.csv': big });
    expect(read(declared, { maxEntryBytes: 200 * KB }).errors[0].message).toBe(message);
    expect(read(lyingZip({ 'relations.csv': big }), { maxEntryBytes: 200 * KB }).errors[0].message).toBe(message);
    expect(read(streamedZip([['relations.csv', big]]), { maxEntryBytes: 200 * KB }).errors[0].message).toBe(message);
  });

  it('refuses a zip of more entries than a CSV set has, without reading them all', () => {
    const parts: Uint8Array[] = [];
    const zip = new Zip((_, chunk) => parts.push(chunk));
    for (let k = 0; k < 1000; k++) {
      const f = new ZipPassThrough(`f${k}.csv`);
      zip.add(f);
      f.push(strToU8('id\n'), true);
    }
    zip.end();
    const r = read(concat(parts));
    expect(r.errors.map((e) => e.message)).toEqual(['bomb.zip holds more than 64 files: a CSV zip holds at most 64']);
  });

  it('refuses a zip that expands far more than text does, once past the floor', () => {
    const zeros = streamedZip([['relations.csv', new Uint8Array(400 * KB)]]);
    const r = read(zeros, { ratioFloor: 64 * KB });
    expect(r.errors[0].message).toMatch(
      /^bomb\.zip expands more than 100 times \(\d+ KB to over \d+ KB\): a zip this compressed is refused as a zip bomb$/,
    );
    // under the floor the same zip is read (and then refused as CSV, for what it holds)
    expect(read(zeros).errors[0].message).not.toMatch(/zip bomb/);
  });

  it('says when bytes are not a zip, or a zip is cut short', () => {
    expect(read(strToU8('id,label\n')).errors[0].message).toBe(
      'bomb.zip is not a readable zip: it does not start as a zip file does',
    );
    const whole = csvTemplateZip();
    expect(read(whole.subarray(0, 200)).errors[0].message).toMatch(/^bomb\.zip is not a readable zip: /);
  });

  it('reads CSV files in folders and passes over what macOS adds', () => {
    const t = readCsvZip(
      'set.zip',
      zipSync({
        'set/actors.csv': ACTORS,
        'set/relations.csv': strToU8('id,source,target,type\n'),
        '__MACOSX/set/._actors.csv': new Uint8Array([0, 5, 22, 7]),
        'set/readme.txt': strToU8('hello'),
      }),
      { ...DEFAULT_LIMITS },
    );
    expect(t.ok && t.files.map((f) => f.name)).toEqual(['actors.csv', 'relations.csv']);
  });
});

describe('problems of a refused file', () => {
  it('lists up to the cap and counts the rest, without a list of every bad row', () => {
    const rows = Array.from({ length: 5000 }, (_, k) => `r${k},a,a,backs,extra`).join('\n');
    const v = readCsvDataset(
      [
        { name: 'actors.csv', text: 'id,label,kind\na,A,state\n' },
        { name: 'relations.csv', text: `id,source,target,type\n${rows}\n` },
      ],
      { maxProblems: 10 },
    );
    expect(v.ok).toBe(false);
    expect(v.errors.length).toBe(10);
    expect(v.errorCount).toBe(5000);
    expect(describeProblem(v.errors[9])).toBe('relations.csv, row 11: Too many fields: expected 4 fields but parsed 5');
  });

  it('stops reading past the actor and relation limits', () => {
    const actors = Array.from({ length: 50 }, (_, k) => `a${k},A,state`).join('\n');
    const relations = Array.from({ length: 50 }, (_, k) => `r${k},a0,a1,backs`).join('\n');
    const v = readCsvDataset(
      [
        { name: 'actors.csv', text: `id,label,kind\n${actors}\n` },
        { name: 'relations.csv', text: `id,source,target,type\n${relations}\n` },
      ],
      { maxActors: 10, maxRelations: 20 },
    );
    expect(v.errors.map(describeProblem)).toEqual([
      'actors.csv, row 12: more than 10 actors: more than this app opens',
      'relations.csv, row 22: more than 20 relations: more than this app opens',
    ]);
  });
});
