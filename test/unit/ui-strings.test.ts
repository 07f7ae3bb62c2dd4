/**
 * The sidebar's first view looks its strings up through src/i18n/suggestion.ts, which the app's build
 * fills with those strings alone (scripts/build/ui-strings-plugin.ts); everything else uses src/i18n/t.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  inlineSuggestionStrings,
  SUGGESTION_STRINGS_MODULE,
  suggestionStringsModule,
} from '../../scripts/build/ui-strings-plugin';
import { ui } from '../../translations/en.json';
import { type SuggestionKey, t as suggestionT } from '../../src/i18n/suggestion';
import { suggestionStrings } from '../../src/i18n/suggestionStrings';
import { t } from '../../src/i18n/t';

/** Every dotted key of a strings object. */
function keysOf(strings: object, prefix = ''): string[] {
  return Object.entries(strings).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value as object, `${prefix}${key}.`),
  );
}

describe("the first view's strings", () => {
  it('are the sections of translations/en.json it shows, read as t reads them', () => {
    expect(Object.keys(suggestionStrings)).toEqual(['loading', 'case', 'confidence', 'why']);
    const keys = keysOf(suggestionStrings) as SuggestionKey[];
    expect(keys.length).toBeGreaterThan(20);
    const values = { case: 'API', level: 'high', percent: 90, product: 'API', id: 7 };
    for (const key of keys) expect(suggestionT(key, values), key).toBe(t(key, values));
    expect(suggestionT('why.commentId', { id: 7 })).toBe(ui.why.commentId.replace('{{id}}', '7'));
  });

  it('are what the build puts in place of suggestionStrings.ts, as they are and alone', () => {
    const plugin = inlineSuggestionStrings();
    const load = plugin.load as (id: string) => string | null;
    const module = load(SUGGESTION_STRINGS_MODULE) ?? '';
    expect(module).toBe(suggestionStringsModule(suggestionStrings));
    expect(module).not.toContain('import');
    const data = module.replace(/^export const suggestionStrings = /, '').replace(/;$/, '');
    expect(JSON.parse(data)).toEqual(suggestionStrings);
    expect(load(SUGGESTION_STRINGS_MODULE.replace('suggestionStrings', 't'))).toBeNull();
  });
});
