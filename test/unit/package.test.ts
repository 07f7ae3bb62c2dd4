import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import * as stylis from 'stylis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPackageFiles, LOGO_PATHS, marketplaceTranslations } from '../../scripts/build/app-files';
import { bundledLexiconText } from '../../scripts/build/lexicon-plugin';
import get from '../../scripts/build/shims/lodash-get';
import memoize from '../../scripts/build/shims/lodash-memoize';
import PropTypes from '../../scripts/build/shims/prop-types';
import * as stylisWithoutPrefixer from '../../scripts/build/shims/stylis';
import {
  fileSize,
  gzipShares,
  INITIAL_JS_BUDGET,
  initialJsFiles,
  moduleGroup,
} from '../../scripts/build/sizes';
import { siblingUrls } from '../../scripts/build/vite-plugin';
import { checkPackage, checkZipSize, MAX_ZIP_BYTES } from '../../scripts/package/check';
import { fileText, type PackageEntry, packageOf, readPackageDir } from '../../scripts/package/files';
import { describeProblem } from '../../scripts/package/problem';
import { SDK_URL } from '../../scripts/package/rules/assets';
import { zipPackage } from '../../scripts/package/zip';
import { LEXICON } from '../../src/detect/lexicon';
import { COMPILE_HINT } from '../../vite.config';

const read = (path: string): Buffer => readFileSync(new URL(`../../${path}`, import.meta.url));
const readJson = (path: string): Record<string, unknown> =>
  JSON.parse(read(path).toString('utf8')) as Record<string, unknown>;

/** A package as the build writes it, from the committed sources, with a stand-in bundle. */
function goodPackage(): Map<string, PackageEntry> {
  const files = appPackageFiles({
    manifest: readJson('manifest.json'),
    translations: readJson('translations/en.json'),
    requirements: {
      macros: { baa_api: { title: 'BAA::API', actions: [{ field: 'status', value: 'solved' }] } },
    },
    logos: new Map(LOGO_PATHS.map((path) => [path, read(path)])),
  });
  return packageOf({
    ...Object.fromEntries(files),
    'assets/iframe.html': `<script src="${SDK_URL}"></script><script type="module" src="./iframe.js"></script>`,
    'assets/iframe.js':
      'const ns="http://www.w3.org/2000/svg";const link="https://openai.com/contact-sales";',
    'assets/iframe.css': 'body{margin:0}',
  });
}

/** Without a manifest the routine's links are unknown; a bundle without them isolates the rule tested. */
const LINKLESS_BUNDLE = 'document.body.append("Loading")';

function withFiles(changes: Record<string, string | Uint8Array | null>): Map<string, PackageEntry> {
  const files = goodPackage();
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) files.delete(path);
    else for (const [key, entry] of packageOf({ [path]: content })) files.set(key, entry);
  }
  return files;
}

function withManifest(edit: (manifest: Record<string, unknown>) => void): Map<string, PackageEntry> {
  const manifest = readJson('manifest.json');
  edit(manifest);
  return withFiles({ 'manifest.json': JSON.stringify(manifest) });
}

function withEnglish(edit: (app: Record<string, unknown>) => void): Map<string, PackageEntry> {
  const translations = {
    app: structuredClone(readJson('translations/en.json').app) as Record<string, unknown>,
  };
  edit(translations.app);
  return withFiles({ 'translations/en.json': JSON.stringify(translations) });
}

function parameters(manifest: Record<string, unknown>): Record<string, unknown>[] {
  return manifest.parameters as Record<string, unknown>[];
}

function parameter(manifest: Record<string, unknown>, index: number): Record<string, unknown> {
  const found = parameters(manifest)[index];
  if (found === undefined) throw new Error(`manifest.json has no parameter #${index}`);
  return found;
}

function entryOf(content: string | Uint8Array): PackageEntry {
  return { kind: 'file', bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content };
}

