import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The playground is a static page: `npm run playground` serves it, and
// `npm run playground:build` writes dist-playground/ for any static host.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs: the built folder works wherever it is served from
  // (a sub-path of a site, a preview host), not only at a domain's root.
  base: './',
  server: {
    // The page imports the library from ../src and its sample from ../fixtures.
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
  },
  build: {
    target: 'es2022',
    // wink's English model is plain data of a few MB; that size is expected, not a mistake.
    chunkSizeWarningLimit: 6000,
  },
});
