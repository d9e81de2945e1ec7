// One case of the bomb benchmark, alone in its process so its peak memory is its
// own: makes the input, then reads it as the load worker does (read, validate,
// group, index, lay out, and the final layout where it comes later). Prints one
// JSON line. Run by bombs.bench.ts: npx tsx test/bench/bombCase.ts <name>
import { readDatasetFiles } from '../../src/io/readDataset';
import { beginPrepare } from '../../src/model/prepare';
import { BOMBS } from './bombs';

const bomb = BOMBS.find((b) => b.name === process.argv[2]);
if (!bomb) throw new Error(`no bomb named ${process.argv[2]}`);
const files = bomb.make();
const inputBytes = files.reduce((n, f) => n + (f.bytes?.length ?? f.text?.length ?? 0), 0);
const mb = (kb: number) => Math.round(kb / 1024);
const before = mb(process.resourceUsage().maxRSS);
const t0 = performance.now();
const { result } = readDatasetFiles(files);
const readMs = performance.now() - t0;
let outcome: string;
let prepareMs = 0;
if (result.ok) {
  const t1 = performance.now();
  const start = beginPrepare(result);
  if (start.settling) start.finish();
  prepareMs = performance.now() - t1;
  outcome = `loaded: ${result.dataset.actors.length} actors, ${result.dataset.relations.length} relations, ${result.warningCount} warnings`;
} else {
  const first = result.errors[0];
  outcome = `refused (${result.errorCount} error${result.errorCount === 1 ? '' : 's'}): ${first ? `${first.path.join('.')} ${first.message}`.trim() : ''}`;
}
console.log(
  JSON.stringify({
    name: bomb.name,
    inputBytes,
    readMs,
    prepareMs,
    peakMb: mb(process.resourceUsage().maxRSS),
    beforeMb: before,
    outcome,
  }),
);
