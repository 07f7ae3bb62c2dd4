/**
 * The lexicon's phrases as matching uses them: each one's canonical words, signal and weight (see
 * readLexicon.ts), and a plain text form of that list. The app's build writes the list as this text into
 * the bundle (scripts/build/lexicon-plugin.ts), so the sidebar compiles it (phrases.ts) instead of
 * reading the lexicon when it starts.
 */
import type { Signal } from './lexicon';

export interface LexiconPhrase {
  /** Folded, spelling made canonical, fillers left out: as the tokenizer numbers a ticket's words. */
  words: readonly string[];
  signal: Signal;
  weight: number;
}

/** The phrases as a list (Node reads the lexicon), or as their text (the sidebar: the build wrote it). */
export type LexiconPhrases = readonly LexiconPhrase[] | string;

/**
 * One group per run of phrases with the same signal and weight, in the list's order (the order numbers
 * the words): a "signal weight" line, then a phrase a line, its words separated by spaces. A phrase
 * that starts with the same words as the one before it in its group (not all of them) gives a space for
 * each word in place of those words ("api key", " keys"): sorted phrases then cost less to download.
 * Groups are separated by a blank line. A word never holds a space or a line break (the tokenizer cuts
 * there), so a line never starts with one otherwise.
 */
export function phrasesToText(phrases: readonly LexiconPhrase[]): string {
  const groups: string[] = [];
  let head = '';
  let previous: readonly string[] = [];
  for (const { words, signal, weight } of phrases) {
    const next = `${signal} ${String(weight)}`;
    if (next !== head) {
      groups.push((head = next));
      previous = [];
    }
    let shared = 0;
    while (shared < words.length - 1 && words[shared] === previous[shared]) shared++;
    groups[groups.length - 1] += `\n${' '.repeat(shared)}${words.slice(shared).join(' ')}`;
    previous = words;
  }
  return groups.join('\n\n');
}
