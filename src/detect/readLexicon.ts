/**
 * Reads the lexicon (lexicon.ts) as matching needs it: every phrase folded and tokenized exactly like
 * ticket text, so its words are the canonical ones a ticket's words are looked up as. A phrase listed
 * twice keeps its first (most specific) reading; a phrase of fillers alone is dropped.
 */
import { FILLER_WORDS, LEXICON, SIGNAL_WEIGHT } from './lexicon';
import type { Signal, SignalTerms } from './lexicon';
import { foldForMatching } from './normalize';
import type { LexiconPhrase } from './phraseList';
import { cjkKeywords, keywordPattern, tokenize, Tokens } from './tokens';
import { WordTable } from './words';

function termsOf(terms: SignalTerms): { phrase: string; signal: Signal; weight: number }[] {
  return Object.entries(terms).flatMap(([signal, list]) =>
    (list ?? []).map((term) => {
      const [phrase, weight] = typeof term === 'string' ? [term, undefined] : term;
      return { phrase, signal: signal as Signal, weight: weight ?? SIGNAL_WEIGHT[signal as Signal] };
    }),
  );
}

interface ReadEntry {
  phrase: string;
  signal: Signal;
  weight: number;
  /** The phrase's words as matching reads them: folded, canonical, fillers left out. */
  words: string[];
}

/** Every phrase of the lexicon, with the words matching reads it as. */
function readEntries(lexicon: Readonly<Record<string, SignalTerms>>): ReadEntry[] {
  const entries = Object.values(lexicon).flatMap(termsOf);
  const keywords = keywordPattern(cjkKeywords(entries.map((entry) => foldForMatching(entry.phrase))));
  // A table that learns every word it meets, so each phrase's words come out as numbers to name.
  const learning = WordTable.learning(FILLER_WORDS);
  const reading = { keywords, words: learning };
  const tokens = new Tokens();
  return entries.map((entry) => {
    tokenize(foldForMatching(entry.phrase), reading, tokens);
    const words = Array.from(tokens.word.subarray(0, tokens.count), (number) => learning.words[number] ?? '');
    return { ...entry, words };
  });
}

export function readLexicon(lexicon: Readonly<Record<string, SignalTerms>> = LEXICON): LexiconPhrase[] {
  const seen = new Set<string>();
  const phrases: LexiconPhrase[] = [];
  for (const { words, signal, weight } of readEntries(lexicon)) {
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push({ words, signal, weight });
  }
  return phrases;
}

/**
 * Phrases that are never read as written: fillers alone ("los dos", "dos" being Portuguese's "of the"),
 * or the words of an earlier phrase of another signal once fillers are left out ("my conversations" is
 * "conversations"). Each is dead data in the lexicon.
 */
export function unreadPhrases(lexicon: Readonly<Record<string, SignalTerms>> = LEXICON): string[] {
  const first = new Map<string, Signal>();
  const unread: string[] = [];
  for (const { phrase, signal, words } of readEntries(lexicon)) {
    const key = words.join(' ');
    const earlier = first.get(key);
    if (words.length === 0) unread.push(`"${phrase}" (${signal}): fillers only`);
    else if (earlier !== undefined && earlier !== signal)
      unread.push(`"${phrase}" (${signal}): read as ${earlier}`);
    else if (earlier === undefined) first.set(key, signal);
  }
  return unread;
}
