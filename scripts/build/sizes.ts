/**
 * Sizes of the built app: every file of dist/assets raw and gzipped (gzip's default level, as `gzip -c`
 * measures it), and which JavaScript the sidebar loads before it can render (its initial JS).
 */
import { gzipSync } from 'node:zlib';

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
  const entries = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="\.\/([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="\.\/([^"]+)"/g),
  ].flatMap((match) => (match[1] === undefined ? [] : [match[1]]));
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (found.has(file)) return;
    const code = readJs(file);
    if (code === undefined) return;
    found.add(file);
    for (const match of code.matchAll(
      /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+\bfrom\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      if (match[1] !== undefined) visit(match[1]);
    }
  };
  entries.forEach(visit);
  return [...found];
}
