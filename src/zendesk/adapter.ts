/**
 * The adapter: the one layer that talks to Zendesk (ZAF). This module reads the open ticket into the
 * domain types and relays the events the sidebar needs; ticketActions.ts carries out ticket changes, bound
 * to the ticket that was analysed, and macroPort.ts reads and updates the app's macros. They are apart so
 * that each loads with the part of the sidebar that uses it: this one is all the first suggestion needs.
 * Every call goes through guardClient (timeouts, typed errors).
 */
import type { CommentType, TicketState, TicketStatus } from '../ticket/changes';
import { channelOf } from '../ticket/fromZendesk';
import type { Agent } from '../ticket/plan';
import type { Channel, Ticket, TicketComment } from '../ticket/ticket';
import type {
  ColorScheme,
  ZafClient,
  ZafComment,
  ZafConversationMessage,
  ZafGetResult,
  ZafPath,
  ZafRegistration,
  ZafUser,
} from './client';
import { guardClient, reasonOf, ZafPathError } from './errors';

export const LOAD_PATHS = [
  'ticket.id',
  'ticket.subject',
  'ticket.description',
  'ticket.comments',
  // Messaging tickets: the messages of the conversation (other tickets give none, which is fine).
  'ticket.conversation',
  'ticket.requester',
  'ticket.status',
  'ticket.tags',
  'ticket.assignee',
  'ticket.via',
  'comment.text',
  'comment.useRichText',
  'comment.type',
  'currentUser',
  'colorScheme',
] as const satisfies readonly ZafPath[];

export const STATE_PATHS = [
  'ticket.id',
  'ticket.status',
  'ticket.tags',
  'ticket.assignee',
  'comment.text',
  'comment.type',
] as const satisfies readonly ZafPath[];

/** Parts of the ticket Zendesk could not give; the sidebar says what it worked without. */
export type ReadGap =
  'comments' | 'subject' | 'description' | 'requester' | 'channel' | 'role' | 'draft' | 'publicity';

export interface AgentInfo extends Agent {
  isAdmin: boolean;
}

export interface LoadedTicket {
  ticketId: number;
  ticket: Ticket;
  state: TicketState;
  agent: AgentInfo;
  channel: Channel | undefined;
  richText: boolean;
  colorScheme: ColorScheme;
  /**
   * The installation's settings as Zendesk gives them. Parsed with `settingsOf` (src/routine/settings.ts)
   * by the parts that use them, which all load after the first suggestion: it does not need them.
   */
  settingsInput: Readonly<Record<string, unknown>>;
  /** HTML of the public comments agents already sent, to warn before the same reply goes out twice. */
  sentReplies: string[];
  gaps: ReadGap[];
  /**
   * False until completeTicket has asked Zendesk's REST API which comments are public and whether the
   * agent is a light agent. The first suggestion does not wait for it; the buttons do.
   */
  complete: boolean;
}

/** Waits for the SDK's handshake; subscribe before rendering, as nothing may be called before it. */
export function whenRegistered(client: ZafClient): Promise<ZafRegistration> {
  return new Promise((resolve) => client.on('app.registered', resolve));
}

export async function loadTicket(raw: ZafClient): Promise<LoadedTicket> {
  const client = guardClient(raw);
  const [result, metadata] = await Promise.all([client.get(LOAD_PATHS), client.metadata()]);
  const gaps: ReadGap[] = [];
  const ticketId = required(result, 'ticket.id');
  const currentUser = required(result, 'currentUser');
  const requester = optional(result, 'ticket.requester', gaps, 'requester');
  const channel = channelOf(optional(result, 'ticket.via', gaps, 'channel')?.channel);
  const zafComments = optional(result, 'ticket.comments', gaps, 'comments') ?? [];
  const messages = channel === 'messaging' ? (result['ticket.conversation'] ?? []) : [];
  const draft = optional(result, 'comment.text', gaps, 'draft') ?? '';
  const comments =
    messages.length > 0
      ? messages.flatMap((message) => messageOf(message))
      : zafComments.map((comment) => commentOf(comment, requester));
  const ticket: Ticket = {
    id: ticketId,
    subject: optional(result, 'ticket.subject', gaps, 'subject') ?? '',
    description: optional(result, 'ticket.description', gaps, 'description') ?? '',
    comments,
  };
  if (requester) ticket.requester = { name: requester.name, locale: requester.locale };
  if (channel) ticket.channel = channel;
  return {
    ticketId,
    ticket,
    state: stateOf(ticketId, result, draft),
    agent: provisionalAgent(currentUser),
    channel,
    // Zendesk's composer is rich text unless the ticket is a messaging conversation.
    richText: result['comment.useRichText'] ?? true,
    colorScheme: result.colorScheme === 'dark' ? 'dark' : 'light',
    settingsInput: metadata.settings ?? {},
    sentReplies: sentRepliesOf(comments),
    gaps,
    // A messaging conversation has no internal notes to find, but the role is still to be checked.
    complete: false,
  };
}

