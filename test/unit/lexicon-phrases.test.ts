/**
 * The lexicon as matching reads it, and the text form the app's build writes it in
 * (scripts/build/lexicon-plugin.ts): the sidebar's matcher, made from that text, must be the matcher
 * Node makes from the lexicon itself, word numbers and all.
 */
import { describe, expect, it } from 'vitest';
import {
  LEXICON_PHRASES_MODULE,
  lexiconPhrasesModule,
  prereadLexicon,
} from '../../scripts/build/lexicon-plugin';
import { LEXICON } from '../../src/detect/lexicon';
import { foldForMatching } from '../../src/detect/normalize';
import { type LexiconPhrase, phrasesFromText, phrasesToText } from '../../src/detect/phraseList';
import { compileLexicon, type Matcher } from '../../src/detect/phrases';
import { NO_NODE, ROOT } from '../../src/detect/phraseTrie';
import { readLexicon } from '../../src/detect/readLexicon';
import { cjkKeywords, keywordPattern } from '../../src/detect/tokens';

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
  const text = phrasesToText(phrases);

  it('gives back the phrases as read, in their order', () => {
    expect(phrasesFromText(text)).toEqual(phrases);
    const mixed: LexiconPhrase[] = [
      { words: ['a'], signal: 'api', weight: 1 },
      { words: ['b', "don't"], signal: 'api', weight: 0.25 },
      { words: ['個人的に'], signal: 'api', weight: 1 },
      { words: ['c'], signal: 'enterprise', weight: 1 },
    ];
    expect(phrasesFromText(phrasesToText(mixed))).toEqual(mixed);
  });

  it('makes the matcher Node makes from the lexicon: the same words, keywords, trie and terms', () => {
    const fromLexicon = compileLexicon();
    const fromText = compileLexicon(phrasesFromText(text));
    expect(fromText.vocabulary.words.words).toEqual(fromLexicon.vocabulary.words.words);
    expect(fromText.vocabulary.keywords.source).toBe(fromLexicon.vocabulary.keywords.source);
    expect(fromText.trie.terms.length).toBe(fromLexicon.trie.terms.length);
    for (const phrase of phrases) {
      expect(termOf(fromText, phrase)).toEqual(termOf(fromLexicon, phrase));
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
