/**
 * Sizes of the built app: every file of dist/assets raw and gzipped (gzip's default level, as `gzip -c`
 * measures it), and which JavaScript the sidebar loads before it can render (its initial JS).
 */
import { gzipSync } from 'node:zlib';

/** The sidebar's initial JavaScript may weigh this much gzipped, in bytes (the notes' 1 KB = 1,000 B). */
export const INITIAL_JS_BUDGET = 120_000;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export function fileSize(file: string, bytes: Uint8Array): FileSize {
  return { file, raw: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
}

/**
 * The JS files the page loads at start: its module scripts and modulepreloads, and every chunk those
 * import statically. Chunks reached only by `import()` load later and are not counted.
 */
export function initialJsFiles(html: string, readJs: (file: string) => string | undefined): string[] {
  const entries = [...html.matchAll(/<(?:script|link)\s[^<>]*>/g)].flatMap(([tag]) => {
    const loadsModule = /\s(?:type="module"|rel="modulepreload")/.test(tag);
    const file = /\s(?:src|href)="\.\/([^"]+)"/.exec(tag)?.[1];
    return loadsModule && file !== undefined ? [file] : [];
  });
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (found.has(file)) return;
    const code = readJs(file);
    if (code === undefined) return;
    found.add(file);
    for (const match of code.matchAll(
      /(?:^|[;}\s])(?:import|export)(?:[\w$*{}\s,]+\bfrom)?\s*["']\.\/([^"']+\.js)["']/g,
    )) {
      if (match[1] !== undefined) visit(match[1]);
    }
  };
  entries.forEach(visit);
  return [...found];
}

/** Groups a bundled module by where it comes from: an npm package, or a folder of the app's own code. */
export function moduleGroup(id: string, root: string): string {
  const packagePath = id.split('/node_modules/').at(-1);
  if (packagePath !== undefined && packagePath !== id) {
    const [scope = '', name = ''] = packagePath.split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  if (!id.startsWith(root)) return '(bundler runtime)';
  const parts = id.slice(root.length).split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : (parts[0] ?? id);
}

/**
 * Splits a bundle's gzip size between module groups in proportion to the gzip size of each group's
 * rendered (not yet minified) code: an estimate that tells where the bytes go, not an exact figure.
 */
export function gzipShares(
  modules: Readonly<Record<string, { code: string | null }>>,
  root: string,
  bundleGzip: number,
): { group: string; gzip: number }[] {
  const code = new Map<string, string[]>();
  for (const [id, module] of Object.entries(modules)) {
    const group = moduleGroup(id, root);
    code.set(group, [...(code.get(group) ?? []), module.code ?? '']);
  }
  const weights = [...code].map(([group, parts]) => ({
    group,
    weight: gzipSync(parts.join('\n')).byteLength,
  }));
  const total = weights.reduce((sum, { weight }) => sum + weight, 0);
  return weights
    .map(({ group, weight }) => ({ group, gzip: Math.round((weight / total) * bundleGzip) }))
    .sort((a, b) => b.gzip - a.gzip);
}
