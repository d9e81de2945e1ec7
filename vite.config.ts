import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { strictSingleFile } from './scripts/strictSingleFile.ts';

// `vite build` writes dist/ for any static host; `vite build --mode single` writes
// dist-single/index.html, the whole app and the bundled dataset in one file that
// works opened from disk (file://), under its own strict policy, and copies it
// into dist/ as faultlines.html (the app's briefing files are made from it).
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const outDir = single ? 'dist-single' : 'dist';
  return {
    // Relative asset URLs: the build works from any path on any static host.
    base: './',
    plugins: single ? [react(), viteSingleFile(), strictSingleFile(outDir, 'dist')] : [react()],
    resolve: single
      ? {
          alias: [
            {
              find: /^\.\/createLoadWorker$/,
              replacement: fileURLToPath(new URL('./src/state/createLoadWorker.inline.ts', import.meta.url)),
            },
            {
              find: /^\.\/createAnalysisWorker$/,
              replacement: fileURLToPath(new URL('./src/state/createAnalysisWorker.inline.ts', import.meta.url)),
            },
          ],
        }
      : {},
    // dist/ starts the worker as a module from its own file; the single file needs a classic one
    worker: { format: single ? ('iife' as const) : ('es' as const) },
    // One page that needs sigma, graphology and the bundled dataset at once: splitting
    // would only add round trips, so the single chunk is expected to be large.
    build: {
      target: 'es2022',
      sourcemap: !single,
      chunkSizeWarningLimit: 1024,
      outDir,
    },
  };
});
