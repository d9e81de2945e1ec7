// The loading worker as its own file, fetched when first needed (for dist/). The
// single-file build swaps in createLoadWorker.inline.ts (vite.config.ts), since a
// page opened from disk cannot load a worker file.
export function createLoadWorker(): Worker {
  return new Worker(new URL('../workers/load.worker.ts', import.meta.url), {
    type: 'module',
    name: 'faultlines-loader',
  });
}
