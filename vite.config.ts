import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the build works from any path on any static host.
  base: './',
  plugins: [react()],
  // One page that needs sigma, graphology and the bundled dataset at once: splitting
  // would only add round trips, so the single chunk is expected to be large.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 1024 },
});
