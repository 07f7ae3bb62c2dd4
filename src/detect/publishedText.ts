/**
 * Published text: an article, a guide or a glossary entry pasted or posted as a ticket. A person asking
 * us for something writes "I" or "we" and greets, thanks or asks ("please", "request"); a page about
 * BAAs does neither, however often it names OpenAI, the API and HIPAA. Read only in English, whose
 * pronouns cannot be dropped: "Necesitamos un BAA" has no "we".
 */

/** Shorter messages are answers and notes ("API, please"), never pages. */
const PAGE_LENGTH = 300;
/** English function words this many times: the text is English. */
const ENGLISH_WORDS = 8;
// Case kept: "US" is the country ("US health systems"), "i" a list's numeral.
const FIRST_PERSON =
  /\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|[Ww]e're|[Ww]e've|[Ww]e'd|[Ww]e'll|[Uu]s|[Oo]urs?|[Oo]urselves|ME|MY|WE|OUR)\b/u;
// Not "request": pages explain "how to request a BAA".
const ADDRESSING_US = /\b(?:please|pls|kindly|action required|hello|hi|hey|dear|thanks|thank you)\b/iu;
const ENGLISH = /\b(?:the|is|are|and|of|to|for|with|not|be)\b/giu;

export function isPublishedText(text: string): boolean {
  if (text.length < PAGE_LENGTH) return false;
  if (FIRST_PERSON.test(text) || ADDRESSING_US.test(text)) return false;
  let words = 0;
  ENGLISH.lastIndex = 0;
  while (words < ENGLISH_WORDS && ENGLISH.exec(text)) words++;
  return words >= ENGLISH_WORDS;
}
