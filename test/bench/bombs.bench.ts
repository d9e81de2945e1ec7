// The bomb benchmark: each hostile input of bombs.ts read in a process of its
// own (so a crash or a runaway is that case's alone), with the time to read it
// (and, where it opens, to prepare it as the load worker does) and the process's
// peak memory. The goal: every case refused or loaded within 10 s, memory within
// a few times what the file may expand to. Run: npx tsx test/bench/bombs.bench.ts
// (BOMBS_ONLY: a comma list of case names).
import { spawnSync } from 'node:child_process';
import { BOMBS } from './bombs';

const LIMIT_MS = 60_000;

interface Figures {
  inputBytes: number;
  readMs: number;
  prepareMs: number;
  peakMb: number;
  outcome: string;
}

function parseLine(line: string): Figures | null {
  try {
    return JSON.parse(line) as Figures;
  } catch {
    return null;
  }
}
const only = process.env.BOMBS_ONLY?.split(',').map((s) => s.trim());
const pad = (s: string, n: number) => s.padEnd(n);
console.log(
  `${pad('case', 18)} ${pad('what', 48)} ${pad('input', 9)} ${pad('read s', 7)} ${pad('prepare s', 9)} ${pad('peak MB', 8)} outcome`,
);
for (const bomb of BOMBS.filter((b) => !only || only.includes(b.name))) {
  const t0 = Date.now();
  const run = spawnSync('npx', ['tsx', 'test/bench/bombCase.ts', bomb.name], {
    encoding: 'utf8',
    timeout: LIMIT_MS,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=4096' },
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  const figures = parseLine(line);
  if (!figures) {
    const why = run.error ? `${run.error.message}` : `exit ${run.status}: ${run.stderr.trim().split('\n').at(-1)}`;
    console.log(
      `${pad(bomb.name, 18)} ${pad(bomb.what, 48)} FAILED after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${why}`,
    );
    continue;
  }
  const size =
    figures.inputBytes < 1 << 20
      ? `${Math.ceil(figures.inputBytes / 1024)} KB`
      : `${(figures.inputBytes / (1 << 20)).toFixed(1)} MB`;
  const within = figures.readMs + figures.prepareMs <= 10_000 ? '' : ' [over 10 s]';
  console.log(
    `${pad(bomb.name, 18)} ${pad(bomb.what, 48)} ${pad(size, 9)} ${pad((figures.readMs / 1000).toFixed(2), 7)} ${pad((figures.prepareMs / 1000).toFixed(2), 9)} ${pad(String(figures.peakMb), 8)} ${figures.outcome.slice(0, 140)}${within}`,
  );
}
