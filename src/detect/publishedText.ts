/**
 * Published text: an article, a guide or a glossary entry pasted or posted as a ticket. A person asking
 * us for something writes "I" or "we" and greets, thanks or asks ("please", "request"); a page about
 * BAAs does neither, however often it names OpenAI, the API and HIPAA. Read only in English, whose
 * pronouns cannot be dropped: "Necesitamos un BAA" has no "we".
 */

/** Shorter messages are answers and notes ("API, please"), never pages. */
const PAGE_LENGTH = 300;
/** "The" this many times: the text is English. */
const ENGLISH_ARTICLES = 5;
const FIRST_PERSON =
  /\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'd|we'll|us|our|ours|ourselves)\b/iu;
const ADDRESSING_US =
  /\b(?:please|pls|kindly|requests?|requested|requesting|submit|action required|hello|hi|hey|dear|thanks|thank you)\b/iu;
const THE = /\bthe\b/giu;

export function isPublishedText(text: string): boolean {
  if (text.length < PAGE_LENGTH) return false;
  if (FIRST_PERSON.test(text) || ADDRESSING_US.test(text)) return false;
  let articles = 0;
  THE.lastIndex = 0;
  while (articles < ENGLISH_ARTICLES && THE.exec(text)) articles++;
  return articles >= ENGLISH_ARTICLES;
}
