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

export function readLexicon(lexicon: Readonly<Record<string, SignalTerms>> = LEXICON): LexiconPhrase[] {
  const entries = Object.values(lexicon).flatMap(termsOf);
  const keywords = keywordPattern(cjkKeywords(entries.map((entry) => foldForMatching(entry.phrase))));
  // A table that learns every word it meets, so each phrase's words come out as numbers to name.
  const learning = WordTable.learning(FILLER_WORDS);
  const reading = { keywords, words: learning };
  const tokens = new Tokens();
  const seen = new Set<string>();
  const phrases: LexiconPhrase[] = [];
  for (const { phrase, signal, weight } of entries) {
    tokenize(foldForMatching(phrase), reading, tokens);
    const words = Array.from(tokens.word.subarray(0, tokens.count), (number) => learning.words[number] ?? '');
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    phrases.push({ words, signal, weight });
  }
  return phrases;
}
