/**
 * Phrase matching: the lexicon compiled once into a word trie, then walked over a text's tokens
 * leftmost-longest ("chatgpt enterprise" wins over "chatgpt", "not approved" over "not").
 * Each token starts at most one walk no deeper than the longest phrase, so matching is linear.
 */
import { FILLER_WORDS, LEXICON, SIGNAL_WEIGHT } from './lexicon';
import type { Signal, SignalTerms } from './lexicon';
import { foldForMatching } from './normalize';
import { NO_NODE, PhraseTrie, ROOT } from './phraseTrie';
import { cjkKeywords, keywordPattern, tokenize, Tokens } from './tokens';
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

function termsOf(terms: SignalTerms): { phrase: string; signal: Signal; weight: number }[] {
  return Object.entries(terms).flatMap(([signal, list]) =>
    (list ?? []).map((term) => {
      const [phrase, weight] = typeof term === 'string' ? [term, undefined] : term;
      return { phrase, signal: signal as Signal, weight: weight ?? SIGNAL_WEIGHT[signal as Signal] };
    }),
  );
}

export function compileLexicon(): Matcher {
  const entries = Object.values(LEXICON).flatMap(termsOf);
  const keywords = keywordPattern(cjkKeywords(entries.map((entry) => foldForMatching(entry.phrase))));
  // Phrases are read word by word with their spelling made canonical; those words (and the fillers)
  // are the known ones, numbered as they are first met.
  const learning = WordTable.learning(FILLER_WORDS);
  const reading = { keywords, words: learning };
  const tokens = new Tokens();
  const phrases = entries.map((entry) => {
    tokenize(foldForMatching(entry.phrase), reading, tokens);
    return { entry, words: Array.from(tokens.word.subarray(0, tokens.count)) };
  });
  const trie = new PhraseTrie<CompiledTerm>();
  for (const { entry, words } of phrases) addPhrase(trie, words, learning.words, entry);
  return { vocabulary: { keywords, words: WordTable.of(learning) }, trie, tokens: new Tokens() };
}

function addPhrase(
  trie: PhraseTrie<CompiledTerm>,
  phrase: readonly number[],
  words: readonly string[],
  entry: { signal: Signal; weight: number },
): void {
  if (phrase.length === 0) return;
  const node = trie.add(phrase);
  const has = (word: string): boolean => phrase.some((number) => words[number] === word);
  // A phrase listed twice keeps its first (most specific) reading.
  trie.terms[node] ??= {
    signal: entry.signal,
    weight: entry.weight,
    namesBaa: entry.signal !== 'baa' && has('baa'),
    namesOpenAI: has('openai') || has('chatgpt'),
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
