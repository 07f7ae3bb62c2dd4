/**
 * Looking up UI strings (translations/en.json `ui`, bundled into the JS: no fetch). Keys are typed from
 * the strings, so a missing string is a type error, not a blank button.
 */

/** Dotted paths to every string leaf, e.g. 'case.api' or 'notice.assigned_to_you'. */
export type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** The string for `key`, with `{{name}}` placeholders filled from `values` (as text, never markup). */
export function translate(
  strings: unknown,
  key: string,
  values: Readonly<Record<string, string | number>> = {},
): string {
  let node = strings;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