/** A PNG signature and IHDR chunk: all the size check reads. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const view = new DataView(bytes.buffer);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

function messages(files: ReadonlyMap<string, PackageEntry>): string[] {
  return checkPackage(files).map(describeProblem);
}

describe('checkPackage', () => {
  it('passes the package the build writes from the committed sources', () => {
    expect(messages(goodPackage())).toEqual([]);
  });

  it.each([
    [
      'manifest.json is missing',
      withFiles({ 'manifest.json': null, 'assets/iframe.js': LINKLESS_BUNDLE }),
      '[required-files] manifest.json: is required',
    ],
    [
      'manifest.json is not JSON',
      withFiles({ 'manifest.json': '{"author": ', 'assets/iframe.js': LINKLESS_BUNDLE }),
      '[json] manifest.json: is not valid JSON',
    ],
    [
      'manifest.json is an array',
      withFiles({ 'manifest.json': '[]', 'assets/iframe.js': LINKLESS_BUNDLE }),
      '[manifest] manifest.json: must be a JSON object',
    ],
    [
      'a required key is missing',
      withManifest((m) => delete m.author),
      '[required-keys] manifest.json: "author" is required',
    ],
    [
      'frameworkVersion is not 2.0',
      withManifest((m) => (m.frameworkVersion = '1.0')),
      '[framework-version] manifest.json: "frameworkVersion" must be "2.0", not "1.0"',
    ],
    [
      'the author URL is not http(s)',
      withManifest((m) => (m.author = { name: 'A', email: 'a@example.com', url: 'ftp://example.com' })),
      '[author] manifest.json: "author.url" must be an http(s) URL',
    ],
    [
      'the default locale has no translations file',
      withManifest((m) => (m.defaultLocale = 'fr')),
      '[default-locale] manifest.json: "defaultLocale" is "fr" but translations/fr.json is missing',
    ],
    [
      'the location file is not in the package',
      withFiles({ 'assets/iframe.html': null }),
      '[location-file] manifest.json: "location.support.ticket_sidebar.url" points at assets/iframe.html, which is not in the package',
    ],
    [
      'the location file is outside assets/',
      withManifest(
        (m) => (m.location = { support: { ticket_sidebar: { url: 'iframe.html', flexible: true } } }),
      ),
      '[location-file] manifest.json: "location.support.ticket_sidebar.url" is "iframe.html"; a packaged page must be under assets/',
    ],
    [
      'the location URL is plain http',
      withManifest((m) => (m.location = { support: { ticket_sidebar: 'http://example.com/app.html' } })),
      '[location] manifest.json: "location.support.ticket_sidebar.url" must be https or localhost',
    ],
    [
      'the location is unknown',
      withManifest((m) => (m.location = { support: { ticket_sidebarr: { url: 'assets/iframe.html' } } })),
      '[location] manifest.json: unknown location "location.support.ticket_sidebarr"',
    ],
    [
      'flexible is not a boolean',
      withManifest(
        (m) => (m.location = { support: { ticket_sidebar: { url: 'assets/iframe.html', flexible: 'yes' } } }),
      ),
      '[location] manifest.json: "location.support.ticket_sidebar.flexible" must be true or false',
    ],
    [
      'a parameter has the removed password type',
      withManifest((m) => (parameter(m, 0).type = 'password')),
      '[parameter-types] manifest.json: parameter "baaEmail" has type "password"; allowed: text, checkbox, url, number, multiline, hidden, oauth',
    ],
    [
      'a flag is not a boolean',
      withManifest((m) => (parameter(m, 0).required = 'yes')),
      '[parameter-flags] manifest.json: parameter "baaEmail": "required" must be true or false',
    ],
    [
      'a hidden parameter is required',
      withManifest((m) => Object.assign(parameter(m, 0), { type: 'hidden', required: true })),
      '[parameter-flags] manifest.json: parameter "baaEmail": a hidden parameter cannot be required',
    ],
    [
      'scopes are set on a parameter that is not secure',
      withManifest((m) => (parameter(m, 0).scopes = ['header'])),
      '[parameter-flags] manifest.json: parameter "baaEmail": "scopes" is only allowed on secure parameters',
    ],
    [
      'two parameters share a name',
      withManifest((m) => (parameter(m, 1).name = 'baaEmail')),
      '[parameter-names] manifest.json: parameter "baaEmail" is declared twice; names must be unique',
    ],
    [
      'a parameter is called "name"',
      withManifest((m) => parameters(m).push({ name: 'name', type: 'text' })),
      [
        '[parameter-names] manifest.json: "name" is reserved and cannot be a parameter name',
        '[parameter-labels] translations/en.json: parameter "name" needs "app.parameters.name.label"',
      ],
    ],
    [
      'a parameter has no label',
      withEnglish((app) => delete (app.parameters as Record<string, unknown>).tagPrefix),
      '[parameter-labels] translations/en.json: parameter "tagPrefix" needs "app.parameters.tagPrefix.label"',
    ],
    [
      'the app has no name',
      withEnglish((app) => delete app.name),
      '[app-name] translations/en.json: "app.name" is required',
    ],
    [
      'a translations file is not named by a locale',
      withFiles({ 'translations/english.json': '{}' }),
      '[translation-files] translations/english.json: must be translations/<locale>.json',
    ],
    [
      'translations/en.json is missing',
      withFiles({ 'translations/en.json': null }),
      [
        '[default-locale] manifest.json: "defaultLocale" is "en" but translations/en.json is missing',
        '[required-files] translations/en.json: is required',
      ],
    ],
    [
      'the large logo has the wrong size',
      withFiles({ 'assets/logo.png': pngHeader(300, 300) }),
      '[logos] assets/logo.png: is 300x300; it must be 320x320',
    ],
    [
      'the small logo is missing',
      withFiles({ 'assets/logo-small.png': null }),
      '[logos] assets/logo-small.png: is required (PNG, 128x128)',
    ],
    [
      'a logo is not a PNG',
      withFiles({ 'assets/logo-small.png': read('assets/logo.svg') }),
      '[logos] assets/logo-small.png: is not a PNG image',
    ],
    [
      'a forbidden extension is shipped',
      withFiles({ 'assets/guide.pdf': 'not really a pdf' }),
      '[file-types] assets/guide.pdf: .pdf files are not allowed in an app',
    ],
    [
      'an archive hides behind a harmless name',
      withFiles({ 'assets/data.txt': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]) }),
      '[file-types] assets/data.txt: is a zip file, which is not allowed',
    ],
    [
      'requirements.json has an unknown type',
      withFiles({ 'requirements.json': '{"tickets": {"a": {"title": "A"}}}' }),
      '[requirement-types] requirements.json: "tickets" is not a requirement type',
    ],
    [
      'a macro has no title',
      withFiles({
        'requirements.json': '{"macros": {"a": {"actions": [{"field": "status", "value": "solved"}]}}}',
      }),
      '[requirement-titles] requirements.json: "macros.a" needs a "title"',
    ],
    [
      'a macro has no actions',
      withFiles({ 'requirements.json': '{"macros": {"a": {"title": "BAA::A", "actions": []}}}' }),
      '[macro-actions] requirements.json: "macros.a" needs "actions"',
    ],
    [
      'the code holds a network address',
      withFiles({ 'assets/iframe.js': 'fetch("https://collector.example/t?x=1")' }),
      '[network-urls] assets/iframe.js: holds https://collector.example/t?x=1; the app may only talk to Zendesk',
    ],
    [
      'the stylesheet loads a remote font',
      withFiles({ 'assets/iframe.css': '@font-face{src:url(https://fonts.example/a.woff2)}' }),
      '[network-urls] assets/iframe.css: holds https://fonts.example/a.woff2',
    ],
    [
      'the SDK address is used from the code instead of the page',
      withFiles({ 'assets/iframe.js': `import("${SDK_URL}")` }),
      `[network-urls] assets/iframe.js: holds ${SDK_URL}`,
    ],
  ])('fails when %s', (_name, files, expected) => {
    const expectations = typeof expected === 'string' ? [expected] : expected;
    expect(messages(files)).toEqual(expectations.map((message) => expect.stringContaining(message)));
  });

  it('asks a public app for every marketplace description', () => {
    expect(messages(withManifest((m) => (m.private = false)))).toEqual([]);
    const bare = withFiles({
      'manifest.json': JSON.stringify({ ...readJson('manifest.json'), private: false }),
    });
    const english = { app: { ...(readJson('translations/en.json').app as object), long_description: ' ' } };
    bare.set('translations/en.json', entryOf(JSON.stringify(english)));
    expect(messages(bare)).toEqual([
      '[marketplace-strings] translations/en.json: a public app needs "app.long_description"',
    ]);
  });

  it('reports a symlink', () => {
    const files = goodPackage();
    files.set('assets/link.js', { kind: 'symlink', target: '/etc/passwd' });
    expect(messages(files)).toEqual([
      '[symlinks] assets/link.js: is a symlink (to /etc/passwd); ship the file',
    ]);
  });

  it('reports every broken rule at once, each naming its file', () => {
    const files = withManifest((m) => {
      m.frameworkVersion = '1.0';
      parameter(m, 0).type = 'password';
    });
    files.set('assets/logo.png', entryOf(pngHeader(64, 64)));
    expect(checkPackage(files).map((problem) => [problem.rule, problem.file])).toEqual([
      ['framework-version', 'manifest.json'],
      ['parameter-types', 'manifest.json'],
      ['logos', 'assets/logo.png'],
    ]);
  });
});

describe('zip', () => {
  it('holds every package file at the zip root, byte for byte', () => {
    const files = goodPackage();
    const unzipped = unzipSync(zipPackage(files));
    expect(Object.keys(unzipped).sort()).toEqual([...files.keys()].sort());
    const logo = files.get('assets/logo.png');
    expect(
      logo?.kind === 'file' && Buffer.from(unzipped['assets/logo.png'] ?? []).equals(Buffer.from(logo.bytes)),
    ).toBe(true);
  });

  it('must stay under 2 MB', () => {
    expect(checkZipSize('app.zip', MAX_ZIP_BYTES - 1)).toEqual([]);
    expect(checkZipSize('app.zip', MAX_ZIP_BYTES).map(describeProblem)).toEqual([
      `[zip-size] app.zip: is ${MAX_ZIP_BYTES} bytes; a private app's zip must be under 2 MB`,
    ]);
  });
});

describe('build helpers', () => {
  it('ships only the app section of the translations: UI strings live in the bundle', () => {
    expect(marketplaceTranslations({ app: { name: 'X' }, ui: { apply: 'Apply reply' } })).toEqual({
      app: { name: 'X' },
    });
    expect(() => marketplaceTranslations({ ui: {} })).toThrow(/no "app" section/);
  });

  it('points the page at its sibling bundle with ./', () => {
    const html = '<script type="module" crossorigin src="../assets/iframe.js"></script>';
    expect(siblingUrls(html, 'assets/iframe.html')).toBe(
      '<script type="module" crossorigin src="./iframe.js"></script>',
    );
    expect(siblingUrls('<link href="../other/x.css">', 'assets/iframe.html')).toBe(
      '<link href="../other/x.css">',
    );
  });

  it('counts as initial JS the page module, its preloads and their static imports, not lazy chunks', () => {
    const html =
      `<script src="${SDK_URL}"></script><script type="module" crossorigin src="./iframe.js"></script>` +
      '<link rel="modulepreload" crossorigin href="./vendor.js">';
    const chunks: Record<string, string> = {
      'iframe.js': 'import{a as b}from"./shared.js";const l=()=>import("./lazy.js");b(l)',
      'vendor.js': 'export const v=1',
      'shared.js': 'export*from"./deep.js";export const a=1',
      'deep.js': 'export const d=2',
      'lazy.js': 'import"./only-lazy.js"',
    };
    expect(initialJsFiles(html, (file) => chunks[file]).sort()).toEqual([
      'deep.js',
      'iframe.js',
      'shared.js',
      'vendor.js',
    ]);
  });
});

describe('size breakdown', () => {
  const root = '/project/';

  it('groups bundled modules by npm package or app folder', () => {
    expect(moduleGroup('/project/node_modules/react-dom/cjs/react-dom.production.min.js', root)).toBe(
      'react-dom',
    );
    expect(moduleGroup('/project/node_modules/@zendeskgarden/react-forms/dist/esm/index.js', root)).toBe(
      '@zendeskgarden/react-forms',
    );
    expect(moduleGroup('/project/node_modules/a/node_modules/b/index.js', root)).toBe('b');
    expect(moduleGroup('/project/src/detect/lexicon.ts', root)).toBe('src/detect');
    expect(moduleGroup('/project/src/main.tsx', root)).toBe('src');
    expect(moduleGroup('\0rolldown/runtime.js', root)).toBe('(bundler runtime)');
  });

  it('shares the bundle size out in proportion, largest first, adding up to the whole', () => {
    const shares = gzipShares(
      {
        '/project/node_modules/big/index.js': {
          code: Array.from({ length: 500 }, (_, n) => n.toString(36)).join(','),
        },
        '/project/src/app/a.ts': { code: 'const a = 1;' },
      },
      root,
      1000,
    );
    expect(shares.map((share) => share.group)).toEqual(['big', 'src/app']);
    expect(shares.reduce((sum, share) => sum + share.gzip, 0)).toBeCloseTo(1000, -1);
  });
});

describe('stand-ins for lodash.get and lodash.memoize in the bundle', () => {
  // The real packages (installed under Garden's theming), to hold the stand-ins to the same answers.
  const require = createRequire(import.meta.url);
  const lodashGet = require('lodash.get') as typeof get;
  const lodashMemoize = require('lodash.memoize') as typeof memoize;

  it('reads what lodash.get reads, for every path form it supports', () => {
    const theme = {
      palette: { blue: { 600: '#1f73b7' }, grey: [{ light: '#fff' }] },
      'dotted.key': 'as is',
      background: { default: '', primaryEmphasis: 'blue.700', nothing: null, zero: 0 },
    };
    const paths: (string | string[])[] = [
      'palette.blue.600',
      'palette.blue[600]',
      'palette.grey[0].light',
      'palette["blue"].600',
      "palette['blue']['600']",
      'dotted.key',
      'background.primaryEmphasis',
      'background.default',
      'background.nothing',
      'background.zero',
      'background.missing.deeper',
      'missing',
      '',
      ['palette', 'blue', '600'],
      ['dotted.key'],
      [],
    ];
    for (const path of paths) {
      expect(get(theme, path), String(path)).toEqual(lodashGet(theme, path));
      expect(get(theme, path, 'fallback'), String(path)).toEqual(lodashGet(theme, path, 'fallback'));
    }
    expect(get(null, 'a.b', 'fallback')).toBe(lodashGet(null, 'a.b', 'fallback'));
    expect(get(undefined, 'a')).toBe(lodashGet(undefined, 'a'));
  });

  it('memoizes like lodash.memoize: first argument or resolver key, cache exposed', () => {
    for (const implementation of [memoize, lodashMemoize]) {
      let calls = 0;
      const square = implementation((value: number, _unused?: string) => {
        calls += 1;
        return value * value;
      });
      expect([square(3), square(3, 'other'), square(4)]).toEqual([9, 9, 16]);
      expect(calls).toBe(2);
      expect(square.cache.get(3)).toBe(9);

      const joined = implementation(
        (a: string, b: string) => `${a}${b}`,
        (a: string, b: string) => `${a}|${b}`,
      );
      expect([joined('a', 'b'), joined('a', 'c')]).toEqual(['ab', 'ac']);
      expect(() => implementation('not a function' as never)).toThrow(TypeError);
    }
  });
});

describe('stand-in for prop-types in the bundle', () => {
  // What the real package exports in a production build (its index.js picks this factory there).
  const require = createRequire(import.meta.url);
  const makeProduction = require('prop-types/factoryWithThrowingShims') as () => Record<string, unknown>;
  const production = makeProduction();

  it('has every validator and helper of the production package, which refuse to be called', () => {
    expect(Object.keys(PropTypes).sort()).toEqual(Object.keys(production).sort());
    expect(PropTypes.PropTypes).toBe(PropTypes);
    for (const [name, real] of Object.entries(production)) {
      const standIn = (PropTypes as Record<string, unknown>)[name];
      expect(typeof standIn, name).toBe(typeof real);
    }
    // Validators (bool, string…) and validator makers (oneOf, shape…) as Garden declares them.
    const declared = [
      PropTypes.bool,
      PropTypes.bool.isRequired,
      PropTypes.oneOf(['small', 'medium']),
      PropTypes.shape({ current: PropTypes.any }).isRequired,
    ];
    for (const validator of declared) {
      expect(typeof validator.isRequired).toBe('function');
      expect(() => validator({ a: 1 }, 'a', 'Tag', 'prop', 'a')).toThrow();
    }
    expect(() =>
      (production.bool as (...args: unknown[]) => unknown)({ a: 1 }, 'a', 'Tag', 'prop', 'a'),
    ).toThrow();
    expect(PropTypes.checkPropTypes()).toBeUndefined();
    expect(typeof PropTypes.checkPropTypes.resetWarningCache).toBe('function');
  });
});

describe('stylis without its prefixer, for styled-components', () => {
  it('has every stylis export styled-components uses, the package’s own, and a prefixer that refuses to run', () => {
    const code = read('node_modules/styled-components/dist/styled-components.browser.esm.js').toString(
      'utf8',
    );
    const named = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*["']stylis["']/g)].flatMap(([, list]) =>
      (list ?? '').split(',').map((item) => item.trim().split(/\s+as\s+/)[0] ?? ''),
    );
    const namespaces = [...code.matchAll(/import\s*\*\s*as\s*([\w$]+)\s*from\s*["']stylis["']/g)].map(
      ([, name]) => name ?? '',
    );
    expect(namespaces.length + named.length).toBeGreaterThan(0);
    // Members read off the namespace that stylis exports. Its minified name is a local's elsewhere too,
    // whose `length` is an array's, not stylis's tokenizer state.
    const members = namespaces.flatMap((name) =>
      [...code.matchAll(new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}\\.([\\w$]+)`, 'g'))].map(
        ([, member]) => member ?? '',
      ),
    );
    const used = new Set([...named, ...members].filter((name) => name in stylis && name !== 'length'));
    expect([...used].sort()).toEqual(
      expect.arrayContaining(['compile', 'middleware', 'prefixer', 'serialize']),
    );
    for (const name of used) expect(name in stylisWithoutPrefixer, name).toBe(true);
    for (const [name, value] of Object.entries(stylisWithoutPrefixer)) {
      if (name !== 'prefixer') expect(value, name).toBe((stylis as Record<string, unknown>)[name]);
    }
    expect(() => stylisWithoutPrefixer.prefixer({} as never, 0, [], () => '')).toThrow(/not bundled/);
  });
});

describe('the real build', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'baa-build-'));
  let files: Map<string, PackageEntry> = new Map();
  const text = (path: string): string => fileText(files, path) ?? '';
  beforeAll(async () => {
    const configFile = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
    // As `npm run build` builds it: Vitest's NODE_ENV=test would otherwise keep libraries' development code.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    files = readPackageDir(outDir);
  }, 60_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('writes a package that passes every rule, with the macros as requirements', () => {
    expect(checkPackage(files).map(describeProblem)).toEqual([]);
    const requirements = JSON.parse(text('requirements.json')) as {
      macros: Record<string, { title: string }>;
    };
    expect(Object.values(requirements.macros).map((macro) => macro.title)).toContain('BAA::API');
  });

  it('loads the SDK as a classic script from the CDN before the app module, by a relative URL', () => {
    const html = text('assets/iframe.html');
    const sdk = html.indexOf(`<script src="${SDK_URL}"></script>`);
    const app = html.search(/<script type="module" crossorigin src="\.\/[\w-]+\.js"><\/script>/);
    expect(sdk).toBeGreaterThan(-1);
    expect(app).toBeGreaterThan(sdk);
  });

  it('bundles the lexicon as this build read it, and not the phrase lists it read', () => {
    const lexiconText = bundledLexiconText();
    const scripts = [...files.keys()].filter((path) => path.endsWith('.js')).map(text);
    // As a template literal (line breaks kept) or a quoted string (escaped): either holds it whole.
    const escaped = JSON.stringify(lexiconText).slice(1, -1);
    expect(scripts.filter((code) => code.includes(lexiconText) || code.includes(escaped))).toHaveLength(1);
    // Phrases as the lexicon writes them, with a filler word the reading leaves out.
    const written = Object.values(LEXICON.en).flatMap((list) =>
      list.map((term) => (typeof term === 'string' ? term : term[0])),
    );
    const withFillers = written.filter((phrase) => / (the|of|a) /.test(phrase)).slice(0, 5);
    expect(withFillers).toHaveLength(5);
    for (const phrase of withFillers) expect(scripts.some((code) => code.includes(phrase))).toBe(false);
  });

  it('marks the initial chunks, and only those, for compiling as they load (compile hint first)', () => {
    const scripts = [...files.keys()].filter((path) => path.endsWith('.js'));
    const initial = initialJsFiles(text('assets/iframe.html'), (file) => fileText(files, `assets/${file}`));
    expect(initial.length).toBeGreaterThan(1);
    expect(initial.length).toBeLessThan(scripts.length);
    for (const path of scripts) {
      expect(text(path).startsWith(COMPILE_HINT), path).toBe(initial.includes(path.replace(/^assets\//, '')));
    }
  });

  it('keeps the initial JavaScript within its gzip budget (what `npm run bench -- size` prints)', () => {
    const initial = initialJsFiles(text('assets/iframe.html'), (file) => fileText(files, `assets/${file}`));
    const gzip = initial.reduce(
      (total, file) => total + fileSize(file, Buffer.from(text(`assets/${file}`))).gzip,
      0,
    );
    expect(gzip).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('puts what the first suggestion needs besides the entry in one chunk, which the entry does not wait for', () => {
    const initial = initialJsFiles(text('assets/iframe.html'), (file) => fileText(files, `assets/${file}`));
    expect(initial).toEqual(expect.arrayContaining(['iframe.js', 'render.js']));
    // Beside them, at most the bundler's helpers for CommonJS packages, under 1 KB.
    for (const file of initial.filter((name) => name !== 'iframe.js' && name !== 'render.js')) {
      expect(text(`assets/${file}`).length, file).toBeLessThan(1_000);
    }
    // The entry sends the handshake before render.js has loaded: it reaches it only by import().
    expect(text('assets/iframe.js')).not.toMatch(/(?:import|from)\s*["']\.\/render\.js["']/);
  });

  it("loads the first view's strings before the first suggestion, and the other UI strings after it", () => {
    const initial = initialJsFiles(text('assets/iframe.html'), (file) => fileText(files, `assets/${file}`));
    const initialCode = initial.map((file) => text(`assets/${file}`)).join('\n');
    const laterCode = [...files.keys()]
      .filter((path) => path.endsWith('.js') && !initial.includes(path.replace(/^assets\//, '')))
      .map(text)
      .join('\n');
    const { ui } = readJson('translations/en.json') as { ui: Record<string, Record<string, string>> };
    for (const shown of [ui.why?.none, ui.case?.enterprise])
      expect(initialCode.includes(shown ?? '')).toBe(true);
    for (const later of [ui.admin?.title, ui.notice?.light_agent_internal_note, ui.failure?.appendToDraft]) {
      expect(later).toBeDefined();
      expect(initialCode.includes(later ?? '')).toBe(false);
      expect(laterCode.includes(later ?? '')).toBe(true);
    }
  });

  it('bundles the stand-ins, not the CommonJS packages they replace', () => {
    const scripts = [...files.keys()].filter((path) => path.endsWith('.js')).map(text);
    // prop-types' production validators refuse direct calls with this message.
    expect(scripts.some((code) => code.includes('Calling PropTypes validators directly'))).toBe(false);
    expect(scripts.some((code) => code.includes('PropTypes validators are not called'))).toBe(true);
    // polished's map of CSS colour names, and Babel's helper for its Error subclass (isNativeFunction).
    expect(scripts.some((code) => code.includes('lightgoldenrodyellow'))).toBe(false);
    expect(scripts.some((code) => code.includes('[native code]'))).toBe(false);
    expect(scripts.some((code) => code.includes('/errors.md#'))).toBe(true);
    // color2k's compressed table of colour names (its first entry).
    expect(scripts.some((code) => code.includes('1q29ehhb'))).toBe(false);
    // stylis's vendor prefixer (old flexbox and grid properties it writes).
    expect(
      scripts.some((code) => code.includes('flex-line-pack') || code.includes('grid-column-align')),
    ).toBe(false);
  });

  it('ships no source map, and only the app section of the translations', () => {
    expect([...files.keys()].filter((path) => path.endsWith('.map'))).toEqual([]);
    expect(Object.keys(JSON.parse(text('translations/en.json')) as object)).toEqual(['app']);
  });
});
