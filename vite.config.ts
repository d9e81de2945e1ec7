import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the build works from any path on any static host.
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: true },
});
