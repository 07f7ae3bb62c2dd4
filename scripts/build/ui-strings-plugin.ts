/**
 * A Vite plugin that writes the strings of the sidebar's first view into the bundle as they are:
 * src/i18n/suggestionStrings.ts, which picks them from translations/en.json, is replaced in the bundle by
 * a module holding them alone. So the first suggestion's chunk does not hold translations/en.json, whose
 * other strings load with the chunks that show them (src/i18n/t.ts). Made by every build from the
 * strings as they are; nothing generated is committed.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { suggestionStrings } from '../../src/i18n/suggestionStrings';

export const SUGGESTION_STRINGS_MODULE = fileURLToPath(
  new URL('../../src/i18n/suggestionStrings.ts', import.meta.url),
);

/** The module that stands in for suggestionStrings.ts: the same export, as data. */
export function suggestionStringsModule(strings: object): string {
  return `export const suggestionStrings = ${JSON.stringify(strings)};`;
}

export function inlineSuggestionStrings(): Plugin {
  return {
    name: 'inline-suggestion-strings',
    apply: 'build',
    load(id) {
      return id === SUGGESTION_STRINGS_MODULE ? suggestionStringsModule(suggestionStrings) : null;
    },
  };
}
