/** The strings of the sidebar's first view (suggestionStrings.ts), looked up as t.ts looks up the rest. */
import { suggestionStrings } from './suggestionStrings';
import { type Leaves, translate } from './translate';

export type SuggestionKey = Leaves<typeof suggestionStrings>;

/** The string for `key`, with `{{name}}` placeholders filled from `values` (as text, never markup). */
export function t(key: SuggestionKey, values?: Readonly<Record<string, string | number>>): string {
  return translate(suggestionStrings, key, values);
}
