/**
 * The lexicon as matching reads it, and the text form the app's build writes it in
 * (scripts/build/lexicon-plugin.ts): the sidebar's matcher, compiled from that text, must match what the
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
import { type LexiconPhrase, phrasesToText } from '../../src/detect/phraseList';
import { compileLexicon, type Matcher } from '../../src/detect/phrases';
import { NO_NODE, ROOT } from '../../src/detect/phraseTrie';
import { readLexicon, unreadPhrases } from '../../src/detect/readLexicon';
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

/**
 * Asserts that two matchers of `phrases` match alike: the same words (each once, fillers first under the
 * same numbers), as many trie nodes, each phrase's words leading to the same term and no term elsewhere,
 * and the same Japanese keywords, longest first (of two the same length, at most one can match at a place).
 */
function expectEquivalent(actual: Matcher, expected: Matcher, phrases: readonly LexiconPhrase[]): void {
  const wordsOf = (matcher: Matcher): readonly string[] => matcher.vocabulary.words.words;
  expect(new Set(wordsOf(actual)).size).toBe(wordsOf(actual).length);
  expect([...wordsOf(actual)].sort()).toEqual([...wordsOf(expected)].sort());
  const fillers = new Set(FILLER_WORDS).size;
  expect(wordsOf(actual).slice(0, fillers)).toEqual(wordsOf(expected).slice(0, fillers));
  const termCount = (matcher: Matcher): number => matcher.trie.terms.filter(Boolean).length;
  expect(actual.trie.terms.length).toBe(expected.trie.terms.length);
  expect(termCount(actual)).toBe(termCount(expected));
  expect(termCount(actual)).toBe(new Set(phrases.map(({ words }) => words.join(' '))).size);
  for (const phrase of phrases) expect(termOf(actual, phrase)).toEqual(termOf(expected, phrase));
  const keywordsOf = (matcher: Matcher): string[] => matcher.vocabulary.keywords.source.split('|');
  expect(new Set(keywordsOf(actual))).toEqual(new Set(keywordsOf(expected)));
  const lengths = keywordsOf(actual).map((keyword) => keyword.length);
  expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
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

describe('unreadPhrases', () => {
  it('finds no phrase in the lexicon that matching never reads as written', () => {
    expect(unreadPhrases()).toEqual([]);
  });

  it('names a phrase of fillers alone and one that another signal reads first', () => {
    const unread = unreadPhrases({
      en: { privacy: ['my data', 'the'], enterprise: ['workspace'] },
      es: { negator: ['no usamos'], postNegator: ['no lo usamos'] },
    });
    expect(unread).toEqual([
      '"the" (privacy): fillers only',
      '"no lo usamos" (postNegator): read as negator',
    ]);
  });
});

describe("the lexicon's text form", () => {
  const phrases = readLexicon();

  it('compiles to the matcher of the list it was written from', () => {
    expectEquivalent(compileLexicon(phrasesToText(phrases)), compileLexicon(phrases), phrases);
    const mixed: LexiconPhrase[] = [
      { words: ['a'], signal: 'api', weight: 1 },
      { words: ['a', 'b'], signal: 'api', weight: 1 },
      { words: ['a', 'b', 'c'], signal: 'api', weight: 1 },
      { words: ['a', 'c'], signal: 'api', weight: 1 },
      { words: ['a'], signal: 'api', weight: 0.25 },
      { words: ['b', "don't"], signal: 'api', weight: 0.25 },
      { words: ['個人的に'], signal: 'api', weight: 1 },
      { words: ['c'], signal: 'enterprise', weight: 1 },
      { words: ['chatgpt', 'baa'], signal: 'enterprise', weight: 1 },
      { words: ['chatgpt', 'baa'], signal: 'baa', weight: 1 },
      { words: ['openai', 'baa'], signal: 'baa', weight: 1 },
    ];
    // A phrase's leading words shared with the phrase before it in its group are written as spaces.
    expect(phrasesToText(mixed)).toBe(
      "api 1\na\n b\n  c\n c\n\napi 0.25\na\nb don't\n\napi 1\n個人的に\n\nenterprise 1\nc\nchatgpt baa" +
        '\n\nbaa 1\nchatgpt baa\nopenai baa',
    );
    const fromText = compileLexicon(phrasesToText(mixed));
    expectEquivalent(fromText, compileLexicon(mixed), mixed);
    // A phrase listed twice keeps its first reading; one naming a BAA and us says so, unless it is a BAA signal.
    expect(termOf(fromText, mixed[8] as LexiconPhrase)).toEqual({
      signal: 'enterprise',
      weight: 1,
      namesBaa: true,
      namesOpenAI: true,
    });
    expect(termOf(fromText, mixed[10] as LexiconPhrase)).toMatchObject({
      namesBaa: false,
      namesOpenAI: true,
    });
    expect(termOf(fromText, mixed[4] as LexiconPhrase)).toEqual(termOf(fromText, mixed[0] as LexiconPhrase));
  });

  // Few words, so that phrases often share their first words; any word without a space or line break.
  const word = fc.oneof(
    fc.constantFrom('a', 'b', 'api', 'baa', 'openai', "don't", '個人的に'),
    fc.stringMatching(/^\S{1,4}$/),
  );
  const phrase = fc.record({
    words: fc.array(word, { minLength: 1, maxLength: 4 }),
    signal: fc.constantFrom<LexiconPhrase['signal']>('api', 'enterprise', 'baa'),
    weight: fc.constantFrom(1, 0.5, 1.25),
  });
  fcIt.prop([fc.array(phrase, { maxLength: 30 })])(
    'compiles like any list of phrases it is written from',
    (list) => {
      expectEquivalent(compileLexicon(phrasesToText(list)), compileLexicon(list), list);
    },
  );
});

describe('the lexicon as the build writes it', () => {
  const phrases = readLexicon();
  const text = bundledLexiconText();

  it('holds every phrase once, in compression order: one group per signal and weight, words sorted', () => {
    const sorted = [...phrases].sort(compressionOrder);
    expect(text).toBe(phrasesToText(sorted));
    for (let i = 1; i < sorted.length; i++) {
      const [before, after] = [sorted[i - 1], sorted[i]] as [LexiconPhrase, LexiconPhrase];
      expect(compressionOrder(before, after), `${phraseKey(before)} / ${phraseKey(after)}`).toBeLessThan(0);
    }
    const groups = new Set(phrases.map(({ signal, weight }) => `${signal} ${String(weight)}`));
    expect(text.split('\n\n')).toHaveLength(groups.size);
    // What the order is for.
    expect(gzipSync(text).byteLength).toBeLessThan(gzipSync(phrasesToText(phrases)).byteLength);
  });

  it('compiles to a matcher equivalent to the one Node makes from the lexicon', () => {
    const fromLexicon = compileLexicon();
    const fromText = compileLexicon(text);
    expectEquivalent(fromText, fromLexicon, phrases);
    expect(fromText.trie.terms.filter(Boolean)).toHaveLength(phrases.length);
    for (const phrase of phrases) {
      expect(termOf(fromText, phrase)).toMatchObject({ signal: phrase.signal, weight: phrase.weight });
    }
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
