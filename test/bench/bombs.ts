// The hostile inputs of the bomb benchmark (bombs.bench.ts), each made in the
// process that measures it: what a careless or malicious file can do to a
// reader, at the sizes the adversarial report used.
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import type { InputFile } from '../../src/io/readDataset';
import { generateDataset } from './generate';

export interface Bomb {
  name: string;
  what: string;
  make(): InputFile[];
}

/** A zip of the CSV set's names whose relations.csv is `mb` megabytes of one repeated row, deflated. */
function zipBomb(mb: number): InputFile[] {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  const actors = new ZipDeflate('actors.csv', { level: 9 });
  zip.add(actors);
  actors.push(strToU8('id,label,kind\na,A,state\n'), true);
  const relations = new ZipDeflate('relations.csv', { level: 9 });
  zip.add(relations);
  relations.push(strToU8('id,source,target,type\n'));
  const block = strToU8('r,a,a,backs\n'.repeat(Math.floor((1 << 20) / 12)));
  for (let k = 0; k < mb; k++) relations.push(block, k === mb - 1);
  zip.end();
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return [{ name: `bomb-${mb}mb.zip`, bytes }];
}

/** A zip of many tiny entries. */
function manyEntries(count: number): InputFile[] {
  const files: Record<string, Uint8Array> = {};
  for (let k = 0; k < count; k++) files[`f${k}.csv`] = strToU8('id\n');
  return [{ name: `entries-${count}.zip`, bytes: zipSync(files, { level: 0 }) }];
}

function deepGraphml(depth: number): InputFile[] {
  const text = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</graph></graphml>`;
  return [{ name: `deep-${depth}.graphml`, text }];
}

function sameEdgeIds(format: 'gexf' | 'graphml', edges: number): InputFile[] {
  const nodes = 100;
  const nodeTags: string[] = [];
  for (let k = 0; k < nodes; k++) nodeTags.push(`<node id="n${k}"${format === 'gexf' ? ` label="n${k}"` : ''}/>`);
  const edgeTags: string[] = [];
  for (let k = 0; k < edges; k++)
    edgeTags.push(`<edge id="e" source="n${k % nodes}" target="n${(k * 7 + 1) % nodes}"/>`);
  const text =
    format === 'gexf'
      ? `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes>${nodeTags.join('')}</nodes><edges>${edgeTags.join('')}</edges></graph></gexf>`
      : `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed">${nodeTags.join('')}${edgeTags.join('')}</graph></graphml>`;
  return [{ name: `same-ids-${edges}.${format}`, text }];
}

function hugeEvidence(items: number): InputFile[] {
  const dataset = {
    format: 'faultlines/1',
    meta: { title: 'one relation, many evidence items' },
    sources: Array.from({ length: 1000 }, (_, k) => ({ id: `s${k}`, title: `Source ${k}` })),
    actors: [
      { id: 'a', label: 'A', kind: 'state' },
      { id: 'b', label: 'B', kind: 'state' },
    ],
    relations: [
      {
        id: 'r',
        source: 'a',
        target: 'b',
        type: 'backs',
        start: '2020',
        evidence: Array.from({ length: items }, (_, k) => ({
          source: `s${k % 1000}`,
          quote: `q${k}`,
          stance: 'supports',
        })),
      },
    ],
  };
  return [{ name: `evidence-${items}.json`, text: JSON.stringify(dataset) }];
}

function manyActors(actors: number, perActor: number): InputFile[] {
  const text = JSON.stringify(generateDataset({ actors, relations: actors * perActor }));
  return [{ name: `actors-${actors}.json`, text }];
}

export const BOMBS: Bomb[] = [
  { name: 'zip-100mb', what: 'CSV zip expanding to 100 MB', make: () => zipBomb(100) },
  { name: 'zip-1gb', what: 'CSV zip expanding to 1 GB', make: () => zipBomb(1024) },
  { name: 'zip-entries', what: 'zip of 100,000 tiny entries', make: () => manyEntries(100_000) },
  { name: 'graphml-deep', what: 'GraphML nested 100,000 deep', make: () => deepGraphml(100_000) },
  { name: 'gexf-ids-10k', what: 'GEXF, 10,000 edges with one id', make: () => sameEdgeIds('gexf', 10_000) },
  { name: 'gexf-ids-100k', what: 'GEXF, 100,000 edges with one id', make: () => sameEdgeIds('gexf', 100_000) },
  { name: 'graphml-ids-100k', what: 'GraphML, 100,000 edges with one id', make: () => sameEdgeIds('graphml', 100_000) },
  { name: 'evidence-200k', what: 'one relation with 200,000 evidence items', make: () => hugeEvidence(200_000) },
  { name: 'actors-20k', what: '20,000 actors, 60,000 relations, no positions', make: () => manyActors(20_000, 3) },
  { name: 'actors-80k', what: '80,000 actors, 240,000 relations, no positions', make: () => manyActors(80_000, 3) },
  { name: 'actors-200k', what: '200,000 actors, 400,000 relations, no positions', make: () => manyActors(200_000, 2) },
];
