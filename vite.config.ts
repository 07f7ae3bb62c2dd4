/**
 * `npm run build`: bundles the sidebar (assets/iframe.html → src/main.tsx) into dist/assets/ and completes
 * dist/ as a Zendesk app package (manifest, translations, requirements, logos). The ZAF SDK is not
 * bundled: iframe.html loads Zendesk's copy from its CDN with a classic <script>.
 */
import { fileURLToPath } from 'node:url';
import type { ChunkingContext, CodeSplittingGroup, ModuleInfo, OutputBundle, OutputChunk } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { prereadLexicon } from './scripts/build/lexicon-plugin';
import { inlineSuggestionStrings } from './scripts/build/ui-strings-plugin';
import { zendeskAppPackage } from './scripts/build/vite-plugin';
import { buildMacros } from './src/macros/macros';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The chunks the sidebar needs before its first suggestion: the entry (src/main.tsx), which starts
 * Zendesk's handshake, then imports React and the sidebar, and the chunks those import. Chunks the
 * sidebar imports later (the reply part, the admins' panel) are not among them.
 */
function initialChunks(bundle: OutputBundle): OutputChunk[] {
  const entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  if (entry?.type !== 'chunk') return [];
  const found = new Map<string, OutputChunk>([[entry.fileName, entry]]);
  const visit = (file: string): void => {
    const chunk = bundle[file];
    if (found.has(file) || chunk?.type !== 'chunk') return;
    found.set(file, chunk);
    chunk.imports.forEach(visit);
  };
  entry.imports.forEach(visit);
  entry.dynamicImports.forEach(visit);
  return [...found.values()];
}

/**
 * A modulepreload link for the chunks the entry imports lets the browser fetch and compile them while the
 * SDK and the entry run, instead of one after the other. The size benchmark counts preloaded chunks as
 * initial JavaScript.
 */
function preloadEntryImports(): Plugin {
  return {
    name: 'preload-entry-imports',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        return initialChunks(context.bundle ?? {})
          .filter((chunk) => !chunk.isEntry)
          .map((chunk) => ({
            tag: 'link',
            attrs: {
              rel: 'modulepreload',
              crossorigin: true,
              href: `./${chunk.fileName.replace(/^assets\//, '')}`,
            },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/** The module `from` and every module it imports statically, by id, as the bundler's graph has them. */
function staticClosure(from: string, context: ChunkingContext): Set<string> {
  const found = new Set<string>();
  const visit = (id: string): void => {
    if (found.has(id)) return;
    found.add(id);
    context.getModuleInfo(id)?.importedIds.forEach(visit);
  };
  visit(from);
  return found;
}

/**
 * One chunk (render.js) for the code the first suggestion needs besides the entry: React, Garden,
 * styled-components, detection and the sidebar's first render. Left to itself, the bundler moves what
 * the later chunks (the reply part, errors, the admins' panel) share with it into chunks of their own,
 * which the first suggestion then waits for as more files, with the imports and exports between them
 * (0.8 KB gzip). What the entry imports stays in the entry: it must not wait for this chunk to start
 * the handshake.
 */
function firstSuggestionChunk(): CodeSplittingGroup {
  const ENTRY = `${root}src/main.tsx`;
  const FIRST_RENDER = `${root}src/render.tsx`;
  // Worked out once per build: the graph's module objects are shared within one chunking pass.
  const members = new WeakMap<ModuleInfo, Set<string>>();
  return {
    name(id, context) {
      const first = context.getModuleInfo(FIRST_RENDER);
      if (!first) return null;
      let ids = members.get(first);
      if (!ids) {
        ids = staticClosure(FIRST_RENDER, context);
        for (const shared of staticClosure(ENTRY, context)) ids.delete(shared);
        members.set(first, ids);
      }
      return ids.has(id) ? 'render' : null;
    },
  };
}

/**
 * styled-components hands stylis's vendor prefixer to stylis only when a StyleSheetManager asks for
 * prefixes (`enableVendorPrefixes`), which neither the app nor Garden does; it imports it all the same
 * (1.4 KB gzip of initial JS). Where styled-components imports stylis, it gets stylis without it
 * (scripts/build/shims/stylis.ts).
 */
function stylisWithoutPrefixer(): Plugin {
  const shim = `${root}scripts/build/shims/stylis.ts`;
  return {
    name: 'stylis-without-prefixer',
    // Before Vite's own resolver, which would find the package first.
    enforce: 'pre',
    resolveId(source, importer) {
      return source === 'stylis' && importer?.includes('/node_modules/styled-components/') ? shim : null;
    },
  };
}

/** Chrome's (V8's) explicit compile hint: every function of the file is compiled as the file is read. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * V8 compiles a function the first time it is called, on the page's thread, unless told otherwise. Nearly
 * all of React, Garden and detection runs before the first suggestion, so the initial chunks carry the
 * compile hint: Chrome then compiles them while it streams them, on a background thread, before the
 * handshake's answer comes (main-thread time to the suggestion ~210 -> ~175 ms in `npm run bench --
 * startup`'s setting). Chunks loaded later are compiled lazily as before. Other browsers read a comment.
 */
function compileInitialChunksEagerly(): Plugin {
  return {
    name: 'compile-initial-chunks-eagerly',
    apply: 'build',
    // After minification, which would drop the comment, and after Vite adds its preload list at the top.
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of initialChunks(bundle)) chunk.code = COMPILE_HINT + chunk.code;
      },
    },
  };
}

export default defineConfig({
  root,
  // Relative URLs: Zendesk serves the iframe from a versioned path on its own asset host.
  base: './',
  publicDir: false,
  // Always the production builds of React and the rest, whatever NODE_ENV the shell (or Vitest) has set:
  // the package is only ever built to be installed.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: {
    // Small ES stand-ins for two CommonJS helpers under Garden's getColor (2.7 KB gzip less when it is
    // bundled), for the propTypes declarations that production builds never check (0.2 KB), for the
    // ten polished helpers Garden's styles call (3.5 KB) and the three color2k functions its getColor
    // calls (1.3 KB); see the files for why.
    alias: {
      'lodash.get': `${root}scripts/build/shims/lodash-get.ts`,
      'lodash.memoize': `${root}scripts/build/shims/lodash-memoize.ts`,
      'prop-types': `${root}scripts/build/shims/prop-types.ts`,
      polished: `${root}scripts/build/shims/polished.ts`,
      color2k: `${root}scripts/build/shims/color2k.ts`,
    },
  },
  plugins: [
    stylisWithoutPrefixer(),
    preloadEntryImports(),
    compileInitialChunksEagerly(),
    prereadLexicon(),
    inlineSuggestionStrings(),
    zendeskAppPackage({
      root,
      // Installing the app creates the routine's macros, composed with the default settings.
      requirements: () => buildMacros(),
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Vite's default: the browsers of Baseline Widely Available (Chrome and Edge 111, Firefox 114, Safari
    // 16.4, from 2023), all older than the current versions Zendesk's agent interface runs in. Class fields
    // and `??=` stay as written instead of es2020's helper calls (0.4 KB gzip less initial JS).
    target: 'baseline-widely-available',
    minify: true,
    cssMinify: true,
    sourcemap: false,
    // Every browser Zendesk supports has modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: `${root}assets/iframe.html`,
      output: {
        // Unhashed, like the official scaffold: Zendesk already versions the asset path per app version.
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
        // Only the modules the group names: a module it takes does not pull in the entry's modules.
        codeSplitting: { includeDependenciesRecursively: false, groups: [firstSuggestionChunk()] },
      },
    },
  },
});
