/**
 * Phrase matching: the lexicon compiled once into a word trie, then walked over a text's tokens
 * leftmost-longest ("chatgpt enterprise" wins over "chatgpt", "not approved" over "not").
 * Each token starts at most one walk no deeper than the longest phrase, so matching is linear.
 */
import { FILLER_WORDS } from './lexicon';
import type { Signal } from './lexicon';
import { lexiconPhrases } from './lexiconPhrases';
import type { LexiconPhrase } from './phraseList';
import { NO_NODE, PhraseTrie, ROOT } from './phraseTrie';
import { cjkKeywords, keywordPattern, Tokens } from './tokens';
import type { Vocabulary } from './tokens';
import { WordTable } from './words';

export interface CompiledTerm {
  signal: Signal;
  weight: number;
  /** The phrase itself names a BAA ("existing BAA"), so no separate BAA word is needed near it. */
  namesBaa: boolean;
  /** The phrase names OpenAI or ChatGPT, so it is about us even when another vendor is mentioned. */
  namesOpenAI: boolean;
}

/** One phrase found in a text. */
export interface Mention {
  term: CompiledTerm;
  /** Word positions (Tokens.index) of the first and last word. */
  first: number;
  last: number;
  /** Clause breaks before the first and before the last word (Tokens.breaks). */
  breaksBefore: number;
  breaksAtLast: number;
  /** Offsets in the text. */
  start: number;
  end: number;
}

export interface Matcher {
  vocabulary: Vocabulary;
  trie: PhraseTrie<CompiledTerm>;
  /** The words of the text being read, refilled for each text (texts are read one at a time). */
  tokens: Tokens;
}

/**
 * The matcher for the lexicon's phrases (lexiconPhrases.ts): their words numbered (fillers first, then
 * as first used), the Japanese keywords the tokenizer looks for, and the trie.
 */
export function compileLexicon(phrases: readonly LexiconPhrase[] = lexiconPhrases()): Matcher {
  // Run as the sidebar starts, before this code is optimized: plain loops, no iterators or callbacks.
  const learning = WordTable.learning(FILLER_WORDS);
  const numbered: number[][] = [];
  let links = 0;
  for (let p = 0; p < phrases.length; p++) {
    const words = phrases[p]?.words ?? [];
    const numbers: number[] = [];
    for (let w = 0; w < words.length; w++) numbers.push(learning.written(words[w] ?? ''));
    numbered.push(numbers);
    links += numbers.length;
  }
  const trie = new PhraseTrie<CompiledTerm>(links, learning.words.length);
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p];
    if (phrase) addPhrase(trie, numbered[p] ?? [], phrase);
  }
  // A phrase's Japanese runs are its words as written (the tokenizer cuts Japanese at the keywords).
  const keywords = keywordPattern(cjkKeywords(learning.words));
  return { vocabulary: { keywords, words: WordTable.of(learning) }, trie, tokens: new Tokens() };
}

function addPhrase(trie: PhraseTrie<CompiledTerm>, numbers: readonly number[], phrase: LexiconPhrase): void {
  const node = trie.add(numbers);
  const { words, signal } = phrase;
  // readLexicon already keeps only a phrase's first reading; so does this.
  trie.terms[node] ??= {
    signal,
    weight: phrase.weight,
    namesBaa: signal !== 'baa' && words.includes('baa'),
    namesOpenAI: words.includes('openai') || words.includes('chatgpt'),
  };
}

/**
 * Every phrase in the tokens, leftmost-longest, in order. A phrase's words must be adjacent and in
 * one clause: "la API no. Necesitamos un BAA" holds no "no necesitamos BAA".
 */
export function findMentions(tokens: Tokens, matcher: Matcher): Mention[] {
  const mentions: Mention[] = [];
  const { trie } = matcher;
  const { count, word, index, breaks } = tokens;
  let i = 0;
  while (i < count) {
    // The longest phrase starting at token i: its term and last token.
    const startIndex = index[i] ?? 0;
    const clause = breaks[i] ?? 0;
    let node = ROOT;
    let term: CompiledTerm | undefined;
    let last = i;
    for (let j = i; j < count; j++) {
      if (index[j] !== startIndex + (j - i) || breaks[j] !== clause) break;
      node = trie.child(node, word[j] ?? 0);
      if (node === NO_NODE) break;
      const found = trie.terms[node];
      if (found) {
        term = found;
        last = j;
      }
    }
    if (!term) {
      i++;
      continue;
    }
    mentions.push({
      term,
      first: startIndex,
      last: index[last] ?? 0,
      breaksBefore: clause,
      breaksAtLast: breaks[last] ?? 0,
      start: tokens.start[i] ?? 0,
      end: tokens.end[last] ?? 0,
    });
    i = last + 1;
  }
  return mentions;
}
