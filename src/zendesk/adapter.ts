/**
 * The one module that talks to Zendesk (ZAF). It reads the open ticket into the domain types, carries out
 * ticket changes one at a time for src/ticket/transaction.ts, and relays the events the sidebar needs.
 * Every call goes through guardClient (timeouts, typed errors); every change is bound to the ticket that
 * was analysed, because agents keep several tickets open in tabs.
 */
import type { InstalledMacro, MacroPort } from '../macros/sync';
import { parseSettings, type RoutineSettings, type SettingProblem } from '../routine/settings';
import type { CommentType, TicketChange, TicketState, TicketStatus } from '../ticket/changes';
import { channelOf } from '../ticket/fromZendesk';
import type { Agent } from '../ticket/plan';
import type { Channel, Ticket, TicketComment } from '../ticket/ticket';
import type { TicketPort } from '../ticket/transaction';
import type {
  ColorScheme,
  ZafClient,
  ZafComment,
  ZafConversationMessage,
  ZafGetResult,
  ZafPath,
  ZafRegistration,
  ZafRequirement,
  ZafUser,
} from './client';
import { guardClient, reasonOf, ZafCallError, ZafPathError } from './errors';

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

/** The composer's mode and the channel: the agent may switch them, so they are read again at each click. */
export const COMPOSER_PATHS = ['comment.useRichText', 'ticket.via'] as const satisfies readonly ZafPath[];

/** Parts of the ticket Zendesk could not give; the sidebar says what it worked without. */
export type ReadGap =
  'comments' | 'subject' | 'description' | 'requester' | 'channel' | 'role' | 'draft' | 'publicity';

export interface AgentInfo extends Agent {
  isAdmin: boolean;
}

/** What the sidebar knows of the composer at a click: the draft's format follows it. */
export interface ClickState {
  state: TicketState;
  richText: boolean;
  channel: Channel | undefined;
}

export interface LoadedTicket {
  ticketId: number;
  ticket: Ticket;
  state: TicketState;
  agent: AgentInfo;
  channel: Channel | undefined;
  richText: boolean;
  colorScheme: ColorScheme;
  settings: RoutineSettings;
  settingsProblems: SettingProblem[];
  /** HTML of the public comments agents already sent, to warn before the same reply goes out twice. */
  sentReplies: string[];
  gaps: ReadGap[];
  /**
   * False until completeTicket has asked Zendesk's REST API which comments are public and whether the
   * agent is a light agent. The first suggestion does not wait for it; the buttons do.
   */
  complete: boolean;
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
  const { settings, problems } = parseSettings(metadata.settings);
  return {
    ticketId,
    ticket,
    state: stateOf(ticketId, result, draft),
    agent: provisionalAgent(currentUser),
    channel,
    // Zendesk's composer is rich text unless the ticket is a messaging conversation.
    richText: result['comment.useRichText'] ?? true,
    colorScheme: result.colorScheme === 'dark' ? 'dark' : 'light',
    settings,
    settingsProblems: problems,
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

/** Calls `handler` whenever the agent submits the ticket; returns the unsubscribe function. */
export function onSubmitted(client: ZafClient, handler: () => void): () => void {
  const listener = () => handler();
  client.on('ticket.submit.done', listener);
  return () => client.off('ticket.submit.done', listener);
}

/** Sizes the sidebar iframe to its content. */
export async function resize(raw: ZafClient, heightPx: number): Promise<void> {
  await guardClient(raw).invoke('resize', { width: '100%', height: `${Math.ceil(heightPx)}px` });
}

function schemeOf(payload: unknown): ColorScheme {
  const value = typeof payload === 'object' && payload !== null ? Object.values(payload)[0] : payload;
  return value === 'dark' ? 'dark' : 'light';
}

function stateOf(
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

function required<R extends ZafGetResult<ZafPath>, P extends ZafPath & keyof R>(
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

/**
 * The app's macros through the agent's own Zendesk (issue 10). Only the admin's sidebar calls these.
 * Requirement ids come from `requirement:<identifier>` (as Zendesk's requirements sample app reads them),
 * and, for any the host does not give, from the installation's requirements list over REST.
 */
export function macroPort(raw: ZafClient): MacroPort {
  const client = guardClient(raw);
  return {
    async requirementIds(keys) {
      const ids = new Map<string, number>();
      const paths = keys.map((key) => `requirement:${key}` as const);
      const result = await client.get(paths).catch(() => null);
      for (const key of keys) {
        const id = result?.[`requirement:${key}`]?.requirement_id;
        if (typeof id === 'number') ids.set(key, id);
      }
      if (ids.size === keys.length) return ids;
      const { installationId } = await client.metadata();
      if (installationId === undefined) return ids;
      const body = await client.request({
        url: `/api/v2/apps/installations/${installationId}/requirements.json`,
        type: 'GET',
        dataType: 'json',
      });
      const listed = (body as { requirements?: unknown } | null)?.requirements;
      for (const entry of Array.isArray(listed) ? (listed as ZafRequirement[]) : []) {
        const { identifier, requirement_id: id, requirement_type: type } = entry;
        if (typeof identifier !== 'string' || typeof id !== 'number' || ids.has(identifier)) continue;
        if (keys.includes(identifier) && (type === undefined || type === 'macros')) ids.set(identifier, id);
      }
      return ids;
    },
    async getMacro(id) {
      try {
        const body = await client.request({
          url: `/api/v2/macros/${id}.json`,
          type: 'GET',
          dataType: 'json',
        });
        return installedMacroOf(body, id);
      } catch (error) {
        if (httpStatusOf(error) === 404) return null;
        throw plainError(error);
      }
    },
    async putMacro(id, macro) {
      await client
        .request({
          url: `/api/v2/macros/${id}.json`,
          type: 'PUT',
          dataType: 'json',
          contentType: 'application/json',
          data: JSON.stringify({ macro }),
        })
        .catch((error: unknown) => {
          throw plainError(error);
        });
    },
  };
}

function installedMacroOf(body: unknown, id: number): InstalledMacro {
  const macro = (body as { macro?: { title?: unknown; actions?: unknown } } | null)?.macro;
  const actions = Array.isArray(macro?.actions)
    ? (macro.actions as { field?: unknown; value?: unknown }[])
    : [];
  return {
    id,
    title: typeof macro?.title === 'string' ? macro.title : '',
    actions: actions.flatMap((action) =>
      typeof action.field === 'string' ? [{ field: action.field, value: action.value }] : [],
    ),
  };
}

/** "HTTP 403 Forbidden", not "Zendesk refused request /api/…": admins read it beside the macro's title. */
function plainError(error: unknown): unknown {
  return error instanceof ZafCallError ? new Error(error.reason, { cause: error }) : error;
}

/** The HTTP status of a failed request (the SDK rejects with an xhr-like object, kept as the cause). */
function httpStatusOf(error: unknown): number | undefined {
  const source = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const status = (source as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}
