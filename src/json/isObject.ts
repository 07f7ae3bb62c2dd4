/**
 * The one check on parsed JSON that the sidebar's code and the Node scripts share. It imports nothing, so
 * the browser bundle, the build plugins and the package checks can all import it.
 */

/** A JSON object: not null, not an array, so its keys can be read as fields. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
