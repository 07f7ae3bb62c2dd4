/**
 * Phrase matching: the lexicon compiled once into a word trie, then walked over a text's tokens
 * leftmost-longest ("chatgpt enterprise" wins over "chatgpt", "not approved" over "not").
 * Each token starts at most one walk no deeper than the longest phrase, so matching is linear.
 */
import { FILLER_WORDS, LEXICON, SIGNAL_WEIGHT, SPELLING_VARIANTS } from './lexicon';
import type { Signal, SignalTerms } from './lexicon';
import { foldForMatching } from './normalize';
import { cjkKeywords, tokenize, wordPattern } from './tokens';
import type { Token, Vocabulary } from './tokens';

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
  /** Token indexes, first and last. */
  first: number;
  last: number;
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

const VARIANT_ENTRIES = Object.entries(SPELLING_VARIANTS);
/** Remembered spellings; cleared when large so a huge odd text cannot grow it without bound. */
const spellingCache = new Map<string, string>();
const SPELLING_CACHE_LIMIT = 50_000;

function canonicalWord(word: string): string {
  const cached = spellingCache.get(word);
  if (cached !== undefined) return cached;
  let canonical = word;
  if (word.length >= 3 && word.length <= 24) {
    for (const [target, variants] of VARIANT_ENTRIES) {
      if (variants.test(word)) {
        canonical = target;
        break;
      }
    }
  }
  if (spellingCache.size >= SPELLING_CACHE_LIMIT) spellingCache.clear();
  spellingCache.set(word, canonical);
  return canonical;
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
  const keywords = cjkKeywords(entries.map((entry) => foldForMatching(entry.phrase)));
  const vocabulary: Vocabulary = {
    pattern: wordPattern(keywords),
    canonical: canonicalWord,
    filler: new Set(FILLER_WORDS),
  };
  const root: TrieNode = { next: new Map() };
  for (const entry of entries) {
    const words = tokenize(foldForMatching(entry.phrase), vocabulary).map((token) => token.word);
    if (words.length === 0) continue;
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
  return { vocabulary, root };
}

/** Every phrase in the tokens, leftmost-longest, in order. */
export function findMentions(tokens: readonly Token[], matcher: Matcher): Mention[] {
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = longestAt(tokens, i, matcher.root);
    if (!found) {
      i++;
      continue;
    }
    mentions.push({ term: found.term, first: i, last: found.last, start: found.start, end: found.end });
    i = found.last + 1;
  }
  return mentions;
}

/** The longest phrase starting at token `first`, if any. */
function longestAt(
  tokens: readonly Token[],
  first: number,
  root: TrieNode,
): { term: CompiledTerm; last: number; start: number; end: number } | undefined {
  let found: { term: CompiledTerm; last: number; start: number; end: number } | undefined;
  let node: TrieNode | undefined = root;
  const start = tokens[first]?.start ?? 0;
  for (let j = first; j < tokens.length && node; j++) {
    const token: Token | undefined = tokens[j];
    node = token && node.next.get(token.word);
    if (token && node?.term) found = { term: node.term, last: j, start, end: token.end };
  }
  return found;
}
