/**
 * The lexicon's phrases, read (readLexicon.ts). Reading folds and tokenizes every phrase, which in a
 * browser that has not yet compiled that code took most of the first detection (~45 of ~60 ms), on the
 * path to the sidebar's first suggestion. So the app's build replaces this module with the list it reads
 * once, written as text (scripts/build/lexicon-plugin.ts); Node (tests, eval, triage) reads the lexicon here.
 */
import type { LexiconPhrases } from './phraseList';
import { readLexicon } from './readLexicon';

export const lexiconPhrases = (): LexiconPhrases => readLexicon();
