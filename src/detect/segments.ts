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
import { sameUpToWhitespace } from '../text/whitespace';
import { foldForMatching } from './normalize';
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
function isDescription(first: TicketComment, firstText: string, description: string): boolean {
  if (first.authorRole !== 'agent') return true;
  return sameUpToWhitespace(firstText, description);
}

export function segmentsOf(ticket: Ticket): Segment[] {
  const segments: Segment[] = [
    { field: 'subject', role: 'requester', text: readText(ticket.subject, false), order: 0 },
  ];
  const [first] = ticket.comments;
  const firstText = first ? readText(first.body, first.html) : '';
  const forwards = FORWARD_SUBJECT.test(ticket.subject);
  if (!first || !isDescription(first, firstText, ticket.description)) {
    const text = readText(ticket.description, false);
    addMessage(segments, text, 'description', 'requester', undefined, forwards);
  }
  ticket.comments.forEach((comment, index) => {
    if (!comment.public) return; // internal notes are agents talking to agents
    const text = index === 0 ? firstText : readText(comment.body, comment.html);
    const forwarded = forwards && index === 0 && comment.authorRole !== 'agent';
    addMessage(segments, text, 'comment', comment.authorRole, comment.id, forwarded);
  });
  return segments;
}

/** "FW:", "Fwd:", "TR:", "WG:", "RV:", "Enc:", "I:", "Doorst:", "転送:": the first message passes on older mail. */
const FORWARD_SUBJECT = /^\s*(?:fwd?|tr|wg|rv|enc|i|doorst|転送)\s*[:：]/i;

/** Characters of quoted history read for who wrote it: its attribution or header comes first. */
const QUOTE_HEADER_LENGTH = 400;
/**
 * A reply above our BAA team's mail ("On Thu, … OpenAI BAA Team <baa@openai.com> wrote:") brings in a mail the
 * ticket does not hold, its decision, as forwarding would: read as the customer's older words.
 */
function quotesBaaTeam(quoted: string): boolean {
  const start = quoted.search(/\S/u);
  return (
    start >= 0 &&
    quoted
      .slice(start, start + QUOTE_HEADER_LENGTH)
      .toLowerCase()
      .includes('baa@openai.com')
  );
}

/** One message: its forwarded mail (older) first, then its own words. */
function addMessage(
  segments: Segment[],
  text: string,
  field: EvidenceField,
  authorRole: AuthorRole,
  commentId: Segment['commentId'],
  /** The ticket's subject says the message forwards mail: the history below it is the author's own. */
  forwards = false,
): void {
  const structure = messageStructure(text);
  if (
    (forwards || quotesBaaTeam(structure.quoted)) &&
    structure.forwarded === '' &&
    structure.quoted !== ''
  ) {
    structure.forwarded = structure.quoted;
    structure.foldedForwarded = foldForMatching(structure.quoted);
    structure.quoted = '';
  }
  const role = roleOf(authorRole, structure.own);
  // Each segment is written out whole (no spread of a shared base): it is made for every message.
  const segment = (part: string, folded: string): Segment => {
    const made: Segment = { field, role, text: part, folded, order: segments.length };
    if (commentId !== undefined) made.commentId = commentId;
    return made;
  };
  if (structure.forwarded !== '') {
    const forwarded = segment(structure.forwarded, structure.foldedForwarded);
    forwarded.forwarded = true;
    segments.push(forwarded);
  }
  const own = segment(structure.own, structure.foldedOwn);
  if (structure.quoted !== '') own.quoted = structure.quoted;
  segments.push(own);
}
