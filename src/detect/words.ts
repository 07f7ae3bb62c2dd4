/**
 * Which words matter. Most words of a ticket are in no phrase; telling them apart by a hash computed
 * over the characters in place avoids making a string of every word. Known words are the lexicon's
 * own (after spelling is made canonical); other words are checked against the spelling variants only
 * when their first two letters could start one.
 */
import { SPELLING_VARIANTS } from './lexicon';

const VARIANT_ENTRIES = Object.entries(SPELLING_VARIANTS);
/** First two letters of every spelling variant, as char-code pairs. */
const VARIANT_PREFIXES = new Set(
  VARIANT_ENTRIES.flatMap(([, variant]) =>
    variant.prefixes.map((p) => p.charCodeAt(0) * 0x10000 + p.charCodeAt(1)),
  ),
);

/** Remembered spellings; cleared when large so a huge odd text cannot grow it without bound. */
const spellingCache = new Map<string, string>();
const SPELLING_CACHE_LIMIT = 50_000;

/** The canonical spelling of one folded word ("hippa" -> "hipaa"), or the word itself. */
export function canonicalSpelling(word: string): string {
  const cached = spellingCache.get(word);
  if (cached !== undefined) return cached;
  let canonical = word;
  if (word.length >= 3 && word.length <= 24) {
    for (const [target, variant] of VARIANT_ENTRIES) {
      if (variant.pattern.test(word)) {
        canonical = target;
        break;
      }
    }
  }
  if (spellingCache.size >= SPELLING_CACHE_LIMIT) spellingCache.clear();
  spellingCache.set(word, canonical);
  return canonical;
}

function hashOf(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return hash;
}

export interface WordTable {
  /** The canonical word for text[start, end) if it is in any phrase or is a filler; '' otherwise. */
  wordAt(text: string, start: number, end: number): string;
  /** The same for a word already cut out (dotted acronyms). */
  word(word: string): string;
}

export function wordTable(knownWords: Iterable<string>): WordTable {
  const buckets = new Map<number, string[]>();
  const known = new Set<string>();
  for (const word of knownWords) {
    if (known.has(word)) continue;
    known.add(word);
    const hash = hashOf(word, 0, word.length);
    const bucket = buckets.get(hash);
    if (bucket) bucket.push(word);
    else buckets.set(hash, [word]);
  }
  const ifKnown = (word: string): string => (known.has(word) ? word : '');
  return {
    wordAt(text, start, end) {
      const bucket = buckets.get(hashOf(text, start, end));
      if (bucket) {
        for (const word of bucket)
          if (word.length === end - start && text.startsWith(word, start)) return word;
      }
      const length = end - start;
      const prefix = text.charCodeAt(start) * 0x10000 + text.charCodeAt(start + 1);
      if (length < 3 || length > 24 || !VARIANT_PREFIXES.has(prefix)) return '';
      return ifKnown(canonicalSpelling(text.slice(start, end)));
    },
    word: (word) => ifKnown(canonicalSpelling(word)),
  };
}
