/**
 * What the customer wrote last, in their own words: the newest public message from the customer's
 * side, with its quoted history, forwarded mail, signature and footers set aside by the same reading
 * of message structure that detection uses. The report shows it beside each disagreement, because it
 * is what an admin reads first to judge who was right.
 */
import { messageStructure } from '../message/structure';
import { readText } from '../text/ceiling';
import type { Ticket } from '../ticket/ticket';

/** How much of the words the report shows. */
export const LATEST_WORDS_LIMIT = 280;

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

function ownWords(body: string, html: boolean): string {
  return collapse(messageStructure(readText(body, html)).own);
}

export function latestCustomerWords(ticket: Ticket, limit = LATEST_WORDS_LIMIT): string {
  let words = '';
  for (let i = ticket.comments.length - 1; i >= 0 && words === ''; i--) {
    const comment = ticket.comments[i];
    if (comment && comment.public && comment.authorRole !== 'agent')
      words = ownWords(comment.body, comment.html);
  }
  if (words === '') words = ownWords(ticket.description, false);
  return words.length <= limit ? words : `${words.slice(0, limit - 1).trimEnd()}…`;
}