/**
 * What the first suggestion did not wait for, from Zendesk's REST API through `client.request`: which
 * comments are public (ZAF's comments carry no such flag), and whether the agent is a light agent
 * (`role_type` 1; `currentUser.role` does not tell). Never rejects: what cannot be read becomes a gap,
 * and the sidebar plays safe (comments count as public, the reply goes in as an internal note).
 */
export async function completeTicket(raw: ZafClient, loaded: LoadedTicket): Promise<LoadedTicket> {
  if (loaded.complete) return loaded;
  const client = guardClient(raw);
  const [publicity, record] = await Promise.all([
    readPublicity(client, loaded.ticketId).catch(() => null),
    loaded.agent.isAdmin ? Promise.resolve(undefined) : readAgentRecord(client).catch(() => null),
  ]);
  const gaps: ReadGap[] = loaded.gaps.filter((gap) => gap !== 'publicity' && gap !== 'role');
  let comments = loaded.ticket.comments;
  if (publicity === null) gaps.push('publicity');
  else comments = comments.map((comment) => withPublicity(comment, publicity));
  let agent = loaded.agent;
  if (record === null) {
    gaps.push('role');
    agent = { ...agent, canReplyPublicly: false };
  } else if (record !== undefined) {
    agent = { ...agent, canReplyPublicly: record.roleType !== 1, defaultGroupId: record.defaultGroupId };
  }
  return {
    ...loaded,
    ticket: { ...loaded.ticket, comments },
    agent,
    sentReplies: sentRepliesOf(comments),
    gaps,
    complete: true,
  };
}

/** The most comment pages read (100 comments each): a bound on time, far above any real ticket. */
const MAX_COMMENT_PAGES = 50;

/** Comment id → public, from `GET /api/v2/tickets/{id}/comments.json`, following its pages. */
async function readPublicity(client: ZafClient, ticketId: number): Promise<Map<string, boolean>> {
  const publicity = new Map<string, boolean>();
  let url: string | null = `/api/v2/tickets/${ticketId}/comments.json`;
  for (let page = 0; url !== null && page < MAX_COMMENT_PAGES; page += 1) {
    const body = (await client.request({ url, type: 'GET', dataType: 'json' })) as {
      comments?: unknown;
      next_page?: unknown;
    } | null;
    const comments = Array.isArray(body?.comments) ? (body.comments as unknown[]) : [];
    for (const comment of comments) {
      const { id, public: isPublic } = (comment ?? {}) as { id?: unknown; public?: unknown };
      if ((typeof id === 'number' || typeof id === 'string') && typeof isPublic === 'boolean') {
        publicity.set(String(id), isPublic);
      }
    }
    url = typeof body?.next_page === 'string' ? pathOf(body.next_page) : null;
  }
  return publicity;
}

/** A page link as a path on the agent's own Zendesk (the proxy takes relative URLs). */
function pathOf(link: string): string | null {
  const path = link.replace(/^https?:\/\/[^/]+/, '');
  return path.startsWith('/api/') ? path : null;
}

function withPublicity(comment: TicketComment, publicity: ReadonlyMap<string, boolean>): TicketComment {
  const known = comment.id === undefined ? undefined : publicity.get(String(comment.id));
  return known === undefined || known === comment.public ? comment : { ...comment, public: known };
}

/** `role_type` and `default_group_id` of `GET /api/v2/users/me.json`. */
async function readAgentRecord(
  client: ZafClient,
): Promise<{ roleType: number | null; defaultGroupId: number | null }> {
  const body = await client.request({ url: '/api/v2/users/me.json', type: 'GET', dataType: 'json' });
  const user = (body as { user?: { role_type?: unknown; default_group_id?: unknown } } | null)?.user;
  if (!user) throw new ZafPathError('users/me', 'no user');
  return {
    roleType: typeof user.role_type === 'number' ? user.role_type : null,
    defaultGroupId: typeof user.default_group_id === 'number' ? user.default_group_id : null,
  };
}

/**
 * The agent as far as ZAF tells: admins reply publicly; anyone else until their REST `role_type` is known
 * (completeTicket), as `currentUser.role` says 'agent' for some light agents.
 */
