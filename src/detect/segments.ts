/**
 * The ticket as detection reads it: subject, description, then the public conversation, each as
 * plain text with who wrote it. Zendesk repeats the description as the first comment; it is read once.
 */
import type { AuthorRole, Ticket } from '../ticket/ticket';
import { plainText } from './plainText';
import type { EvidenceField } from './types';

export interface Segment {
  field: EvidenceField;
  commentId?: number | string;
  /** Unknown authors are read as the requester: only agents' words are set aside. */
  role: AuthorRole;
  text: string;
  /** A requester comment written after an agent's public reply: an answer, e.g. to "API or ChatGPT?". */
  answersAgent: boolean;
  /** Position in the ticket: subject 0, description 1, then comments in order. */
  order: number;
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function segmentsOf(ticket: Ticket): Segment[] {
  const description = plainText(ticket.description, false);
  const segments: Segment[] = [
    {
      field: 'subject',
      role: 'requester',
      text: plainText(ticket.subject, false),
      answersAgent: false,
      order: 0,
    },
    { field: 'description', role: 'requester', text: description, answersAgent: false, order: 1 },
  ];
  const descriptionKey = collapse(description);
  let agentHasReplied = false;
  ticket.comments.forEach((comment, index) => {
    if (!comment.public) return; // internal notes are agents talking to agents
    const text = plainText(comment.body, comment.html);
    if (index === 0 && descriptionKey !== '' && collapse(text) === descriptionKey) return;
    const segment: Segment = {
      field: 'comment',
      role: comment.authorRole,
      text,
      answersAgent: comment.authorRole !== 'agent' && agentHasReplied,
      order: segments.length,
    };
    if (comment.id !== undefined) segment.commentId = comment.id;
    segments.push(segment);
    if (comment.authorRole === 'agent') agentHasReplied = true;
  });
  return segments;
}
