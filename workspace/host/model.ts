/**
 * The workspace's ticket model: one open ticket with its draft, plus the session around it (who is at the
 * keyboard, which channel, which color scheme, the app's settings). `zafView` turns it into the objects
 * ZAF's `get` returns, in Zendesk's shapes and names.
 */
import {
  type Agent,
  type AgentRole,
  CURRENT_AGENTS,
  findAgent,
  SUPPORT_GROUP,
  ACCOUNT,
} from '../fixtures/people';
import type { ChannelName, Requester, SampleComment, SampleTicket, TicketStatus } from '../fixtures/tickets';
import { htmlToText } from '../../src/text/html';

export type Channel = 'email' | 'messaging';
export type ColorScheme = 'light' | 'dark';
export type CommentType = 'publicReply' | 'internalNote';
export type SettingValue = string | boolean;

export interface SessionOptions {
  role: AgentRole;
  channel: Channel;
  colorScheme: ColorScheme;
  /** The app's installation settings, by manifest parameter name. */
  settings: Record<string, SettingValue>;
}

export interface Draft {
  /** HTML when the composer is rich text, plain text otherwise. */
  text: string;
  type: CommentType;
}

export interface TicketState {
  id: number;
  subject: string;
  requester: Requester;
  status: TicketStatus;
  /** The status as last submitted: the form may go back to New only while the saved ticket is New. */
  savedStatus: TicketStatus;
  tags: string[];
  assigneeId: number | null;
  /** The group the ticket is assigned to: Zendesk assigns a user within a group. */
  groupId: number | null;
  sourceChannel: ChannelName;
  comments: SampleComment[];
  draft: Draft;
}

export function openTicket(sample: SampleTicket, options: SessionOptions): TicketState {
  return {
    id: sample.id,
    subject: sample.subject,
    requester: { ...sample.requester },
    status: sample.status,
    savedStatus: sample.status,
    tags: [...sample.tags],
    assigneeId: sample.assigneeId,
    groupId: SUPPORT_GROUP.id,
    sourceChannel: sample.channel,
    comments: sample.comments.map((comment) => ({ ...comment })),
    draft: { text: '', type: defaultCommentType(options.role) },
  };
}

/** Light agents can only write internal notes. */
export function defaultCommentType(role: AgentRole): CommentType {
  return role === 'light-agent' ? 'internalNote' : 'publicReply';
}

export function currentAgent(options: SessionOptions): Agent {
  return CURRENT_AGENTS[options.role];
}

/** Messaging tickets get a plain-text composer; email and web tickets a rich-text one. */
export function usesRichText(options: SessionOptions): boolean {
  return options.channel === 'email';
}

export function viaChannel(options: SessionOptions): ChannelName {
  return options.channel === 'messaging' ? 'native_messaging' : 'email';
}

/**
 * currentUser.role as ZAF reports it. It does not tell a light agent: on accounts without custom roles
 * a light agent reads as 'agent'; only the REST user's role_type (1) tells (see requests.ts).
 */
export function zafRole(role: AgentRole): string {
  return role === 'light-agent' ? 'agent' : role;
}

function zafUser(agent: Agent) {
  return {
    id: agent.id,
    name: agent.name,
    email: agent.email,
    role: zafRole(agent.role),
    locale: agent.locale,
    groups: agent.role === 'light-agent' ? [] : [{ ...SUPPORT_GROUP }],
  };
}

function commentAuthor(comment: SampleComment, requester: Requester) {
  if (comment.author === 'requester') return { id: requester.id, name: requester.name, role: 'end-user' };
  const agent = findAgent(comment.author);
  return {
    id: comment.author,
    name: agent?.name ?? 'Agent',
    role: agent?.role === 'admin' ? 'admin' : 'agent',
  };
}

export function zafTicket(state: TicketState, options: SessionOptions) {
  const assignee = state.assigneeId === null ? undefined : findAgent(state.assigneeId);
  const channel = viaChannel(options);
  return {
    id: state.id,
    isNew: false,
    subject: state.subject,
    description: htmlToText(state.comments[0]?.html ?? ''),
    status: state.status,
    priority: 'normal',
    type: 'question',
    tags: [...state.tags],
    requester: { ...state.requester, role: 'end-user' },
    assignee: {
      user: assignee ? { id: assignee.id, name: assignee.name, email: assignee.email } : null,
      group: state.groupId === SUPPORT_GROUP.id ? { ...SUPPORT_GROUP } : null,
    },
    via: { channel, source: { rel: null } },
    // Like Zendesk: no public flag (the REST comments endpoint has it), and messages of a live messaging
    // conversation are in `ticket.conversation`, not yet in the comments.
    comments: state.comments
      .filter((comment) => !comment.live)
      .map((comment) => ({
        id: comment.id,
        value: comment.html,
        author: commentAuthor(comment, state.requester),
        via: { channel },
        imageAttachments: [],
        nonImageAttachments: [],
      })),
    conversation: channel === 'email' ? [] : conversationOf(state),
    comment: zafComment(state, options),
  };
}

/** `ticket.conversation` of a messaging ticket: its public messages, oldest first. */
function conversationOf(state: TicketState) {
  return state.comments
    .filter((comment) => comment.public)
    .map((comment, index) => {
      const author = commentAuthor(comment, state.requester);
      return {
        author: { id: author.id, name: author.name, role: author.role === 'end-user' ? 'end-user' : 'agent' },
        channel: { name: 'native_messaging' },
        message: { content: htmlToText(comment.html), contentType: 'text/plain' },
        timestamp: new Date(Date.UTC(2026, 11, 1, 9, index)).toISOString(),
      };
    });
}

export function zafComment(state: TicketState, options: SessionOptions) {
  return {
    text: state.draft.text,
    type: state.draft.type,
    useRichText: usesRichText(options),
    attachments: [],
  };
}

/** Everything `get` can read, keyed by its top-level name; deeper paths walk into these objects. */
export function zafView(state: TicketState, options: SessionOptions, instances: Record<string, unknown>) {
  return {
    ticket: zafTicket(state, options),
    comment: zafComment(state, options),
    currentUser: zafUser(currentAgent(options)),
    currentAccount: { subdomain: ACCOUNT.subdomain, name: ACCOUNT.name, planName: 'Enterprise' },
    colorScheme: options.colorScheme,
    instances,
  };
}
