/**
 * The lexicon as matching reads it, and the text form the app's build writes it in
 * (scripts/build/lexicon-plugin.ts): the sidebar's matcher, made from that text, must match what the
 * matcher Node makes from the lexicon itself matches. The build writes the phrases in another order
 * (compression order), so only the numbers the words get may differ.
 */
import { gzipSync } from 'node:zlib';
import { fc, it as fcIt } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  bundledLexiconText,
  compressionOrder,
  LEXICON_PHRASES_MODULE,
  lexiconPhrasesModule,
  prereadLexicon,
} from '../../scripts/build/lexicon-plugin';
import { FILLER_WORDS, LEXICON } from '../../src/detect/lexicon';
import { foldForMatching } from '../../src/detect/normalize';
import { type LexiconPhrase, phrasesFromText, phrasesToText } from '../../src/detect/phraseList';
import { compileLexicon, type Matcher } from '../../src/detect/phrases';
import { NO_NODE, ROOT } from '../../src/detect/phraseTrie';
import { readLexicon } from '../../src/detect/readLexicon';
import { cjkKeywords, keywordPattern } from '../../src/detect/tokens';

const phraseKey = ({ words, signal, weight }: LexiconPhrase): string =>
  `${signal} ${String(weight)}: ${words.join(' ')}`;

/** Each phrase's term in the matcher, found by walking its words. */
function termOf(matcher: Matcher, phrase: LexiconPhrase): unknown {
  const { words } = matcher.vocabulary.words;
  let node = ROOT;
  for (const word of phrase.words) {
    node = matcher.trie.child(node, words.indexOf(word));
    if (node === NO_NODE) return undefined;
  }
  return matcher.trie.terms[node];
}

describe('readLexicon', () => {
  it('reads phrases as ticket text is read: folded, spelling made canonical, fillers left out', () => {
    const phrases = readLexicon({
      en: { api: ['The API', ['Hippa BAA', 0.5]], enterprise: ['ChatGPT Enterprises'] },
      ja: { enterprise: ['ChatGPTエンタープライズ'] },
    });
    expect(phrases).toEqual([
      { words: ['api'], signal: 'api', weight: 1 },
      { words: ['hipaa', 'baa'], signal: 'api', weight: 0.5 },
      { words: ['chatgpt', 'enterprises'], signal: 'enterprise', weight: 1 },
      { words: ['chatgpt', 'エンタープライズ'], signal: 'enterprise', weight: 1 },
    ]);
  });

  it("keeps a phrase's first reading and drops a phrase of fillers alone", () => {
    const phrases = readLexicon({ en: { api: ['the API', 'the'], enterprise: ['API', 'an api'] } });
    expect(phrases).toEqual([{ words: ['api'], signal: 'api', weight: 1 }]);
  });
});

describe("the lexicon's text form", () => {
  const phrases = readLexicon();

  it('gives back the phrases, in their order', () => {
    expect(phrasesFromText(phrasesToText(phrases))).toEqual(phrases);
    const mixed: LexiconPhrase[] = [
      { words: ['a'], signal: 'api', weight: 1 },
      { words: ['a', 'b'], signal: 'api', weight: 1 },
      { words: ['a', 'b', 'c'], signal: 'api', weight: 1 },
      { words: ['a', 'c'], signal: 'api', weight: 1 },
      { words: ['a'], signal: 'api', weight: 0.25 },
      { words: ['b', "don't"], signal: 'api', weight: 0.25 },
      { words: ['個人的に'], signal: 'api', weight: 1 },
      { words: ['c'], signal: 'enterprise', weight: 1 },
    ];
    // A phrase's leading words shared with the phrase before it in its group are written as spaces.
    expect(phrasesToText(mixed)).toBe(
      "api 1\na\n b\n  c\n c\n\napi 0.25\na\nb don't\n\napi 1\n個人的に\n\nenterprise 1\nc",
    );
    expect(phrasesFromText(phrasesToText(mixed))).toEqual(mixed);
  });

  // Few words, so that phrases often share their first words; any word without a space or line break.
  const word = fc.oneof(
    fc.constantFrom('a', 'b', 'api', "don't", '個人的に'),
    fc.stringMatching(/^\S{1,4}$/),
  );
  const phrase = fc.record({
    words: fc.array(word, { minLength: 1, maxLength: 4 }),
    signal: fc.constantFrom<LexiconPhrase['signal']>('api', 'enterprise', 'baa'),
    weight: fc.constantFrom(1, 0.5, 1.25),
  });
  fcIt.prop([fc.array(phrase, { maxLength: 30 })])('gives back any list of phrases', (list) => {
    expect(phrasesFromText(phrasesToText(list))).toEqual(list);
  });
});

