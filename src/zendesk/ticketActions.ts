/**
 * The adapter's writing side: the ticket as it is at a click, and its changes carried out one at a time
 * for src/ticket/transaction.ts, always on the ticket that was analysed (agents keep several tickets open
 * in tabs). Apart from the reading (adapter.ts), so that it loads with the sidebar's buttons, after the
 * first suggestion.
 */
import type { TicketChange, TicketState } from '../ticket/changes';
import { channelOf } from '../ticket/fromZendesk';
import type { Channel } from '../ticket/ticket';
import type { TicketPort } from '../ticket/transaction';
import { required, STATE_PATHS, stateOf } from './adapter';
import type { ZafClient, ZafPath } from './client';
import { guardClient, ZafCallError } from './errors';

/** The composer's mode and the channel: the agent may switch them, so they are read again at each click. */
export const COMPOSER_PATHS = ['comment.useRichText', 'ticket.via'] as const satisfies readonly ZafPath[];

/** What the sidebar knows of the composer at a click: the draft's format follows it. */
export interface ClickState {
  state: TicketState;
  richText: boolean;
  channel: Channel | undefined;
}

/** The host shows another ticket than the one analysed (the agent switched tabs). */
export class WrongTicketError extends Error {
  override name = 'WrongTicketError';
  constructor(
    readonly expected: number,
    readonly actual: unknown,
  ) {
    super(`This sidebar analysed ticket ${expected}, but Zendesk now shows ticket ${String(actual)}.`);
  }
}

/** The ticket's fields as they are right now: read again right before applying or undoing. */
export async function readState(raw: ZafClient, ticketId: number): Promise<TicketState> {
  return (await readClickState(raw, ticketId)).state;
}

/** The ticket's fields and the composer's mode and channel, in one call, right before a change. */
export async function readClickState(raw: ZafClient, ticketId: number): Promise<ClickState> {
  const client = guardClient(raw);
  const result = await client.get([...STATE_PATHS, ...COMPOSER_PATHS]);
  const actual = required(result, 'ticket.id');
  if (actual !== ticketId) throw new WrongTicketError(ticketId, actual);
  for (const path of STATE_PATHS) required(result, path);
  return {
    state: stateOf(ticketId, result, required(result, 'comment.text')),
    richText: result['comment.useRichText'] ?? true,
    channel: channelOf(result['ticket.via']?.channel),
  };
}

/** Carries out one change at a time on the analysed ticket, refusing when the host shows another one. */
export function ticketPort(raw: ZafClient, ticketId: number): TicketPort {
  const client = guardClient(raw);
  return {
    async apply(change: TicketChange): Promise<void> {
      const actual = required(await client.get('ticket.id'), 'ticket.id');
      if (actual !== ticketId) throw new WrongTicketError(ticketId, actual);
      await carryOut(client, change);
    },
  };
}

async function carryOut(client: ZafClient, change: TicketChange): Promise<void> {
  switch (change.kind) {
    case 'appendToDraft':
      if (change.format === 'html') await client.invoke('comment.appendHtml', change.content);
      else await client.invoke('comment.appendText', change.content);
      return;
    case 'setDraft':
      await client.set('comment.text', change.content);
      return;
    case 'setCommentType':
      await client.set('comment.type', change.commentType);
      return;
    case 'addTags':
      await client.invoke('ticket.tags.add', change.tags);
      return;
    case 'setTags':
      await client.set('ticket.tags', change.tags);
      return;
    case 'setStatus':
      await client.set('ticket.status', change.status);
      return;
    case 'setAssignee':
      await client.set('ticket.assignee', assigneeValue(change));
      return;
  }
}

/** `{groupId, userId}` as Zendesk documents it; `{groupId}` alone leaves the ticket unassigned. */
function assigneeValue(change: Extract<TicketChange, { kind: 'setAssignee' }>) {
  if (change.groupId === null) {
    // No group known: the user alone is the best left to send (older hosts accept it).
    if (change.userId !== null) return { userId: change.userId } as unknown as { groupId: number };
    throw new ZafCallError('set ticket.assignee', 'the ticket has no group to leave it in');
  }
  return change.userId === null
    ? { groupId: change.groupId }
    : { groupId: change.groupId, userId: change.userId };
}

/** Calls `handler` whenever the agent submits the ticket; returns the unsubscribe function. */
export function onSubmitted(client: ZafClient, handler: () => void): () => void {
  const listener = () => handler();
  client.on('ticket.submit.done', listener);
  return () => client.off('ticket.submit.done', listener);
}
