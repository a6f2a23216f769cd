import { defineConfig } from 'tsup';

// ESM first, with a CommonJS build and .d.ts for both. Runtime dependencies
// (wink-nlp, its model, chrono-node) stay external: consumers' bundlers
// resolve them, and the model is plain bundled data (no fs, no network).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false, // package.json's build script empties dist/ first (two configs build into it)
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  // Node-only entries: `newsfacts/node` (extractMany on worker threads), its
  // worker, the CLI and `newsfacts/bullmq` (bullmq stays external: an optional peer). ESM only: the CLI and workers are loaded by path.
  {
    entry: { node: 'src/node/index.ts', worker: 'src/node/worker.ts', cli: 'src/cli.ts', bullmq: 'src/bullmq/index.ts' },
    format: ['esm'],
    dts: { entry: { node: 'src/node/index.ts', bullmq: 'src/bullmq/index.ts' } },
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'node',
    treeshake: true,
  },
]);