describe('the lexicon as the build writes it', () => {
  const phrases = readLexicon();
  const text = bundledLexiconText();
  const bundled = phrasesFromText(text);

  it('holds every phrase once, in compression order: one group per signal and weight, words sorted', () => {
    expect(bundled).toHaveLength(phrases.length);
    expect(new Set(bundled.map(phraseKey))).toEqual(new Set(phrases.map(phraseKey)));
    for (let i = 1; i < bundled.length; i++) {
      const [before, after] = [bundled[i - 1], bundled[i]] as [LexiconPhrase, LexiconPhrase];
      expect(compressionOrder(before, after), `${phraseKey(before)} / ${phraseKey(after)}`).toBeLessThan(0);
    }
    const groups = new Set(phrases.map(({ signal, weight }) => `${signal} ${String(weight)}`));
    expect(text.split('\n\n')).toHaveLength(groups.size);
    // What the order is for.
    expect(gzipSync(text).byteLength).toBeLessThan(gzipSync(phrasesToText(phrases)).byteLength);
  });

  it('makes a matcher equivalent to the one Node makes from the lexicon: same words, terms and keywords', () => {
    const fromLexicon = compileLexicon();
    const fromText = compileLexicon(bundled);
    const wordsOf = (matcher: Matcher): readonly string[] => matcher.vocabulary.words.words;
    // Each word once, fillers first under the same numbers; the phrases' words in another order.
    expect(new Set(wordsOf(fromText)).size).toBe(wordsOf(fromText).length);
    expect([...wordsOf(fromText)].sort()).toEqual([...wordsOf(fromLexicon)].sort());
    const fillers = new Set(FILLER_WORDS).size;
    expect(wordsOf(fromText).slice(0, fillers)).toEqual(wordsOf(fromLexicon).slice(0, fillers));
    // The same phrases in the trie: as many nodes, each phrase's words lead to its term, no term elsewhere.
    const termCount = (matcher: Matcher): number => matcher.trie.terms.filter(Boolean).length;
    expect(fromText.trie.terms.length).toBe(fromLexicon.trie.terms.length);
    expect(termCount(fromText)).toBe(phrases.length);
    expect(termCount(fromLexicon)).toBe(phrases.length);
    for (const phrase of phrases) {
      expect(termOf(fromText, phrase)).toEqual(termOf(fromLexicon, phrase));
      expect(termOf(fromText, phrase)).toMatchObject({ signal: phrase.signal, weight: phrase.weight });
    }
    // The same Japanese keywords, longest first (of two the same length, at most one can match at a place).
    const keywordsOf = (matcher: Matcher): string[] => matcher.vocabulary.keywords.source.split('|');
    expect(new Set(keywordsOf(fromText))).toEqual(new Set(keywordsOf(fromLexicon)));
    const lengths = keywordsOf(fromText).map((keyword) => keyword.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it("looks for every run of Japanese in the lexicon's phrases, longest first", () => {
    const written = Object.values(LEXICON).flatMap((terms) =>
      Object.values(terms).flatMap((list) => list.map((term) => (typeof term === 'string' ? term : term[0]))),
    );
    const expected = keywordPattern(cjkKeywords(written.map(foldForMatching)));
    expect(expected.source.length).toBeGreaterThan(0);
    expect(compileLexicon().vocabulary.keywords.source).toBe(expected.source);
  });

  it('is what the build puts in place of lexiconPhrases.ts, read from the lexicon as it is', () => {
    const plugin = prereadLexicon();
    const load = plugin.load as (id: string) => string | null;
    expect(load(LEXICON_PHRASES_MODULE)).toBe(lexiconPhrasesModule(text));
    expect(lexiconPhrasesModule(text)).toContain(JSON.stringify(text));
    expect(load(LEXICON_PHRASES_MODULE.replace('lexiconPhrases', 'phrases'))).toBeNull();
  });
});
