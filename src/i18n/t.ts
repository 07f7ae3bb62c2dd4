/**
 * Every UI string, from translations/en.json `ui`. The sidebar's first view looks its strings up through
 * suggestion.ts instead, so that these load with the chunks that show them, after the first suggestion.
 */
// Only `ui`: the named import lets the bundler leave the marketplace strings (`app`) out of the JS.
import { ui } from '../../translations/en.json';
import { type Leaves, translate } from './translate';

export type UiKey = Leaves<typeof ui>;

/** The string for `key`, with `{{name}}` placeholders filled from `values` (as text, never markup). */
export function t(key: UiKey, values?: Readonly<Record<string, string | number>>): string {
  return translate(ui, key, values);
}
