/**
 * Splits a folded text (see normalize.ts) into the words phrase matching walks: Latin words with
 * their offsets, dotted acronyms ("b.a.a." -> "baa"), and, for Japanese, the lexicon's own
 * keywords wherever they stand. Each word carries the number of its canonical spelling ("hippa" ->
 * "hipaa", see words.ts), its position, and how many clause breaks precede it (a break ends a
 * negation's scope).
 */
import { hashStep, NO_WORD } from './words';
import type { WordTable } from './words';

/**
 * The words of one text, as parallel arrays: texts are read one at a time, so one list is refilled
 * for each rather than an object made per word. Offsets are in the folded text, which are the
 * offsets in the original text.
 */
export class Tokens {
  count = 0;
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** The canonical word's number (see words.ts), as phrases are written. */
  word = new Int32Array(256);
  /** Position among the text's words (fillers left out): distances are counted in words. */
  index = new Int32Array(256);
  /** How many clause breaks (punctuation, line ends) stand before this word in the text. */
  breaks = new Int32Array(256);

  push(start: number, end: number, word: number, index: number, breaks: number): void {
    if (this.count === this.start.length) this.grow();
    const at = this.count++;
    this.start[at] = start;
    this.end[at] = end;
    this.word[at] = word;
    this.index[at] = index;
    this.breaks[at] = breaks;
  }

  private grow(): void {
    const larger = (array: Int32Array): Int32Array<ArrayBuffer> => {
      const copy = new Int32Array(array.length * 2);
      copy.set(array);
      return copy;
    };
    this.start = larger(this.start);
    this.end = larger(this.end);
    this.word = larger(this.word);
    this.index = larger(this.index);
    this.breaks = larger(this.breaks);
  }
}

/** What the tokenizer needs to know about the lexicon. */
export interface Vocabulary {
  /** A sticky regex matching one Japanese keyword (see keywordPattern). */
  keywords: RegExp;
  /** The known words and their numbers. */
  words: WordTable;
}

/** Character classes of the folded text, for the code units below U+0250. */
const WORD = 1;
const BREAK = 2;
/** Characters of Japanese text (kana and kanji, including the middle dot of katakana compounds). */
const CJK = 3;
/** Hangul syllables. */
const HANGUL = 4;
/** The class of every UTF-16 code unit (64 KB): one lookup per character, however the text is written. */
const CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x250; c++) {
  const isLatinLetter = c >= 0x61 && c <= 0x7a;
  const isDigit = c >= 0x30 && c <= 0x39;
  const isAccented = (c >= 0xdf && c <= 0xf6) || (c >= 0xf8 && c < 0x250);
  if (isLatinLetter || isDigit || isAccented) CLASS[c] = WORD;
}
/** Punctuation that ends a clause; a negation does not reach across it. */
for (const ch of '.!?;:,()\n\r|') CLASS[ch.charCodeAt(0)] = BREAK;
// En and em dashes set a clause apart ("Executed BAA – now ChatGPT too"); so does a hyphen between spaces (below).
for (const code of [
  0x3001, 0x3002, 0xff01, 0xff1f, 0xff1b, 0xff1a, 0xff08, 0xff09, 0x300c, 0x300d, 0x2022, 0x2013, 0x2014,
])
  CLASS[code] = BREAK;
// Korean writes words between spaces, as Latin scripts do, but glues particles to Latin words
// ("ChatGPT를"): a run of Hangul syllables is a word of its own.
CLASS.fill(HANGUL, 0xac00, 0xd7a4);
CLASS.fill(CJK, 0x3040, 0x3100);
CLASS.fill(CJK, 0x3400, 0xa000);
CLASS.fill(CJK, 0xf900, 0xfb00);

const classOf = (code: number): number => CLASS[code] ?? 0;
const isLetter = (code: number): boolean => code >= 0x61 && code <= 0x7a;

/**
 * The code unit at `at`, or 0 (no word, no break) past the end. charCodeAt past the end (NaN) would
 * read the same here, but once it happens V8 stops inlining charCodeAt at that place.
 */
const codeAt = (text: string, at: number): number => (at < text.length ? text.charCodeAt(at) : 0);

