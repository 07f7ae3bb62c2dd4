/**
 * An app package in memory: every file of dist/ by its package path ("assets/iframe.js"). The checks read
 * only this map, so tests can break any rule without touching dist/.
 */
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

export type PackageEntry = { kind: 'file'; bytes: Uint8Array } | { kind: 'symlink'; target: string };
export type PackageFiles = ReadonlyMap<string, PackageEntry>;

/** Zendesk leaves tmp/ out of the package (zcli writes its own zips there). */
export const EXCLUDED_FOLDER = 'tmp/';

/** Reads a folder into a package map without following symlinks, so a symlink is seen and reported. */
export function readPackageDir(dir: string): Map<string, PackageEntry> {
  const files = new Map<string, PackageEntry>();
  const walk = (relative: string): void => {
    for (const name of readdirSync(join(dir, relative)).sort()) {
      const path = relative === '' ? name : `${relative}/${name}`;
      if (`${path}/` === EXCLUDED_FOLDER) continue;
      const stats = lstatSync(join(dir, path));
      if (stats.isSymbolicLink()) files.set(path, { kind: 'symlink', target: readlinkSync(join(dir, path)) });
      else if (stats.isDirectory()) walk(path);
      else files.set(path, { kind: 'file', bytes: readFileSync(join(dir, path)) });
    }
  };
  walk('');
  return files;
}

/** Builds a package map from text and bytes, for tests and for the zip step. */
export function packageOf(contents: Record<string, string | Uint8Array>): Map<string, PackageEntry> {
  return new Map(
    Object.entries(contents).map(([path, content]) => [
      path,
      { kind: 'file', bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content },
    ]),
  );
}

export function fileBytes(files: PackageFiles, path: string): Uint8Array | undefined {
  const entry = files.get(path);
  return entry?.kind === 'file' ? entry.bytes : undefined;
}

export function fileText(files: PackageFiles, path: string): string | undefined {
  const bytes = fileBytes(files, path);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}
