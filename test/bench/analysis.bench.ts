// Benchmark of the alliance analyses on the 5,000-actor, 200,000-relation
// generated dataset, everything shown (the heaviest view) and one year of it.
// Run: npm run bench (or npx tsx test/bench/analysis.bench.ts)
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { allianceBlocs } from '../../src/model/blocs';
import { betweenness } from '../../src/model/brokers';
import { cooperativeCommunities } from '../../src/model/communities';
import { daysFromCivil } from '../../src/model/dates';
import { recomputeAll } from '../../src/model/filterEngine';
import { buildFilterIndex } from '../../src/model/filterIndex';
import { DEFAULT_FILTERS } from '../../src/model/filters';
import { groupRelations } from '../../src/model/groups';
import { shortestPaths } from '../../src/model/paths';
import { DEFAULT_TIE_WEIGHTS, relationWeights, signedTies } from '../../src/model/signedTies';
import { unbalancedTriads } from '../../src/model/triads';
import { validateDataset } from '../../src/model/validate';
import { generateDataset } from './generate';

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

const ms = (t: number) => `${t.toFixed(0)} ms`;

const valid = validateDataset(generateDataset({ actors: 5000, relations: 200_000 }));
if (!valid.ok) throw new Error('generated dataset is invalid');
const grouping = groupRelations(valid.dataset.relations, valid.types);
const index = buildFilterIndex(valid.dataset, valid.types, valid.intervals, grouping);
console.log(`cpu: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores), node ${process.version}`);
console.log('dataset: 5000 actors, 200000 relations (generated, seed 42)');

const [weights, tw] = time(() =>
  relationWeights(valid.dataset.relations, valid.types, index, DEFAULT_TIE_WEIGHTS, null),
);
console.log(`relation weights: ${ms(tw)}`);

const views: [string, number | null, number | null][] = [
  ['everything shown', null, null],
  ['the year 2020', daysFromCivil(2020, 1, 1), daysFromCivil(2020, 12, 31)],
];
for (const [name, from, to] of views) {
  const { visible } = recomputeAll(index, { ...DEFAULT_FILTERS, from, to });
  const [ties, tt] = time(() => signedTies(index, visible, weights));
  let shown = 0;
  for (const v of visible) shown += v;
  console.log(`\n${name}: ${shown} relations, ${ties.count} ties`);
  console.log(`  signed ties: ${ms(tt)}`);
  const [blocs, tb] = time(() => allianceBlocs(ties, { k: 2 }));
  console.log(
    `  blocs (k = 2): ${ms(tb)}; frustration ${blocs.weight.toFixed(1)} of ${blocs.totalWeight.toFixed(1)} (${blocs.count} of ${blocs.totalCount} ties)`,
  );
  const [triads, tr] = time(() => unbalancedTriads(ties));
  console.log(`  unbalanced triads: ${ms(tr)}; ${triads.count} of ${triads.triangles} triangles`);
  const [communities, tc] = time(() => cooperativeCommunities(ties));
  console.log(`  communities (Louvain): ${ms(tc)}; ${communities.count}`);
  const [between, tbw] = time(() => betweenness(ties));
  console.log(
    `  betweenness (default budget): ${ms(tbw)}; ${between.exact ? 'exact' : `estimated from ${between.sources} sources`}`,
  );
  // the other way, for comparison: exact if the default estimated, estimated if it was exact
  const [other, tx] = time(() => betweenness(ties, { budget: between.exact ? 2e8 : Infinity }));
  console.log(
    `  betweenness (${other.exact ? 'exact' : `estimated from ${other.sources} sources, budget 2e8`}): ${ms(tx)}`,
  );
  const [path, tp] = time(() => shortestPaths(ties, 0, 4999));
  console.log(`  shortest paths actor 0 to 4999: ${ms(tp)}; ${path.length} hops`);
}
