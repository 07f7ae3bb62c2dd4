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
export type ReadGap = 'comments' | 'subject' | 'description' | 'requester' | 'channel' | 'role' | 'draft';

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
  settings: RoutineSettings;
  settingsProblems: SettingProblem[];
  /** HTML of the public comments agents already sent, to warn before the same reply goes out twice. */
  sentReplies: string[];
  gaps: ReadGap[];
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
  const draft = optional(result, 'comment.text', gaps, 'draft') ?? '';
  const ticket: Ticket = {
    id: ticketId,
    subject: optional(result, 'ticket.subject', gaps, 'subject') ?? '',
    description: optional(result, 'ticket.description', gaps, 'description') ?? '',
    comments: zafComments.map((comment) => commentOf(comment, requester)),
  };
  if (requester) ticket.requester = { name: requester.name, locale: requester.locale };
  if (channel) ticket.channel = channel;
  const { settings, problems } = parseSettings(metadata.settings);
  return {
    ticketId,
    ticket,
    state: stateOf(ticketId, result, draft),
    agent: await agentOf(client, currentUser, gaps),
    channel,
    // Zendesk's composer is rich text unless the ticket is a messaging conversation.
    richText: result['comment.useRichText'] ?? true,
    colorScheme: result.colorScheme === 'dark' ? 'dark' : 'light',
    settings,
    settingsProblems: problems,
    sentReplies: zafComments
      .filter((comment) => comment.isPublic !== false && commentOf(comment, requester).authorRole === 'agent')
      .map((comment) => comment.value),
    gaps,
  };
}

/** The ticket's fields as they are right now: read again right before applying or undoing. */
export async function readState(raw: ZafClient, ticketId: number): Promise<TicketState> {
  const client = guardClient(raw);
  const result = await client.get(STATE_PATHS);
  const actual = required(result, 'ticket.id');
  if (actual !== ticketId) throw new WrongTicketError(ticketId, actual);
  for (const path of STATE_PATHS) required(result, path);
  return stateOf(ticketId, result, required(result, 'comment.text'));
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
      await client.set('ticket.assignee', { userId: change.userId });
      return;
  }
}

export interface TicketEvents {
  /** A comment was added, or the ticket was changed elsewhere: detect again. */
  onConversationChanged(): void;
  onColorSchemeChanged(scheme: ColorScheme): void;
}

/** Subscribes to the events the sidebar follows; returns the unsubscribe function. */
export function subscribe(client: ZafClient, events: TicketEvents): () => void {
  const conversation = () => events.onConversationChanged();
  const scheme = (payload: unknown) => events.onColorSchemeChanged(schemeOf(payload));
  const conversationEvents = [
    'ticket.comments.changed',
    'ticket.updated',
    'ticket.requester.changed',
  ] as const;
  for (const name of conversationEvents) client.on(name, conversation);
  client.on('colorScheme.changed', scheme);
  return () => {
    for (const name of conversationEvents) client.off(name, conversation);
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
  const result: TicketComment = {
    authorRole,
    public: comment.isPublic !== false,
    body: comment.value,
    html: true,
  };
  if (comment.id !== undefined) result.id = comment.id;
  return result;
}

/**
 * Admins and agents reply publicly. Any other role value is a custom role: Zendesk's REST API tells
 * whether it is a light agent (role_type 1), who may only add internal notes. When that cannot be
 * told, the sidebar plays safe and writes an internal note.
 */
async function agentOf(client: ZafClient, user: ZafUser, gaps: ReadGap[]): Promise<AgentInfo> {
  if (user.role === 'admin' || user.role === 'agent') {
    return { id: user.id, canReplyPublicly: true, isAdmin: user.role === 'admin' };
  }
  try {
    const body = await client.request({ url: '/api/v2/users/me.json', type: 'GET', dataType: 'json' });
    const roleType = (body as { user?: { role_type?: unknown } } | null)?.user?.role_type;
    return { id: user.id, canReplyPublicly: roleType !== 1, isAdmin: false };
  } catch {
    gaps.push('role');
    return { id: user.id, canReplyPublicly: false, isAdmin: false };
  }
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