function provisionalAgent(user: ZafUser): AgentInfo {
  const isAdmin = user.role === 'admin';
  const agent: AgentInfo = { id: user.id, canReplyPublicly: isAdmin || user.role === 'agent', isAdmin };
  if (Array.isArray(user.groups)) {
    agent.groupIds = user.groups.map((group) => group.id).filter((id) => typeof id === 'number');
  }
  return agent;
}

/** The public comments agents already sent, to warn before the same reply goes out twice. */
function sentRepliesOf(comments: readonly TicketComment[]): string[] {
  return comments
    .filter((comment) => comment.public && comment.authorRole === 'agent')
    .map((comment) => comment.body);
}

export interface TicketEvents {
  /** A comment or message was added, or the ticket was changed elsewhere: detect again. */
  onConversationChanged(): void;
  onColorSchemeChanged(scheme: ColorScheme): void;
}

/** The documented events that mean the conversation or the requester changed. */
const CONVERSATION_EVENTS = [
  'ticket.comments.changed',
  'ticket.conversation.changed',
  'ticket.updated',
  'ticket.requester.id.changed',
  // After a submit the draft is a comment: the suggestion and the duplicate check must see it.
  'ticket.submit.done',
] as const;

/** Subscribes to the events the sidebar follows; returns the unsubscribe function. */
export function subscribe(client: ZafClient, events: TicketEvents): () => void {
  const conversation = () => events.onConversationChanged();
  const scheme = (payload: unknown) => events.onColorSchemeChanged(schemeOf(payload));
  for (const name of CONVERSATION_EVENTS) client.on(name, conversation);
  client.on('colorScheme.changed', scheme);
  return () => {
    for (const name of CONVERSATION_EVENTS) client.off(name, conversation);
    client.off('colorScheme.changed', scheme);
  };
}

/** Sizes the sidebar iframe to its content. */
export async function resize(raw: ZafClient, heightPx: number): Promise<void> {
  await guardClient(raw).invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` });
}

function schemeOf(payload: unknown): ColorScheme {
  const value = typeof payload === 'object' && payload !== null ? Object.values(payload)[0] : payload;
  return value === 'dark' ? 'dark' : 'light';
}

/** The ticket's fields from a `get` of STATE_PATHS, with the draft as read. */
export function stateOf(
  ticketId: number,
  result: ZafGetResult<(typeof STATE_PATHS)[number]>,
  draft: string,
): TicketState {
  return {
    ticketId,
    status: result['ticket.status'] ?? ('open' satisfies TicketStatus),
    tags: result['ticket.tags'] ?? [],
    assigneeId: result['ticket.assignee']?.user?.id ?? null,
    assigneeGroupId: result['ticket.assignee']?.group?.id ?? null,
    draft,
    commentType: result['comment.type'] ?? ('publicReply' satisfies CommentType),
  };
}

function commentOf(comment: ZafComment, requester: ZafUser | undefined): TicketComment {
  const author = comment.author;
  const authorRole = !author
    ? 'unknown'
    : author.role === 'end-user' || (requester !== undefined && author.id === requester.id)
      ? 'requester'
      : 'agent';
  // Public until the REST API says otherwise (completeTicket).
  const result: TicketComment = { authorRole, public: true, body: comment.value, html: true };
  if (comment.id !== undefined) result.id = comment.id;
  return result;
}

/** A messaging message as a comment; system and bot messages are not the conversation detection reads. */
function messageOf(message: ZafConversationMessage): TicketComment[] {
  const content = message.message?.content;
  if (typeof content !== 'string' || content === '') return [];
  const role = message.author?.role;
  const authorRole =
    role === 'end-user' || role === 'user'
      ? 'requester'
      : role === 'agent' || role === 'admin'
        ? 'agent'
        : null;
  if (authorRole === null) return [];
  const html = /html/i.test(message.message?.contentType ?? '');
  return [{ authorRole, public: true, body: content, html }];
}

/** A path's value, or a ZafPathError saying why Zendesk gave none. */
export function required<R extends ZafGetResult<ZafPath>, P extends ZafPath & keyof R>(
  result: R,
  path: P,
): NonNullable<R[P]> {
  const value = result[path];
  if (value === undefined || value === null) {
    const info = result.errors?.[path];
    throw new ZafPathError(path, info ? reasonOf(info) : 'no value');
  }
  return value as NonNullable<R[P]>;
}

function optional<R extends ZafGetResult<ZafPath>, P extends ZafPath & keyof R>(
  result: R,
  path: P,
  gaps: ReadGap[],
  gap: ReadGap,
): R[P] | undefined {
  const value = result[path];
  if (value === undefined || value === null) {
    gaps.push(gap);
    return undefined;
  }
  return value;
}
