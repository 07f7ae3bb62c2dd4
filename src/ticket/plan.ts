/**
 * Plans what applying a routine reply does to the open ticket. Pure: it reads the ticket's state as it was
 * at the agent's click and returns the changes in the order they must happen. The reply goes in first, so
 * that nothing else changes when it could not be inserted.
 */
import type { Reply } from '../compose/compose';
import { ROUTINE, type RoutineStatus } from '../routine/cases';
import { caseTag, type RoutineSettings } from '../routine/settings';
import { htmlToText } from '../text/html';
import type { ApplyNotice, ApplyPlan, TicketChange, TicketState } from './changes';
import type { Channel } from './ticket';

export interface Agent {
  id: number;
  /** False for light agents: they may only add internal notes and cannot change the ticket's fields. */
  canReplyPublicly: boolean;
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
}

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

  const changes: TicketChange[] = [appendChange(input)];
  const notices: ApplyNotice[] = [];
  if (!agent.canReplyPublicly) {
    if (state.commentType !== 'internalNote')
      changes.push({ kind: 'setCommentType', commentType: 'internalNote' });
    notices.push({ code: 'light_agent_internal_note' });
    return { caseId: reply.caseId, changes, notices };
  }
  if (state.commentType !== 'publicReply')
    changes.push({ kind: 'setCommentType', commentType: 'publicReply' });
  const tag = caseTag(settings.tagPrefix, routineCase.tagSuffix);
  if (tag !== null && !state.tags.includes(tag)) changes.push({ kind: 'addTags', tags: [tag] });
  changes.push(...statusChanges(routineCase.status, input, notices));
  return { caseId: reply.caseId, changes, notices };
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
    { kind: 'setAssignee', userId: agent.id },
    { kind: 'setStatus', status },
  ];
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
  const needle = comparable(signature);
  if (comparable(input.state.draft).includes(needle)) return 'already_in_draft';
  if (input.sentReplies.some((sent) => comparable(sent).includes(needle))) return 'already_sent';
  return null;
}

/** Text as a reader sees it: markup removed, case and spacing ignored. */
function comparable(textOrHtml: string): string {
  return htmlToText(textOrHtml).toLowerCase().replace(/\s+/g, ' ');
}
