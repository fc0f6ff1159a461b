import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Built by bench/xrFrame.bench.ts; public/ is shared so the controller profiles are served locally. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: '../../public',
  plugins: [react()],
  build: { outDir: '../../dist-xrbench-empty', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