const CJK_RUNS = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g;

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Japanese keywords to find: every run of Japanese characters inside any phrase. */
export function cjkKeywords(phrases: readonly string[]): string[] {
  const keywords = new Set<string>();
  // Also run as the sidebar starts (over the lexicon's words), before it is optimized: a plain loop.
  for (let i = 0; i < phrases.length; i++) {
    const runs = phrases[i]?.match(CJK_RUNS);
    if (runs) for (const run of runs) keywords.add(run);
  }
  return [...keywords].sort((a, b) => b.length - a.length);
}

/**
 * The Japanese keywords among the lexicon's words as the tokenizer reads them: a word is one Japanese
 * keyword or holds no Japanese (the tokenizer cuts there), so only the words that start with Japanese
 * are searched, rather than every word by regex (the sidebar does this as it starts).
 */
export function japaneseKeywords(words: readonly string[]): string[] {
  const japanese: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (classOf(word.charCodeAt(0)) === CJK) japanese.push(word);
  }
  return cjkKeywords(japanese);
}

/** A sticky regex that matches one Japanese keyword at a given position (longest first). */
export function keywordPattern(keywords: readonly string[]): RegExp {
  return new RegExp(keywords.length ? keywords.map(escapeRegex).join('|') : '(?!)', 'y');
}

/** End of a dotted acronym ("b.a.a." or "e.g") starting with the single letter at `start`, or -1. */
function acronymEnd(text: string, start: number): number {
  let end = start + 1;
  let letters = 1;
  while (
    codeAt(text, end) === 0x2e &&
    isLetter(codeAt(text, end + 1)) &&
    classOf(codeAt(text, end + 2)) !== WORD
  ) {
    end += 2;
    letters++;
  }
  if (letters < 2) return -1;
  return codeAt(text, end) === 0x2e ? end + 1 : end;
}

/**
 * The words of a folded text that some phrase uses, in order, written into `tokens` (emptied
 * first). Other words are only counted (their positions keep distances true) and fillers are
 * skipped. Linear: one pass over the characters and a hash per word; Japanese keywords are tried
 * only where Japanese stands.
 */
export function tokenize(folded: string, vocabulary: Vocabulary, tokens = new Tokens()): Tokens {
  tokens.count = 0;
  const { keywords, words } = vocabulary; // keywords is sticky: lastIndex is set before every use
  let breaks = 0;
  let index = 0;
  let i = 0;
  while (i < folded.length) {
    const code = folded.charCodeAt(i);
    const kind = classOf(code);
    let end = -1;
    let word = NO_WORD;
    if (kind === WORD || kind === HANGUL) {
      end = isLetter(code) && codeAt(folded, i + 1) === 0x2e ? acronymEnd(folded, i) : -1;
      if (end > 0) {
        word = words.word(folded.slice(i, end).replace(/\./g, ''));
      } else {
        // The word runs to the first other character, English "n't" kept whole ("don't"); its hash
        // is made on the way.
        let hash = hashStep(0, code);
        end = i + 1;
        while (end < folded.length) {
          const next = folded.charCodeAt(end);
          if (classOf(next) !== kind) break;
          hash = hashStep(hash, next);
          end++;
        }
        if (
          codeAt(folded, end) === 0x27 &&
          codeAt(folded, end + 1) === 0x74 &&
          !isLetter(codeAt(folded, end + 2))
        ) {
          hash = hashStep(hashStep(hash, 0x27), 0x74);
          end += 2;
        }
        word = words.wordAt(folded, i, end, hash);
      }
    } else if (kind === CJK) {
      keywords.lastIndex = i;
      const match = keywords.exec(folded);
      if (match) {
        end = i + match[0].length;
        word = words.written(match[0]);
      }
    } else if (kind === BREAK && !(code === 0x2e && classOf(codeAt(folded, i + 1)) === WORD)) {
      // A dot inside a word ("platform.openai.com", "gpt-4.1") ends no clause.
      breaks++;
    } else if (code === 0x2d && codeAt(folded, i - 1) === 0x20 && codeAt(folded, i + 1) === 0x20) {
      breaks++; // "BAA - now ChatGPT": a dash; "API-BAA", "gpt-4o" keep theirs
    }
    if (end < 0) {
      i++;
      continue;
    }
    if (word === NO_WORD) index++;
    else if (!words.isFiller(word)) tokens.push(i, end, word, index++, breaks);
    i = end;
  }
  return tokens;
}
