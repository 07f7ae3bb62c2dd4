/**
 * Ticket changes: what applying a routine case does to the open ticket, as data. Planning is pure; the
 * ZAF adapter carries out one change at a time (src/ticket/transaction.ts runs them all-or-nothing).
 */
import type { CaseId } from '../routine/cases';

export type CommentType = 'publicReply' | 'internalNote';
export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';

/** What the ticket looks like right before the agent clicks (read fresh from Zendesk at click time). */
export interface TicketState {
  ticketId: number | string;
  status: TicketStatus;
  tags: readonly string[];
  assigneeId: number | null;
  /** The group the ticket is assigned to (`ticket.assignee.group.id`); Zendesk assigns a user within a group. */
  assigneeGroupId?: number | null;
  /** The composer's draft: HTML when the composer is rich text, plain text otherwise. */
  draft: string;
  commentType: CommentType;
}

/** One change to the open ticket. The inverse of each is computed from the TicketState before it. */
export type TicketChange =
  | { kind: 'appendToDraft'; format: 'html' | 'text'; content: string }
  | { kind: 'setDraft'; content: string }
  | { kind: 'setCommentType'; commentType: CommentType }
  | { kind: 'addTags'; tags: readonly string[] }
  | { kind: 'setTags'; tags: readonly string[] }
  | { kind: 'setStatus'; status: TicketStatus }
  /**
   * Zendesk's documented shape is `{groupId, userId}`; `userId: null` leaves the ticket with the group only
   * (unassigned), which is sent as `{groupId}` alone.
   */
  | { kind: 'setAssignee'; userId: number | null; groupId: number | null };

/** Statuses a saved ticket can be set to: New and Closed are Zendesk's own, never set by hand. */
export const SETTABLE_STATUSES: readonly TicketStatus[] = ['open', 'pending', 'hold', 'solved'];

export function isSettableStatus(status: TicketStatus): boolean {
  return SETTABLE_STATUSES.includes(status);
}

/** Why a part of the routine was not applied; the UI translates the code. */
export type ApplyNotice =
  | { code: 'light_agent_internal_note' }
  | { code: 'solve_disabled' }
  | { code: 'cannot_solve_unassigned' }
  | { code: 'assigned_to_you' }
  | { code: 'already_in_draft' }
  | { code: 'already_sent' }
  /** Apply after "Insert text only": the reply was already in the draft, only the rest was done. */
  | { code: 'reply_was_in_draft' };

export interface ApplyPlan {
  caseId: CaseId;
  changes: TicketChange[];
  /** Told to the agent after applying (e.g. "solving needs an assignee"). */
  notices: ApplyNotice[];
}
