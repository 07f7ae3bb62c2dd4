/**
 * Stands in for the `lodash.get` package in the app bundle (see vite.config.ts): Garden's theming reads
 * colour variables such as `background.primaryEmphasis` from the theme with it, and the CommonJS package
 * brings a memoized path parser and hash-map classes (about 1.8 KB gzip). Same contract for the paths it
 * supports: an array of keys, a key that exists as is, or dot-separated keys with `[0]` / `["key"]`
 * brackets; a missing value gives `defaultValue`.
 */
const SEGMENT = /[^.[\]]+|\[(?:(-?\d+)|"([^"]*)"|'([^']*)')\]/g;

function toPath(path: string): string[] {
  return [...path.matchAll(SEGMENT)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[0]);
}

export default function get(
  object: unknown,
  path: PropertyKey | readonly PropertyKey[],
  defaultValue?: unknown,
): unknown {
  const keys: readonly PropertyKey[] = Array.isArray(path)
    ? path
    : typeof path !== 'string' || (object !== null && object !== undefined && path in Object(object))
      ? [path as PropertyKey]
      : toPath(path);
  let value: unknown = object;
  let index = 0;
  while (value !== null && value !== undefined && index < keys.length) {
    value = (value as Record<PropertyKey, unknown>)[keys[index++] as PropertyKey];
  }
  const found = index > 0 && index === keys.length ? value : undefined;
  return found === undefined ? defaultValue : found;
}
