/**
 * Which words matter. Every word some phrase uses (after spelling is made canonical) has a number;
 * a text's words are looked up by a hash computed over the characters in place, in a flat table, so
 * no string and no object is made for a word. Most words of a ticket are in no phrase: they cost the
 * hash and, mostly, one empty slot. Unknown words are checked against the spelling variants only when
 * their first two letters could start one.
 */
import { SPELLING_VARIANTS } from './lexicon';

/** The number of a word that no phrase uses. */
export const NO_WORD = -1;

const VARIANT_ENTRIES = Object.entries(SPELLING_VARIANTS);
/** First two letters of every spelling variant, as char-code pairs. */
const VARIANT_PREFIXES = new Set(
  VARIANT_ENTRIES.flatMap(([, variant]) =>
    variant.prefixes.map((p) => p.charCodeAt(0) * 0x10000 + p.charCodeAt(1)),
  ),
);
/** Each letter of those pairs by place, so most words are ruled out without a set lookup. */
const VARIANT_FIRST = new Set([...VARIANT_PREFIXES].map((pair) => Math.floor(pair / 0x10000)));
const VARIANT_SECOND = new Set([...VARIANT_PREFIXES].map((pair) => pair % 0x10000));
const LETTERS = 0x250;
const variantFirst = Uint8Array.from({ length: LETTERS }, (_, code) => (VARIANT_FIRST.has(code) ? 1 : 0));
const variantSecond = Uint8Array.from({ length: LETTERS }, (_, code) => (VARIANT_SECOND.has(code) ? 1 : 0));

/** Whether the word at text[start, end) could be a spelling variant (its first two letters start one). */
function mayBeVariant(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < 3 || length > 24) return false;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  return (
    variantFirst[first] === 1 && variantSecond[second] === 1 && VARIANT_PREFIXES.has(first * 0x10000 + second)
  );
}

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

/**
 * The hash of a word, one code unit at a time, so the tokenizer computes it as it finds the word's
 * end. Kept within 30 bits so it stays a small integer in the engine (no number boxed per word).
 */
export const hashStep = (hash: number, code: number): number => (Math.imul(hash, 31) + code) & 0x3fffffff;

/**
 * The known words and their numbers. The lexicon's phrases are read with a table that learns (every
 * word it meets gets a number); ticket text is read with the finished table, which only looks up.
 * Both are this one class, so the tokenizer's calls into it stay monomorphic and inlined.
 */
export class WordTable {
  /** Every known word, by its number. */
  readonly words: string[];
  private readonly numbers: Map<string, number>;
  private readonly fillers: ReadonlySet<string>;
  private readonly filler: number[];
  private readonly learning: boolean;
  /** Open addressing, at most a quarter full: an unknown word mostly finds an empty slot at once. */
  private slots = new Int32Array(1); // word number + 1; 0 is empty (a learning table has no slot)
  private mask = 0;
  /** Every word's code units, one after the other, and where each starts: compared in place. */
  private units = new Uint16Array(0);
  private starts = new Int32Array(1);

  private constructor(learning: boolean, fillers: ReadonlySet<string>, from?: WordTable) {
    this.learning = learning;
    this.fillers = fillers;
    this.words = from?.words ?? [];
    this.numbers = from?.numbers ?? new Map<string, number>();
    this.filler = from?.filler ?? [];
  }

  /** A table that numbers every word it is asked about (canonical spelling first), fillers first. */
  static learning(fillers: readonly string[]): WordTable {
    const table = new WordTable(true, new Set(fillers));
    for (const word of fillers) table.numberOf(word);
    return table;
  }

  /**
   * The finished table of what `learned` has numbered, for reading ticket text; `learned` is done with.
   * Built as the sidebar starts, before this code is optimized: plain loops, nothing made per word.
   */
  static of(learned: WordTable): WordTable {
    const table = new WordTable(false, learned.fillers, learned);
    const { words } = table;
    let size = 16;
    while (size < words.length * 4) size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(size);
    const starts = new Int32Array(words.length + 1);
    let length = 0;
    for (let index = 0; index < words.length; index++) length += words[index]?.length ?? 0;
    const units = new Uint16Array(length);
    let start = 0;
    for (let index = 0; index < words.length; index++) {
      const word = words[index] ?? '';
      let hash = 0;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        hash = hashStep(hash, code);
        units[start + i] = code;
      }
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = index + 1;
      start += word.length;
      starts[index + 1] = start;
    }
    table.slots = slots;
    table.mask = mask;
    table.starts = starts;
    table.units = units;
    return table;
  }

  /**
   * The number of the canonical word at text[start, end) if a phrase uses it or it is a filler;
   * NO_WORD otherwise. `hash` is the word's hash (hashStep over its code units).
   */
  wordAt(text: string, start: number, end: number, hash: number): number {
    const { slots, mask, units, starts } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const index = (slots[slot] ?? 0) - 1;
      if (index < 0) break;
      const from = starts[index] ?? 0;
      if ((starts[index + 1] ?? 0) - from !== end - start) continue;
      let at = 0;
      while (at < end - start && units[from + at] === text.charCodeAt(start + at)) at++;
      if (at === end - start) return index;
    }
    if (this.learning) return this.numberOf(canonicalSpelling(text.slice(start, end)));
    if (!mayBeVariant(text, start, end)) return NO_WORD;
    return this.known(canonicalSpelling(text.slice(start, end)));
  }

  /**
   * The number of a word as written, with no spelling step: a Japanese keyword (Japanese has no spelling
   * variants), or a word already canonical.
   */
  written(raw: string): number {
    return this.learning ? this.numberOf(raw) : this.known(raw);
  }

  /** The same as wordAt for a word already cut out (a dotted acronym without its dots). */
  word(raw: string): number {
    const canonical = canonicalSpelling(raw);
    return this.learning ? this.numberOf(canonical) : this.known(canonical);
  }

  /** Words skipped when matching (articles, possessives). */
  isFiller(word: number): boolean {
    return this.filler[word] === 1;
  }

  private known(word: string): number {
    return this.numbers.get(word) ?? NO_WORD;
  }

  private numberOf(word: string): number {
    let number = this.numbers.get(word);
    if (number === undefined) {
      number = this.words.length;
      this.words.push(word);
      this.filler.push(this.fillers.has(word) ? 1 : 0);
      this.numbers.set(word, number);
    }
    return number;
  }
}
