/**
 * Plans what applying a routine reply does to the open ticket. Pure: it reads the ticket's state as it was
 * at the agent's click and returns the changes in the order they must happen. The reply goes in first, so
 * that nothing else changes when it could not be inserted.
 */
import type { Reply } from '../compose/compose';
import { type CaseId, ROUTINE, type RoutineStatus } from '../routine/cases';
import { caseTag, type RoutineSettings } from '../routine/settings';
import { htmlToText } from '../text/html';
import type { ApplyNotice, ApplyPlan, TicketChange, TicketState } from './changes';
import type { Channel } from './ticket';

export interface Agent {
  id: number;
  /** False for light agents: they may only add internal notes and cannot change the ticket's fields. */
  canReplyPublicly: boolean;
  /** The groups the agent belongs to, when known: Zendesk assigns a user within one of their groups. */
  groupIds?: readonly number[];
  /** The agent's default group (`default_group_id` of the REST user), when known. */
  defaultGroupId?: number | null;
}

export type ReplyFormat = 'html' | 'text';

export interface PlanInput {
  reply: Reply;
  state: TicketState;
  agent: Agent;
  settings: RoutineSettings;
  format: ReplyFormat;
  /** Plain text or HTML of the public comments agents already sent on this ticket. */
  sentReplies: readonly string[];
  /** The case detection suggested. Applying another one also tags the ticket `<prefix>_override`. */
  detectedCaseId?: CaseId;
  /** The reply is already in the draft ("Insert text only" first): apply the rest without a second copy. */
  replyInDraft?: boolean;
}

/** The tag suffix that records an agent choosing another case than the detected one (see overrideTags). */
export const OVERRIDE_TAG_SUFFIX = 'override';

/** Messaging channels show plain text; email and web show the HTML reply when the composer is rich text. */
export function replyFormat(richText: boolean, channel: Channel | undefined): ReplyFormat {
  return richText && channel !== 'messaging' ? 'html' : 'text';
}

/** Appends the reply, and nothing else: "Insert text only". */
export function planInsert(input: PlanInput): ApplyPlan {
  const { reply } = input;
  if (reply.lines.length === 0) return { caseId: reply.caseId, changes: [], notices: [] };
  return { caseId: reply.caseId, changes: [appendChange(input)], notices: [] };
}

/** The whole routine: the reply as a public reply, the case tag, and the status (assigning when needed). */
export function planApply(input: PlanInput): ApplyPlan {
  const { reply, state, agent, settings } = input;
  const routineCase = ROUTINE[reply.caseId];
  if (reply.lines.length === 0) return { caseId: reply.caseId, changes: [], notices: [] };

  const changes: TicketChange[] = input.replyInDraft ? [] : [appendChange(input)];
  const notices: ApplyNotice[] = input.replyInDraft ? [{ code: 'reply_was_in_draft' }] : [];
  if (!agent.canReplyPublicly) {
    if (state.commentType !== 'internalNote')
      changes.push({ kind: 'setCommentType', commentType: 'internalNote' });
    notices.push({ code: 'light_agent_internal_note' });
    return { caseId: reply.caseId, changes, notices };
  }
  if (state.commentType !== 'publicReply')
    changes.push({ kind: 'setCommentType', commentType: 'publicReply' });
  const tags = [caseTag(settings.tagPrefix, routineCase.tagSuffix), ...overrideTags(input)];
  const added = tags.filter((tag): tag is string => tag !== null && !state.tags.includes(tag));
  if (added.length > 0) changes.push({ kind: 'addTags', tags: added });
  changes.push(...statusChanges(routineCase.status, input, notices));
  return { caseId: reply.caseId, changes, notices };
}

/**
 * `<prefix>_override` when the agent applies another case than the detected one, so reports and Explore
 * can count overrides. It goes in with the case tag, so Undo (which restores the tags) removes it too.
 */
function overrideTags({ reply, detectedCaseId, settings }: PlanInput): (string | null)[] {
  if (detectedCaseId === undefined || detectedCaseId === reply.caseId) return [];
  return [caseTag(settings.tagPrefix, OVERRIDE_TAG_SUFFIX)];
}

function statusChanges(status: RoutineStatus, input: PlanInput, notices: ApplyNotice[]): TicketChange[] {
  const { state, agent, settings } = input;
  if (status === null || state.status === status) return [];
  if (status !== 'solved') return [{ kind: 'setStatus', status }];
  if (!settings.solveOnApply) {
    notices.push({ code: 'solve_disabled' });
    return [];
  }
  if (state.assigneeId !== null) return [{ kind: 'setStatus', status }];
  // Zendesk refuses to solve a ticket without an assignee.
  if (!settings.assignToMeOnSolve) {
    notices.push({ code: 'cannot_solve_unassigned' });
    return [];
  }
  notices.push({ code: 'assigned_to_you' });
  return [
    { kind: 'setAssignee', userId: agent.id, groupId: groupFor(agent, state.assigneeGroupId ?? null) },
    { kind: 'setStatus', status },
  ];
}

/**
 * The group to assign the agent within: the ticket's group when the agent is in it (or when their groups
 * are not known), otherwise the agent's default group.
 */
export function groupFor(agent: Agent, ticketGroupId: number | null): number | null {
  const groups = agent.groupIds;
  if (ticketGroupId !== null && (groups === undefined || groups.includes(ticketGroupId)))
    return ticketGroupId;
  return agent.defaultGroupId ?? groups?.[0] ?? ticketGroupId;
}

function appendChange({ reply, state, format }: PlanInput): TicketChange {
  if (format === 'html') return { kind: 'appendToDraft', format, content: reply.html };
  // Plain text has no paragraphs to separate the agent's words from the reply: add a blank line.
  const separator = state.draft.trim() === '' ? '' : state.draft.endsWith('\n') ? '\n' : '\n\n';
  return { kind: 'appendToDraft', format, content: separator + reply.text };
}

/** Whether this reply is already in the draft or was already sent: asked before it goes in twice. */
export function duplicateOf(input: PlanInput): 'already_in_draft' | 'already_sent' | null {
  const signature = input.reply.lines[0];
  if (signature === undefined) return null;
  if (comparable(input.state.draft).includes(comparable(signature))) return 'already_in_draft';
  if (copiesSent(input.reply, input.sentReplies) > 0) return 'already_sent';
  return null;
}

/** How many of the sent replies hold this reply (found by its first line). */
export function copiesSent(reply: Reply, sentReplies: readonly string[]): number {
  const signature = reply.lines[0];
  if (signature === undefined) return 0;
  const needle = comparable(signature);
  return sentReplies.filter((sent) => comparable(sent).includes(needle)).length;
}

/** Text as a reader sees it: markup removed, case and spacing ignored. */
function comparable(textOrHtml: string): string {
  return htmlToText(textOrHtml).toLowerCase().replace(/\s+/g, ' ');
}
