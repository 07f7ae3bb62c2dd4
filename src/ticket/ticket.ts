/**
 * The ticket as the routine sees it: what detection reads and composition greets. Both the sidebar
 * (from ZAF) and the triage command (from exported JSON) build this shape; nothing here knows either.
 */

/** Who wrote a message. Detection weighs the requester's latest words most. */
export type AuthorRole = 'requester' | 'agent' | 'unknown';

export interface TicketComment {
  /** The Zendesk comment id, when known; evidence points at it. */
  id?: number | string;
  authorRole: AuthorRole;
  public: boolean;
  /** The comment body: plain text, or HTML when `html` is true. */
  body: string;
  html: boolean;
}

export type Channel = 'email' | 'web' | 'messaging' | 'api' | 'other';

export interface Ticket {
  id?: number | string;
  subject: string;
  /** The first message. Zendesk also repeats it as the first comment; detection reads it once. */
  description: string;
  /** The conversation, oldest first. */
  comments: readonly TicketComment[];
  requester?: { name?: string; locale?: string };
  channel?: Channel;
}
