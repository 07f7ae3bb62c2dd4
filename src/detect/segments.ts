/**
 * The ticket as detection reads it: the subject, then each message's own words with who wrote them.
 * Each message's structure is read first (src/message): quoted history is never the author's new
 * words, forwarded mail is read as their older words, signatures and footers are set aside. The
 * description is the first comment: one message, read once.
 */
import { messageStructure } from '../message/structure';
import { ROUTINE } from '../routine/cases';
import type { AuthorRole, Ticket, TicketComment } from '../ticket/ticket';
import { readText } from '../text/ceiling';
import type { EvidenceField } from './types';

export interface Segment {
  field: EvidenceField;
  commentId?: number | string;
  /** Unknown authors are read as the requester: only agents' words are set aside. */
  role: AuthorRole;
  /** The message's text, with what is not read here (quoted history, signature) blanked. */
  text: string;
  /** `text` folded for matching, when already made (see foldForMatching). */
  folded?: string;
  /** Position in the ticket: subject 0, then messages in order (forwarded mail before its cover note). */
  order: number;
  /** Forwarded mail: the author's older words. */
  forwarded?: boolean;
  /** What the message quotes (often our own question): read only to know what it answers. */
  quoted?: string;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The routine's own sentences (up to any template slot). A comment of unknown author that holds one
 * is our reply: exports without author ids would otherwise read our "API or ChatGPT Enterprise?" as
 * the customer naming both products.
 */
const ROUTINE_SENTENCES = Object.values(ROUTINE)
  .flatMap((routineCase) => routineCase.parts)
  .flatMap((part) => (part.kind === 'line' ? [part.text.split('{')[0] ?? ''] : []))
  .filter((sentence) => sentence.length >= 30);

const roleOf = (role: AuthorRole, text: string): AuthorRole =>
  role === 'unknown' && ROUTINE_SENTENCES.some((sentence) => text.includes(sentence)) ? 'agent' : role;

/**
 * Whether the first comment is the description. Zendesk makes the description its first comment, so
 * a first comment from the customer's side is it, whatever its format (HTML vs plain, link URLs); an
 * export that starts with an agent's reply has left the description out.
 */
function isDescription(first: TicketComment | undefined, description: string): boolean {
  if (!first) return false;
  if (first.authorRole !== 'agent') return true;
  return collapse(readText(first.body, first.html)) === collapse(description);
}

export function segmentsOf(ticket: Ticket): Segment[] {
  const segments: Segment[] = [
    { field: 'subject', role: 'requester', text: readText(ticket.subject, false), order: 0 },
  ];
  const add = (segment: Omit<Segment, 'order'>): void => {
    segments.push({ ...segment, order: segments.length });
  };
  const [first] = ticket.comments;
  if (!isDescription(first, ticket.description)) {
    addMessage(add, readText(ticket.description, false), { field: 'description', role: 'requester' });
  }
  for (const comment of ticket.comments) {
    if (!comment.public) continue; // internal notes are agents talking to agents
    const text = readText(comment.body, comment.html);
    const base: Omit<Segment, 'order' | 'text'> = { field: 'comment', role: comment.authorRole };
    if (comment.id !== undefined) base.commentId = comment.id;
    addMessage(add, text, base);
  }
  return segments;
}

/** One message: its forwarded mail (older) first, then its own words. */
function addMessage(
  add: (segment: Omit<Segment, 'order'>) => void,
  text: string,
  base: Omit<Segment, 'order' | 'text'>,
): void {
  const structure = messageStructure(text);
  const role = roleOf(base.role, structure.own);
  if (structure.forwarded !== '')
    add({ ...base, role, text: structure.forwarded, folded: structure.foldedForwarded, forwarded: true });
  const own: Omit<Segment, 'order'> = { ...base, role, text: structure.own, folded: structure.foldedOwn };
  if (structure.quoted !== '') own.quoted = structure.quoted;
  add(own);
}
