// A seeded GEXF 1.3 file like those exported from Gephi or a scraper, for the
// open benchmark: communities of very different sizes, heavy-tailed degrees (a
// few hubs in most edges, a long tail of nodes with one or two), labels made of
// syllables (some with characters XML must escape), viz:color and viz:size on
// some nodes, a relation type on most edges and dates on some, weights, and no
// positions, so the app lays the graph out itself.

import { daysFromCivil, formatDay } from '../../src/model/dates';
import { seededRandom } from '../../src/model/random';

export interface GexfOptions {
  nodes?: number;
  edges?: number;
  communities?: number;
  /** share of edges whose two ends are in the same community */
  withinCommunity?: number;
  /** share of edges with dates */
  dated?: number;
  seed?: number;
}

const SYLLABLES = ['ka', 'ru', 'mel', 'dor', 'za', 'ni', 'tan', 'bo', 'sha', 'lu', 'vek', 'ar', 'sol', 'mi', 'dun'];
const SUFFIXES = ['Front', 'Council', 'Brigade', 'Movement', 'Party', 'Ministry', 'Forces', 'Union', 'Group'];
const KINDS = ['state', 'armed-group', 'political-party', 'organisation', 'person'];
const TYPES = ['fights', 'strikes', 'accuses', 'meets', 'backs', 'negotiates-with', 'opposes', 'allied-with'];
const COUNTRIES = ['AA', 'BB', 'CC', 'DD', 'EE', 'FF', 'GG', 'HH'];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Cumulative weights and a sampler by binary search over them. */
function sampler(weights: number[], rng: () => number): () => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, k) => (cumulative[k] = total += w));
  return () => {
    const x = rng() * total;
    let lo = 0;
    let hi = weights.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function generateGexf({
  nodes = 5000,
  edges = 100_000,
  communities = 40,
  withinCommunity = 0.85,
  dated = 0.4,
  seed = 1313,
}: GexfOptions = {}): string {
  const rng = seededRandom(seed);
  const int = (n: number) => Math.floor(rng() * n);
  const word = (parts: number) => {
    let w = '';
    for (let k = 0; k < parts; k++) w += SYLLABLES[int(SYLLABLES.length)];
    return w[0].toUpperCase() + w.slice(1);
  };

  // Node k's activity is 1 / (k + 1)^1.1 (Zipf-like); communities have sizes of the same shape,
  // and node k joins one drawn by size, so each community has its own hubs and long tail.
  const weight = Array.from({ length: nodes }, (_, k) => 1 / Math.pow(k + 1, 1.1));
  const drawCommunity = sampler(
    Array.from({ length: communities }, (_, c) => 1 / Math.pow(c + 1, 0.8)),
    rng,
  );
  const community = Array.from({ length: nodes }, (_, k) => (k < communities ? k : drawCommunity()));
  const members: number[][] = Array.from({ length: communities }, () => []);
  community.forEach((c, k) => members[c].push(k));
  const drawNode = sampler(weight, rng);
  const drawIn = members.map((ids) => {
    const draw = sampler(
      ids.map((k) => weight[k]),
      rng,
    );
    return () => ids[draw()];
  });
  const palette = Array.from({ length: communities }, () => [int(256), int(256), int(256)]);

  const out: string[] = [];
  out.push(
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '  <meta lastmodifieddate="2025-01-01">',
    '    <creator>Faultlines open benchmark (test/bench/generateGexf.ts)</creator>',
    `    <title>Generated GEXF: ${nodes} nodes, ${edges} edges (seed ${seed})</title>`,
    '  </meta>',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="country" title="country" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="note" title="note" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  );
  for (let k = 0; k < nodes; k++) {
    const label =
      rng() < 0.03
        ? `${word(2)} & ${word(2)} ${SUFFIXES[int(SUFFIXES.length)]}`
        : `${word(1 + int(3))} ${SUFFIXES[int(SUFFIXES.length)]}`;
    out.push(`      <node id="n${k}" label="${escapeXml(label)}">`);
    const attvalues: string[] = [];
    if (rng() < 0.6) attvalues.push(`<attvalue for="kind" value="${KINDS[int(KINDS.length)]}"/>`);
    if (rng() < 0.3) attvalues.push(`<attvalue for="country" value="${COUNTRIES[int(COUNTRIES.length)]}"/>`);
    if (attvalues.length) out.push(`        <attvalues>${attvalues.join('')}</attvalues>`);
    if (rng() < 0.25) {
      const [r, g, b] = palette[community[k]];
      out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    }
    if (rng() < 0.2) out.push(`        <viz:size value="${(1 + 40 * Math.sqrt(weight[k])).toFixed(2)}"/>`);
    out.push('      </node>');
  }
  out.push('    </nodes>', '    <edges>');

  const firstDay = daysFromCivil(2010, 1, 1);
  const span = daysFromCivil(2024, 12, 31) - firstDay;
  for (let i = 0; i < edges; i++) {
    const s = drawNode();
    let t = rng() < withinCommunity ? drawIn[community[s]]() : drawNode();
    if (t === s) t = (s + 1 + int(nodes - 1)) % nodes;
    let attrs = `id="e${i}" source="n${s}" target="n${t}"`;
    if (rng() < 0.3) attrs += ` weight="${1 + int(5)}"`;
    if (rng() < dated) {
      // activity leans late; most dated edges are one-day events, some last, a few go on
      const start = firstDay + Math.floor(Math.sqrt(rng()) * span);
      const shape = rng();
      if (shape < 0.7) attrs += ` start="${formatDay(start)}" end="${formatDay(start)}"`;
      else if (shape < 0.9)
        attrs += ` start="${formatDay(start)}" end="${formatDay(Math.min(start + 1 + int(400), firstDay + span))}"`;
      else attrs += ` start="${formatDay(start)}"`;
    }
    const attvalues: string[] = [];
    if (rng() < 0.75) attvalues.push(`<attvalue for="type" value="${TYPES[int(TYPES.length)]}"/>`);
    if (rng() < 0.05) attvalues.push(`<attvalue for="note" value="${escapeXml(`Seen by ${word(2)} <${i}>`)}"/>`);
    out.push(
      attvalues.length
        ? `      <edge ${attrs}><attvalues>${attvalues.join('')}</attvalues></edge>`
        : `      <edge ${attrs}/>`,
    );
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return out.join('\n');
}
