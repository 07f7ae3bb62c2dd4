/**
 * The ticket as detection reads it: subject, description, then the public conversation, each as
 * plain text with who wrote it. Zendesk repeats the description as the first comment; it is read once.
 */
import { ROUTINE } from '../routine/cases';
import type { AuthorRole, Ticket } from '../ticket/ticket';
import { readText } from '../text/ceiling';
import type { EvidenceField } from './types';

export interface Segment {
  field: EvidenceField;
  commentId?: number | string;
  /** Unknown authors are read as the requester: only agents' words are set aside. */
  role: AuthorRole;
  text: string;
  /** Position in the ticket: subject 0, description 1, then comments in order. */
  order: number;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The header mail clients put above the message being replied to, in the six languages. */
const REPLY_HEADER =
  /^[ \t]*(?:On [^\n]{1,300}wrote:|El [^\n]{1,300}escribió:|Le [^\n]{1,300}a écrit ?:|Am [^\n]{1,300}schrieb[^\n]{0,200}:|Em [^\n]{1,300}escreveu:|-{2,} ?(?:Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Mensagem original) ?-{2,})/im;
/** Words every reply header holds; the header regex runs only when one is present. */
const REPLY_MARKERS = ['wrote:', 'escribi', 'crit', 'schrieb', 'escreveu:', '--'];
const QUOTED_LINE = /^[ \t]*>[^\n]*/gm;

/**
 * A reply without the earlier messages it quotes (our own clarifying question, quoted back, names both
 * products). Quoted lines become spaces so offsets into the text stay true.
 */
export function withoutQuotedReply(text: string): string {
  const header = REPLY_MARKERS.some((marker) => text.includes(marker)) ? REPLY_HEADER.exec(text) : null;
  const own = header ? text.slice(0, header.index) : text;
  return own.includes('>') ? own.replace(QUOTED_LINE, (line) => ' '.repeat(line.length)) : own;
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

/** Zendesk's first comment repeats the description, give or take whitespace and markup. */
function repeatsDescription(comment: string, description: string): boolean {
  if (comment === description) return true;
  if (
    description.trim() === '' ||
    Math.abs(comment.length - description.length) > description.length / 4 + 16
  ) {
    return false;
  }
  return collapse(comment) === collapse(description);
}

export function segmentsOf(ticket: Ticket): Segment[] {
  const description = readText(ticket.description, false);
  const segments: Segment[] = [
    {
      field: 'subject',
      role: 'requester',
      text: readText(ticket.subject, false),
      order: 0,
    },
    { field: 'description', role: 'requester', text: description, order: 1 },
  ];
  ticket.comments.forEach((comment, index) => {
    if (!comment.public) return; // internal notes are agents talking to agents
    const full = readText(comment.body, comment.html);
    if (index === 0 && repeatsDescription(full, description)) return;
    const text = withoutQuotedReply(full);
    const role = roleOf(comment.authorRole, text);
    const segment: Segment = {
      field: 'comment',
      role,
      text,
      order: segments.length,
    };
    if (comment.id !== undefined) segment.commentId = comment.id;
    segments.push(segment);
  });
  return segments;
}
