// Blocs and balance of a dataset from the command line, over a date range, as
// the analysis panel computes them (default filters otherwise):
//   npm run analyse -- data/aleppo-2024.json --from 2024-11-27 --to 2024-12-02 --k 2 [--no-undated]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readJsonDataset } from '../src/io/json';
import { allianceBlocs, MAX_BLOCS } from '../src/model/blocs';
import { parseDayRange } from '../src/model/dayRangeText';
import { recomputeAll } from '../src/model/filterEngine';
import { DEFAULT_FILTERS } from '../src/model/filters';
import { prepare } from '../src/model/prepare';
import { DEFAULT_TIE_WEIGHTS, relationWeights, signedTies, tieNet } from '../src/model/signedTies';
import { unbalancedTriads } from '../src/model/triads';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    k: { type: 'string', default: '2' },
    'no-undated': { type: 'boolean', default: false },
    top: { type: 'string', default: '3' },
  },
});
const file = positionals[0] ?? 'data/aleppo-2024.json';
const valid = readJsonDataset(readFileSync(file, 'utf8'));
if (!valid.ok) {
  console.error(`${file}: ${valid.errors[0]?.message}`);
  process.exit(1);
}
const day = (text: string | undefined, end: boolean) => {
  if (text === undefined) return null;
  const r = parseDayRange(text);
  if (!r.ok) throw new Error(r.message);
  return end ? r.range.to : r.range.from;
};
const { index } = prepare(valid);
const { visible } = recomputeAll(index, {
  ...DEFAULT_FILTERS,
  from: day(values.from, false),
  to: day(values.to, true),
  includeUndated: !values['no-undated'],
});
const weights = relationWeights(valid.dataset.relations, valid.types, index, DEFAULT_TIE_WEIGHTS, null);
const ties = signedTies(index, visible, weights);
const name = (a: number) => {
  const actor = valid.dataset.actors[a];
  return actor.short ?? actor.label;
};
const k = Number(values.k);
if (!Number.isInteger(k) || k < 2 || k > MAX_BLOCS) {
  console.error(`--k: expected a whole number from 2 to ${MAX_BLOCS}, got "${values.k}"`);
  process.exit(1);
}
const blocs = allianceBlocs(ties, { k });
const shown = visible.reduce((n, v) => n + v, 0);
console.log(
  `${file}, ${values.from ?? 'start'} to ${values.to ?? 'end'}${values['no-undated'] ? ', undated left out' : ''}: ${shown} relations, ${ties.count} ties`,
);
console.log(
  `k = ${k}: frustration ${blocs.weight} of ${blocs.totalWeight} (${blocs.count} of ${blocs.totalCount} signed ties)`,
);
for (let b = 0; b < k; b++) {
  const members = [...blocs.bloc.keys()].filter((a) => blocs.bloc[a] === b).map(name);
  console.log(`  bloc ${String.fromCharCode(65 + b)} (${members.length}): ${members.join(', ')}`);
}
console.log('  heaviest frustrated ties:');
for (const t of blocs.ties.subarray(0, Number(values.top))) {
  const net = tieNet(ties, t);
  const why = net > 0 ? 'cooperative across blocs' : 'hostile within a bloc';
  console.log(`    ${name(ties.a[t])} – ${name(ties.b[t])}: ${why}, weight ${Math.abs(net)}`);
}
const triads = unbalancedTriads(ties);
console.log(`  unbalanced triads: ${triads.count} of ${triads.triangles} triangles`);
