// The analysis worker as its own file (dist/); the single-file build swaps in
// createAnalysisWorker.inline.ts (vite.config.ts), as for the loading worker.
export function createAnalysisWorker(): Worker {
  return new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'faultlines-analysis',
  });
}
