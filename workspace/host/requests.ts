/**
 * `client.request()` as the Zendesk proxy would answer it, from the workspace's own fixtures. Nothing leaves
 * the browser: a URL outside Zendesk is refused (status 0) and reported, so tests can prove the app calls
 * nobody.
 */
import { installedMacros } from './macros';
import { type SessionOptions, type TicketState, currentAgent } from './model';
import { htmlToText } from '../../src/text/html';

export interface RequestOptions {
  url?: unknown;
  type?: unknown;
  httpCompleteResponse?: unknown;
  /** The request body (JSON text for PUT). */
  data?: unknown;
}

export interface RequestAnswer {
  ok: boolean;
  /** What the SDK resolves or rejects with: only the first element reaches the app. */
  responseArgs: unknown[];
  /** The URL was outside Zendesk: a real proxy would have sent patient data to a third party. */
  external: boolean;
}

/** Zendesk API paths are relative, or absolute on the account's own `*.zendesk.com` host. */
export function isZendeskUrl(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  try {
    return new URL(url).hostname.endsWith('.zendesk.com');
  } catch {
    return false;
  }
}

export function answerRequest(
  options: RequestOptions,
  state: TicketState,
  session: SessionOptions,
): RequestAnswer {
  const url = typeof options.url === 'string' ? options.url : '';
  const method = typeof options.type === 'string' ? options.type.toUpperCase() : 'GET';
  if (!isZendeskUrl(url)) return failure(0, 'error', 'Blocked: outside Zendesk', true);
  const path = url.replace(/^https?:\/\/[^/]+/, '').split('?')[0] ?? '';
  const macros = installedMacros.answer(method, path, options.data, currentAgent(session).role === 'admin');
  if (macros && macros.status !== 200) {
    return failure(macros.status, 'error', JSON.stringify(macros.body), false);
  }
  const body = macros ? macros.body : method === 'GET' ? fixture(path, state, session) : undefined;
  if (body === undefined)
    return failure(404, 'Not Found', JSON.stringify({ error: 'RecordNotFound' }), false);
  if (options.httpCompleteResponse === true) {
    const text = JSON.stringify(body);
    return {
      ok: true,
      responseArgs: [{ responseJSON: body, responseText: text, status: 200, headers: {} }, 'success', {}],
      external: false,
    };
  }
  return { ok: true, responseArgs: [body, 'success', { status: 200 }], external: false };
}

function failure(status: number, statusText: string, responseText: string, external: boolean): RequestAnswer {
  return { ok: false, responseArgs: [{ status, statusText, responseText }, 'error', statusText], external };
}

function fixture(path: string, state: TicketState, session: SessionOptions): unknown {
  const agent = currentAgent(session);
  if (path === '/api/v2/users/me.json') {
    const lightAgent = agent.role === 'light-agent';
    return {
      user: {
        id: agent.id,
        name: agent.name,
        email: agent.email,
        locale: agent.locale,
        role: lightAgent ? 'agent' : agent.role,
        role_type: lightAgent ? 1 : agent.role === 'admin' ? 4 : null,
      },
    };
  }
  if (path === `/api/v2/tickets/${state.id}.json`) {
    return {
      ticket: {
        id: state.id,
        subject: state.subject,
        description: htmlToText(state.comments[0]?.html ?? ''),
        status: state.status,
        tags: state.tags,
        assignee_id: state.assigneeId,
        requester_id: state.requester.id,
      },
    };
  }
  if (path === `/api/v2/tickets/${state.id}/comments.json`) {
    return {
      comments: state.comments.map((comment) => ({
        id: comment.id,
        author_id: comment.author === 'requester' ? state.requester.id : comment.author,
        public: comment.public,
        html_body: comment.html,
        plain_body: htmlToText(comment.html),
      })),
    };
  }
  return undefined;
}
