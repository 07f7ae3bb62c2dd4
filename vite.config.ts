/**
 * `npm run build`: bundles the sidebar (assets/iframe.html → src/main.tsx) into dist/assets/ and completes
 * dist/ as a Zendesk app package (manifest, translations, requirements, logos). The ZAF SDK is not
 * bundled: iframe.html loads Zendesk's copy from its CDN with a classic <script>.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { zendeskAppPackage } from './scripts/build/vite-plugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Relative URLs: Zendesk serves the iframe from a versioned path on its own asset host.
  base: './',
  publicDir: false,
  plugins: [
    zendeskAppPackage({
      root,
      // TODO(macros): return the routine's macros in requirements.json shape once src/macros/macros.ts
      // exports its builder; until then the package requires nothing and installs no macros.
      requirements: () => null,
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    minify: true,
    cssMinify: true,
    sourcemap: false,
    // Every browser Zendesk supports has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: `${root}assets/iframe.html`,
      treeshake: true,
      output: {
        // Unhashed, like the official scaffold: Zendesk already versions the asset path per app version.
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
});
