/**
 * Phrase matching: the lexicon compiled once into a word trie, then walked over a text's tokens
 * leftmost-longest ("chatgpt enterprise" wins over "chatgpt", "not approved" over "not").
 * Each token starts at most one walk no deeper than the longest phrase, so matching is linear.
 */
import { FILLER_WORDS } from './lexicon';
import type { Signal } from './lexicon';
import { lexiconPhrases } from './lexiconPhrases';
import type { LexiconPhrase, LexiconPhrases } from './phraseList';
import { NO_NODE, PhraseTrie, ROOT } from './phraseTrie';
import { japaneseKeywords, keywordPattern, Tokens } from './tokens';
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
 * as first used), the Japanese keywords the tokenizer looks for, and the trie. The sidebar gets the
 * phrases as the text the build writes (phraseList.ts) and compiles that text as it reads it.
 */
export function compileLexicon(phrases: LexiconPhrases = lexiconPhrases()): Matcher {
  return typeof phrases === 'string' ? compileText(phrases) : compileList(phrases);
}

// Both run as the sidebar starts, before this code is optimized: plain loops, no iterators or callbacks.

function compileList(phrases: readonly LexiconPhrase[]): Matcher {
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
    if (!phrase) continue;
    const { words, signal } = phrase;
    const namesBaa = words.includes('baa');
    const namesOpenAI = words.includes('openai') || words.includes('chatgpt');
    addTerm(trie, trie.add(numbered[p] ?? []), signal, phrase.weight, namesBaa, namesOpenAI);
  }
  return finish(learning, trie);
}

/**
 * The matcher straight from the text (phraseList.ts), with no list of phrases made first: a phrase's
 * shared leading words (written as spaces) are the previous phrase's path in the trie, so only the
 * words written out are numbered and walked.
 */
function compileText(text: string): Matcher {
  const learning = WordTable.learning(FILLER_WORDS);
  const lines = text.split('\n');
  // Sizes only: a phrase has about two words (growing costs a rehash, not a wrong answer).
  const trie = new PhraseTrie<CompiledTerm>(lines.length * 2, lines.length);
  // After the previous phrase's first k words: its node, and whether those words name a BAA (1) or us (2).
  const path: number[] = [ROOT];
  const names: number[] = [0];
  let signal: Signal = 'neutral';
  let weight = 0;
  let head = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      head = true;
      continue;
    }
    if (head) {
      const space = line.indexOf(' ');
      signal = line.slice(0, space) as Signal;
      weight = Number(line.slice(space + 1));
      head = false;
      continue;
    }
    let at = 0;
    while (line.charCodeAt(at) === 32) at++;
    let depth = at;
    let node = path[depth] ?? ROOT;
    let named = names[depth] ?? 0;
    while (at < line.length) {
      let end = line.indexOf(' ', at);
      if (end < 0) end = line.length;
      const word = line.slice(at, end);
      node = trie.extend(node, learning.written(word));
      if (word === 'baa') named |= 1;
      else if (word === 'openai' || word === 'chatgpt') named |= 2;
      path[++depth] = node;
      names[depth] = named;
      at = end + 1;
    }
    addTerm(trie, node, signal, weight, (named & 1) !== 0, (named & 2) !== 0);
  }
  return finish(learning, trie);
}

function addTerm(
  trie: PhraseTrie<CompiledTerm>,
  node: number,
  signal: Signal,
  weight: number,
  namesBaa: boolean,
  namesOpenAI: boolean,
): void {
  // readLexicon already keeps only a phrase's first reading; so does this.
  trie.terms[node] ??= { signal, weight, namesBaa: namesBaa && signal !== 'baa', namesOpenAI };
}

function finish(learning: WordTable, trie: PhraseTrie<CompiledTerm>): Matcher {
  // A phrase's Japanese runs are its words as written (the tokenizer cuts Japanese at the keywords).
  const keywords = keywordPattern(japaneseKeywords(learning.words));
  return { vocabulary: { keywords, words: WordTable.of(learning) }, trie, tokens: new Tokens() };
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
