/**
 * What `get`, `set` and `invoke` mean in the ticket sidebar, as pure functions over the ticket model. Each
 * returns either the new state with the value ZAF answers, or an error in ZAF's shape (always with a
 * `name`: the SDK resolves a nameless error instead of rejecting it).
 */
import { escapeHtml } from '../../src/compose/escape';
import { canOwnTickets, findAgent, SUPPORT_GROUP } from '../fixtures/people';
import type { TicketStatus } from '../fixtures/tickets';
import { type SessionOptions, type TicketState, usesRichText, zafView } from './model';
import { htmlToText } from '../../src/text/html';

export interface ZafError {
  name: string;
  message: string;
  path?: string;
}

/** Something the host page does besides changing the ticket. */
export type HostEffect =
  | { kind: 'resize'; width?: string; height?: string }
  | { kind: 'notify'; message: string; level: string; durationMs?: number };

export type Outcome =
  { ok: true; state: TicketState; value: unknown; effect?: HostEffect } | { ok: false; error: ZafError };

type View = ReturnType<typeof zafView>;

/**
 * A saved ticket accepts only open, pending, hold and solved: New and Closed are Zendesk's own. (Every
 * ticket the workspace opens is saved; the form of an unsaved new ticket is not modelled.)
 */
export function settableStatuses(state: TicketState): readonly string[] {
  void state;
  const statuses: TicketStatus[] = ['open', 'pending', 'hold', 'solved'];
  return statuses;
}

const fail = (name: string, path: string, message: string): Outcome => ({
  ok: false,
  error: { name, message, path },
});

/** Reads a dotted path (`ticket.assignee.user.id`, `instances.<guid>`) from the view. */
export function readPath(
  view: View,
  path: string,
): { ok: true; value: unknown } | { ok: false; error: ZafError } {
  let node: unknown = view;
  for (const segment of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment)) {
      return { ok: false, error: { name: 'APIUnavailable', message: 'No such API', path } };
    }
    node = (node as Record<string, unknown>)[segment];
  }
  return { ok: true, value: node };
}

export function applySet(state: TicketState, options: SessionOptions, path: string, value: unknown): Outcome {
  const lightAgent = options.role === 'light-agent';
  const done = (next: TicketState, answer: unknown): Outcome => ({ ok: true, state: next, value: answer });
  switch (normalizePath(path)) {
    case 'ticket.status':
      if (lightAgent) return fail('PermissionDenied', path, 'Light agents cannot change the ticket status');
      if (typeof value !== 'string' || !settableStatuses(state).includes(value)) {
        return fail('ValidationError', path, `Invalid status: ${JSON.stringify(value)}`);
      }
      return done({ ...state, status: value as TicketStatus }, value);
    case 'ticket.tags': {
      if (!Array.isArray(value) || value.some((tag) => typeof tag !== 'string')) {
        return fail('ValidationError', path, 'Tags must be an array of strings');
      }
      const tags = normalizeTags(value as string[]);
      return done({ ...state, tags }, tags);
    }
    case 'ticket.assignee':
      return setAssignee(state, lightAgent, path, value);
    case 'ticket.subject':
      if (lightAgent) return fail('PermissionDenied', path, 'Light agents cannot change the subject');
      if (typeof value !== 'string' || value.trim() === '')
        return fail('ValidationError', path, 'Subject is empty');
      return done({ ...state, subject: value }, value);
    case 'comment.text':
      if (typeof value !== 'string') return fail('ValidationError', path, 'Comment text must be a string');
      return done({ ...state, draft: { ...state.draft, text: value } }, value);
    case 'comment.type':
      if (value !== 'publicReply' && value !== 'internalNote') {
        return fail('ValidationError', path, `Invalid comment type: ${JSON.stringify(value)}`);
      }
      if (lightAgent && value === 'publicReply') {
        return fail('PermissionDenied', path, 'Light agents can only add internal notes');
      }
      return done({ ...state, draft: { ...state.draft, type: value } }, value);
    default: {
      const known = readPath(zafView(state, options, {}), path).ok;
      return fail(known ? 'ReadOnly' : 'APIUnavailable', path, known ? 'Cannot be set' : 'No such API');
    }
  }
}

/** `ticket.comment.*` is the older spelling of `comment.*`. */
function normalizePath(path: string): string {
  return path.startsWith('ticket.comment.') ? path.slice('ticket.'.length) : path;
}

