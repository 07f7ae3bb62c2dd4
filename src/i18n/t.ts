/**
 * UI strings from translations/en.json `ui`, bundled into the JS (no fetch). Keys are typed from the JSON,
 * so a missing string is a type error, not a blank button.
 */
// Only `ui`: the named import lets the bundler leave the marketplace strings (`app`) out of the JS.
import { ui } from '../../translations/en.json';

type Strings = typeof ui;

/** Dotted paths to every string leaf, e.g. 'case.api' or 'notice.assigned_to_you'. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type UiKey = Leaves<Strings>;

/** The string for `key`, with `{{name}}` placeholders filled from `values` (as text, never markup). */
export function t(key: UiKey, values: Readonly<Record<string, string | number>> = {}): string {
  let node: unknown = ui;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') return key;
  return node.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
