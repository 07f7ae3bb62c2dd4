/** The package zip: dist/'s files at the zip root, with a fixed date so the same dist gives the same zip. */
import { zipSync, type Zippable } from 'fflate';
import type { PackageFiles } from './files';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

export function zipPackage(files: PackageFiles): Uint8Array {
  const entries: Zippable = {};
  for (const [path, entry] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (entry.kind === 'file') entries[path] = [entry.bytes, { mtime: FIXED_DATE, level: 9 }];
  }
  return zipSync(entries);
}