/**
 * Zendesk's documented shape: `{groupId, userId}`, or `{groupId}` alone to leave the ticket in the group
 * unassigned. A user without a group (`{userId}`, `{userId: null}`) is refused, as is a user outside the
 * group or one who cannot own tickets.
 */
function setAssignee(state: TicketState, lightAgent: boolean, path: string, value: unknown): Outcome {
  if (lightAgent) return fail('PermissionDenied', path, 'Light agents cannot change the assignee');
  if (value === null || typeof value !== 'object') return fail('ValidationError', path, 'Invalid assignee');
  const record = value as { userId?: unknown; groupId?: unknown };
  if (record.groupId !== SUPPORT_GROUP.id) {
    return fail('ValidationError', path, `Unknown group: ${JSON.stringify(record.groupId ?? null)}`);
  }
  const group = { ...SUPPORT_GROUP };
  if (record.userId === undefined) {
    return {
      ok: true,
      state: { ...state, assigneeId: null, groupId: group.id },
      value: { user: null, group },
    };
  }
  const id = Number(record.userId);
  const agent = Number.isInteger(id) ? findAgent(id) : undefined;
  if (!agent || !canOwnTickets(agent))
    return fail('ValidationError', path, `User ${String(record.userId)} cannot be assigned`);
  return {
    ok: true,
    state: { ...state, assigneeId: agent.id, groupId: group.id },
    value: { user: { id: agent.id, name: agent.name }, group },
  };
}

export function normalizeTags(tags: readonly string[]): string[] {
  const words = tags.flatMap((tag) => tag.toLowerCase().split(/\s+/)).filter((tag) => tag !== '');
  return [...new Set(words)];
}

export function applyInvoke(
  state: TicketState,
  options: SessionOptions,
  action: string,
  args: readonly unknown[],
): Outcome {
  const [first, second, third] = args;
  const done = (next: TicketState, effect?: HostEffect): Outcome => ({
    ok: true,
    state: next,
    value: null,
    effect,
  });
  switch (normalizePath(action)) {
    case 'comment.appendHtml':
    case 'ticket.editor.insert':
      if (typeof first !== 'string') return fail('ValidationError', action, 'Expected an HTML string');
      return done(appendToDraft(state, usesRichText(options) ? first : htmlToText(first)));
    case 'comment.appendText':
    case 'comment.appendMarkdown':
      if (typeof first !== 'string') return fail('ValidationError', action, 'Expected a string');
      return done(appendToDraft(state, usesRichText(options) ? textToHtml(first) : first));
    case 'ticket.tags.add':
    case 'ticket.tags.remove': {
      const given = typeof first === 'string' ? [first] : Array.isArray(first) ? first : null;
      if (!given || given.some((tag) => typeof tag !== 'string')) {
        return fail('ValidationError', action, 'Expected a tag or an array of tags');
      }
      const changed = normalizeTags(given as string[]);
      const tags = action.endsWith('.add')
        ? normalizeTags([...state.tags, ...changed])
        : state.tags.filter((tag) => !changed.includes(tag));
      return done({ ...state, tags });
    }
    case 'resize': {
      const size = (first ?? {}) as { width?: unknown; height?: unknown };
      return done(state, { kind: 'resize', width: cssSize(size.width), height: cssSize(size.height) });
    }
    case 'notify':
      if (typeof first !== 'string') return fail('ValidationError', action, 'Expected a message');
      return done(state, {
        kind: 'notify',
        message: first,
        level: typeof second === 'string' ? second : 'notice',
        durationMs: typeof third === 'number' ? third : undefined,
      });
    case 'track':
      return done(state);
    default:
      return fail('APIUnavailable', action, 'No such action');
  }
}

function appendToDraft(state: TicketState, addition: string): TicketState {
  return { ...state, draft: { ...state.draft, text: state.draft.text + addition } };
}

/** Plain text appended to a rich-text composer: escaped, paragraphs on blank lines, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function cssSize(value: unknown): string | undefined {
  if (typeof value === 'number') return `${value}px`;
  if (typeof value === 'string' && /^\d+(?:\.\d+)?(?:px|%)?$/.test(value.trim())) {
    return /\d$/.test(value.trim()) ? `${value.trim()}px` : value.trim();
  }
  return undefined;
}
