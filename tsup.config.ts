import { defineConfig } from 'tsup';

// ESM first, with a CommonJS build and .d.ts for both. Runtime dependencies
// (wink-nlp, its model, chrono-node) stay external: consumers' bundlers
// resolve them, and the model is plain bundled data (no fs, no network).
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
});
