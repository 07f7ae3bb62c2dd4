/**
 * Splits a folded text (see normalize.ts) into the words phrase matching walks: Latin words with
 * their offsets, dotted acronyms ("b.a.a." -> "baa"), and, for Japanese, the lexicon's own
 * keywords wherever they stand. Each word carries its canonical spelling ("hippa" -> "hipaa") and
 * whether punctuation separates it from the word before (which ends a negation's scope).
 */

export interface Token {
  /** Offsets in the folded text, which are the offsets in the original text. */
  start: number;
  end: number;
  /** The canonical word, as phrases are written. */
  word: string;
  /** Punctuation or a line break stands between this word and the previous one. */
  breakBefore: boolean;
}

/** What the tokenizer needs to know about the lexicon. */
export interface Vocabulary {
  /** A global regex matching one word or one Japanese keyword. */
  pattern: RegExp;
  /** Canonical spelling of a word, or the word itself. */
  canonical: (word: string) => string;
  /** Words skipped when matching (articles, possessives). */
  filler: ReadonlySet<string>;
}

/** Latin words, with English "n't" kept whole ("don't"), and dotted acronyms ("b.a.a."). */
const LATIN_WORD = String.raw`[a-z](?:\.[a-z]){1,5}\.?(?![a-z0-9])|[a-z0-9\u00df-\u00f6\u00f8-\u024f]+(?:'t(?![a-z]))?`;

/** Characters of Japanese text (kana and kanji, including the middle dot of katakana compounds). */
export const CJK_CHAR = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUNS = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+/g;

/** Punctuation that ends a clause; a negation does not reach across it. */
const CLAUSE_BREAK = /[.!?;:,()\n\r\u3001\u3002\uff01\uff1f\uff1b\uff1a\uff08\uff09\u300c\u300d\u2022|]/;

const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The Japanese keywords to find: every run of Japanese characters inside any phrase. */
export function cjkKeywords(phrases: Iterable<string>): string[] {
  const keywords = new Set<string>();
  for (const phrase of phrases) for (const run of phrase.match(CJK_RUNS) ?? []) keywords.add(run);
  return [...keywords].sort((a, b) => b.length - a.length);
}

export function wordPattern(keywords: readonly string[]): RegExp {
  const japanese = keywords.map(escapeRegex).join('|');
  return new RegExp(japanese ? `${japanese}|${LATIN_WORD}` : LATIN_WORD, 'g');
}

/** Tokens of a folded text, fillers dropped. Linear: one regex pass, one Map lookup per word. */
export function tokenize(folded: string, vocabulary: Vocabulary): Token[] {
  const tokens: Token[] = [];
  const pattern = new RegExp(vocabulary.pattern.source, 'g');
  let previousEnd = 0;
  let pendingBreak = false;
  for (let match = pattern.exec(folded); match !== null; match = pattern.exec(folded)) {
    const start = match.index;
    const end = start + match[0].length;
    const raw = match[0].includes('.') ? match[0].replace(/\./g, '') : match[0];
    const word = vocabulary.canonical(raw);
    if (!pendingBreak && start > previousEnd)
      pendingBreak = CLAUSE_BREAK.test(folded.slice(previousEnd, start));
    previousEnd = end;
    if (vocabulary.filler.has(word)) continue;
    tokens.push({ start, end, word, breakBefore: pendingBreak });
    pendingBreak = false;
  }
  return tokens;
}
