/**
 * A Vite plugin that reads the lexicon at build time: src/detect/lexiconPhrases.ts, which reads it when
 * first called, is replaced in the bundle by a module that parses the list this build read, as text
 * (src/detect/phraseList.ts). The sidebar then skips folding and tokenizing every phrase before its first
 * suggestion, and the lexicon's source (lexicon.ts's phrase lists) is not bundled. Made by every build
 * from the lexicon as it is, so it cannot fall out of step; nothing generated is committed.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { phrasesToText } from '../../src/detect/phraseList';
import { readLexicon } from '../../src/detect/readLexicon';

export const LEXICON_PHRASES_MODULE = fileURLToPath(
  new URL('../../src/detect/lexiconPhrases.ts', import.meta.url),
);

/** The module that stands in for lexiconPhrases.ts: the same export, from the list as text. */
export function lexiconPhrasesModule(text: string): string {
  return [
    `import { phrasesFromText } from './phraseList';`,
    `const PHRASES = ${JSON.stringify(text)};`,
    `export const lexiconPhrases = () => phrasesFromText(PHRASES);`,
  ].join('\n');
}

export function prereadLexicon(): Plugin {
  return {
    name: 'preread-lexicon',
    apply: 'build',
    load(id) {
      if (id !== LEXICON_PHRASES_MODULE) return null;
      return lexiconPhrasesModule(phrasesToText(readLexicon()));
    },
  };
}
