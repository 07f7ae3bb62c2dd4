/**
 * Phrase matching: the lexicon compiled once into a word trie, then walked over a text's tokens
 * leftmost-longest ("chatgpt enterprise" wins over "chatgpt", "not approved" over "not").
 * Each token starts at most one walk no deeper than the longest phrase, so matching is linear.
 */
import { FILLER_WORDS, LEXICON, SIGNAL_WEIGHT } from './lexicon';
import type { Signal, SignalTerms } from './lexicon';
import { foldForMatching } from './normalize';
import { cjkKeywords, keywordPattern, tokenize } from './tokens';
import type { Token, Vocabulary } from './tokens';
import { canonicalSpelling, wordTable } from './words';

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
  /** Word positions (Token.index) of the first and last word. */
  first: number;
  last: number;
  /** Clause breaks before the first and before the last word (Token.breaks). */
  breaksBefore: number;
  breaksAtLast: number;
  /** Offsets in the text. */
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  term?: CompiledTerm;
}

export interface Matcher {
  vocabulary: Vocabulary;
  root: TrieNode;
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
  const filler = new Set(FILLER_WORDS);
  // Phrases are read word by word with their spelling made canonical; those words are the known ones.
  const reading: Vocabulary = {
    keywords,
    filler,
    wordAt: (text, start, end) => canonicalSpelling(text.slice(start, end)),
    word: canonicalSpelling,
  };
  const phrases = entries.map((entry) => ({
    entry,
    words: tokenize(foldForMatching(entry.phrase), reading).map((token) => token.word),
  }));
  const table = wordTable([...filler, ...phrases.flatMap((phrase) => phrase.words)]);
  const root: TrieNode = { next: new Map() };
  for (const { entry, words } of phrases) addPhrase(root, words, entry);
  return { vocabulary: { keywords, filler, wordAt: table.wordAt, word: table.word }, root };
}

function addPhrase(
  root: TrieNode,
  words: readonly string[],
  entry: { signal: Signal; weight: number },
): void {
  if (words.length === 0) return;
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  // A phrase listed twice keeps its first (most specific) reading.
  node.term ??= {
    signal: entry.signal,
    weight: entry.weight,
    namesBaa: entry.signal !== 'baa' && words.includes('baa'),
    namesOpenAI: words.includes('openai') || words.includes('chatgpt'),
  };
}

/** Every phrase in the tokens, leftmost-longest, in order. */
export function findMentions(tokens: readonly Token[], matcher: Matcher): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(tokens, i, matcher.root);
    const first = tokens[i];
    const last = found && tokens[found.last];
    if (!found || !first || !last) {
      i++;
      continue;
    }
    mentions.push({
      term: found.term,
      first: first.index,
      last: last.index,
      breaksBefore: first.breaks,
      breaksAtLast: last.breaks,
      start: first.start,
      end: last.end,
    });
    i = found.last + 1;
  }
  return mentions;
}

/**
 * The longest phrase starting at token `first` (its term and last token), if any. Its words must be
 * adjacent and in one clause: "la API no. Necesitamos un BAA" holds no "no necesitamos BAA".
 */
function longestAt(
  tokens: readonly Token[],
  first: number,
  root: TrieNode,
): { term: CompiledTerm; last: number } | undefined {
  let found: { term: CompiledTerm; last: number } | undefined;
  let node: TrieNode | undefined = root;
  const { index: startIndex = 0, breaks = 0 } = tokens[first] ?? {};
  for (let j = first; j < tokens.length && node; j++) {
    const token: Token | undefined = tokens[j];
    if (!token || token.index !== startIndex + (j - first) || token.breaks !== breaks) break;
    node = node.next.get(token.word);
    if (node?.term) found = { term: node.term, last: j };
  }
  return found;
}
